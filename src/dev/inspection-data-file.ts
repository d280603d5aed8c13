// Only in `npm run dev`: each inspection's data files (src/lib/outputs/data/inspection-data-files.ts),
// which a build writes beside the pages rather than rendering as pages.
import type { APIRoute } from 'astro';
import { getSite } from '../astro/content.ts';
import { INSPECTION_DATA_FILES, inspectionDataTexts } from '../lib/outputs/data/inspection-data-files.ts';

export function getStaticPaths() {
  return getSite().corpus.inspections.flatMap((inspection) => INSPECTION_DATA_FILES.map((file) => ({ params: { file: file.path(inspection.id).split('/').pop() } })));
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const path = `/data/inspections/${params.file}`;
  const inspection = site.corpus.inspections.find((i) => INSPECTION_DATA_FILES.some((file) => file.path(i.id) === path));
  const found = inspection && inspectionDataTexts(site, inspection).find((text) => text.path === path);
  return found ? new Response(found.text, { headers: { 'Content-Type': found.file.contentType } }) : new Response(null, { status: 404 });
};
