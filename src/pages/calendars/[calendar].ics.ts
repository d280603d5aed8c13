/**
 * The calendars of comments' due dates: /calendars/all.ics and /calendars/<force>.ics; made
 * only when the site's address is configured. No cache key: each is small, and its DTSTAMP is the build's day.
 */
import type { APIRoute } from 'astro';
import { today } from '../../lib/settings/environment.ts';
import { getSite } from '../../astro/content.ts';
import { toCalendars, toICalendar } from '../../lib/outputs/feeds/calendars.ts';

export function getStaticPaths() {
  return [...toCalendars(getSite()).keys()].map((path) => ({ params: { calendar: path.replace(/^\/calendars\/|\.ics$/g, '') }, props: { path } }));
}

export const GET: APIRoute = ({ props }) => {
  const site = getSite();
  return new Response(toICalendar(site, toCalendars(site).get(props.path as string)!, today()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
