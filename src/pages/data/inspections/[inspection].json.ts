import type { APIRoute } from 'astro';
import { getSite } from '../../../astro/content.ts';
import { toInspectionRecords } from '../../../lib/outputs/data/data-export.ts';
import { inspectionDataPaths } from './_paths.ts';

export function getStaticPaths() {
  return inspectionDataPaths();
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const records = toInspectionRecords(site, site.inspection(params.inspection!));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
