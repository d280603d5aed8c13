/** Each force's feed; made only when the site's address is configured. */
import type { APIRoute } from 'astro';
import { getSite, pageCacheKey } from '../../../astro/content.ts';
import { toAtomXml, toFeeds } from '../../../lib/outputs/feeds/feeds.ts';
import { urls } from '../../../lib/basics/urls.ts';

export function getStaticPaths() {
  const feeds = toFeeds(getSite());
  return getSite().corpus.forces.flatMap((f) => {
    const feed = feeds.get(urls.forceFeed(f.id));
    return feed ? [{ params: { force: f.id }, cacheKey: pageCacheKey(() => feed) }] : [];
  });
}

export const GET: APIRoute = ({ params }) =>
  new Response(toAtomXml(toFeeds(getSite()).get(urls.forceFeed(params.force!))!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
