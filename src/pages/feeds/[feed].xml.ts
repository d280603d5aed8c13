/** The whole site's feed, /feeds/all.xml; made only when the site's address is configured. */
import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { toAtomXml, toFeeds } from '../../lib/feeds.ts';
import { urls } from '../../lib/urls.ts';

export function getStaticPaths() {
  return toFeeds(getSite()).has(urls.feed()) ? [{ params: { feed: 'all' } }] : [];
}

export const GET: APIRoute = () =>
  new Response(toAtomXml(toFeeds(getSite()).get(urls.feed())!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
