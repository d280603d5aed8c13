import type { APIRoute } from 'astro';
import { getSite, pageCacheKey } from '../../../content.ts';
import { INSPECTION_RECORD_FIELDS, toCsv, toInspectionRecords } from '../../../lib/data-export.ts';

export function getStaticPaths() {
  const site = getSite();
  return site.corpus.inspections.map((inspection) => ({
    params: { inspection: inspection.id },
    cacheKey: pageCacheKey(() => toInspectionRecords(site, inspection)),
  }));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const records = toInspectionRecords(site, site.inspection(params.inspection!));
  return new Response(toCsv(records, INSPECTION_RECORD_FIELDS.map((f) => f.name)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
