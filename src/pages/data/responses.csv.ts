import type { APIRoute } from 'astro';
import { getSite } from '../../astro/content.ts';
import { toCsv } from '../../lib/outputs/data/csv.ts';
import { CSV_RECORD_FIELDS, toResponseRecords } from '../../lib/outputs/data/data-export.ts';

export const GET: APIRoute = () =>
  new Response(toCsv(toResponseRecords(getSite()), CSV_RECORD_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
