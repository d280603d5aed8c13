// Only in `npm run dev`: the whole-site data files (src/lib/outputs/data/site-data-files.ts),
// which a build writes beside the pages rather than rendering as pages.
import type { APIRoute } from 'astro';
import { getSite } from '../astro/content.ts';
import { SITE_DATA_FILES, siteDataText } from '../lib/outputs/data/site-data-files.ts';
import { textStream } from '../lib/outputs/data/text-stream.ts';

export function getStaticPaths() {
  return SITE_DATA_FILES.map((file) => ({ params: { file: file.path.slice('/data/'.length) } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = SITE_DATA_FILES.find((f) => f.path === `/data/${params.file}`)!;
  return new Response(textStream(siteDataText(file, getSite())), { headers: { 'Content-Type': file.contentType } });
};
