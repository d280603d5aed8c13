/** Each inspection's feed, in the language of the pages it sits among; made only when the site's address is configured. */
import type { APIRoute, GetStaticPathsOptions } from 'astro';
import { getSite, languageAt, pageCacheKey } from '../../../astro/content.ts';
import { toAtomXml, toFeeds } from '../../../lib/outputs/feeds/feeds.ts';
import { feedWordsIn } from '../../../lib/views/feed-words.ts';
import { urls } from '../../../lib/basics/urls.ts';

export function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  const site = getSite(routePattern);
  const feeds = toFeeds(site, feedWordsIn(languageAt(routePattern)));
  return site.corpus.inspections.flatMap((i) => {
    const feed = feeds.get(urls.inspectionFeed(i.id));
    return feed ? [{ params: { inspection: i.id }, cacheKey: pageCacheKey(() => feed, routePattern) }] : [];
  });
}

export const GET: APIRoute = ({ params, url }) =>
  new Response(toAtomXml(toFeeds(getSite(url), feedWordsIn(languageAt(url))).get(urls.inspectionFeed(params.inspection!))!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
