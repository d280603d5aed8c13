import type { APIRoute } from 'astro';
import { getSite, pageCacheKey } from '../../../content.ts';
import { toInspectionRecords } from '../../../lib/data-export.ts';

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
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
