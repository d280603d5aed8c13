import type { APIRoute } from 'astro';
import { getSite } from '../../../content.ts';
import { toCsv } from '../../../lib/csv.ts';
import { INSPECTION_RECORD_FIELDS, toInspectionRecords } from '../../../lib/data-export.ts';
import { csvColumns } from '../../../lib/data-fields.ts';
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
