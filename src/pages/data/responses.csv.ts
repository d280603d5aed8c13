import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { RECORD_FIELDS, toCsv, toResponseRecords } from '../../lib/data-export.ts';

export const GET: APIRoute = () =>
  new Response(toCsv(toResponseRecords(getSite()), RECORD_FIELDS.map((f) => f.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
