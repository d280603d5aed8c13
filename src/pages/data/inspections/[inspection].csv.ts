import type { APIRoute } from 'astro';
import { getSite } from '../../../astro/content.ts';
import { toCsv } from '../../../lib/outputs/data/csv.ts';
import { INSPECTION_RECORD_FIELDS, toInspectionRecords } from '../../../lib/outputs/data/data-export.ts';
import { csvColumns } from '../../../lib/outputs/data/data-fields.ts';
import { inspectionDataPaths } from './_paths.ts';

export function getStaticPaths() {
  return inspectionDataPaths();
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const records = toInspectionRecords(site, site.inspection(params.inspection!));
  return new Response(toCsv(records, csvColumns(INSPECTION_RECORD_FIELDS)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
