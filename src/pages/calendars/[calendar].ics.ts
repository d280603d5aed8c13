/**
 * The calendars of comments' due dates: /calendars/all.ics and /calendars/<force>.ics, in the
 * language of the pages they sit among; made only when the site's address is configured. No
 * cache key: each is small, and its DTSTAMP is the build's day.
 */
import type { APIRoute, GetStaticPathsOptions } from 'astro';
import { today } from '../../lib/settings/environment.ts';
import { getSite, languageAt } from '../../astro/content.ts';
import { toCalendars, toICalendar } from '../../lib/outputs/feeds/calendars.ts';
import { feedWordsIn } from '../../lib/views/feed-words.ts';

export function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  const calendars = toCalendars(getSite(routePattern), feedWordsIn(languageAt(routePattern)));
  return [...calendars.keys()].map((path) => ({ params: { calendar: path.replace(/^\/calendars\/|\.ics$/g, '') }, props: { path } }));
}

export const GET: APIRoute = ({ props, url }) => {
  const site = getSite(url);
  return new Response(toICalendar(site, toCalendars(site, feedWordsIn(languageAt(url))).get(props.path as string)!, today()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
