/** Each inspection's feed; made only when the site's address is configured. */
import type { APIRoute } from 'astro';
import { getSite, pageCacheKey } from '../../../astro/content.ts';
import { toAtomXml, toFeeds } from '../../../lib/outputs/feeds/feeds.ts';
import { urls } from '../../../lib/basics/urls.ts';

export function getStaticPaths() {
  const feeds = toFeeds(getSite());
  return getSite().corpus.inspections.flatMap((i) => {
    const feed = feeds.get(urls.inspectionFeed(i.id));
    return feed ? [{ params: { inspection: i.id }, cacheKey: pageCacheKey(() => feed) }] : [];
  });
}

export const GET: APIRoute = ({ params }) =>
  new Response(toAtomXml(toFeeds(getSite()).get(urls.inspectionFeed(params.inspection!))!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
