import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { toCsv } from '../../lib/data-export.ts';
import { STATUS_RECORD_FIELDS, toStatusRecords } from '../../lib/data-statuses.ts';

export const GET: APIRoute = () =>
  new Response(toCsv(toStatusRecords(getSite()), STATUS_RECORD_FIELDS.map((f) => f.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
