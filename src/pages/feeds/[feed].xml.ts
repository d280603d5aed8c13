/**
 * The whole site's feed, /feeds/all.xml, and the feed of what is due, /feeds/due.xml (as of
 * the build's day); made only when the site's address is configured. In the language of the
 * pages they sit among: the Welsh under /cy/ (src/astro/welsh-routes.ts).
 */
import type { APIRoute, GetStaticPathsOptions } from 'astro';
import { today } from '../../lib/settings/environment.ts';
import { getSite, languageAt } from '../../astro/content.ts';
import { toDueFeed } from '../../lib/outputs/feeds/due-feed.ts';
import { toAtomXml, toFeeds } from '../../lib/outputs/feeds/feeds.ts';
import { feedWordsIn } from '../../lib/views/feed-words.ts';
import { urls } from '../../lib/basics/urls.ts';

export function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  const site = getSite(routePattern);
  const words = feedWordsIn(languageAt(routePattern));
  return [
    ...(toFeeds(site, words).has(urls.feed()) ? [{ params: { feed: 'all' } }] : []),
    ...(toDueFeed(site, today(), words) ? [{ params: { feed: 'due' } }] : []),
  ];
}

export const GET: APIRoute = ({ params, url }) => {
  const site = getSite(url);
  const words = feedWordsIn(languageAt(url));
  const feed = params.feed === 'due' ? toDueFeed(site, today(), words)! : toFeeds(site, words).get(urls.feed())!;
  return new Response(toAtomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
