/**
 * The whole site's feed, /feeds/all.xml, and the feed of what is due, /feeds/due.xml (as of
 * the build's day); made only when the site's address is configured.
 */
import type { APIRoute } from 'astro';
import { today } from '../../lib/settings/environment.ts';
import { getSite } from '../../astro/content.ts';
import { toDueFeed } from '../../lib/outputs/feeds/due-feed.ts';
import { toAtomXml, toFeeds } from '../../lib/outputs/feeds/feeds.ts';
import { urls } from '../../lib/basics/urls.ts';

export function getStaticPaths() {
  const site = getSite();
  return [
    ...(toFeeds(site).has(urls.feed()) ? [{ params: { feed: 'all' } }] : []),
    ...(toDueFeed(site, today()) ? [{ params: { feed: 'due' } }] : []),
  ];
}

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const feed = params.feed === 'due' ? toDueFeed(site, today())! : toFeeds(site).get(urls.feed())!;
  return new Response(toAtomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
