import type { APIRoute } from 'astro';
import { getSite } from '../../astro/content.ts';
import { toCsv } from '../../lib/outputs/data/csv.ts';
import { csvColumns } from '../../lib/outputs/data/data-fields.ts';
import { STATUS_RECORD_FIELDS, toStatusRecords } from '../../lib/outputs/data/data-statuses.ts';

export const GET: APIRoute = () =>
  new Response(toCsv(toStatusRecords(getSite()), csvColumns(STATUS_RECORD_FIELDS)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
