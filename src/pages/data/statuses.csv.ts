import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { toCsv } from '../../lib/csv.ts';
import { csvColumns } from '../../lib/data-fields.ts';
import { STATUS_RECORD_FIELDS, toStatusRecords } from '../../lib/data-statuses.ts';

export const GET: APIRoute = () =>
  new Response(toCsv(toStatusRecords(getSite()), csvColumns(STATUS_RECORD_FIELDS)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
