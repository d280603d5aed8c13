/**
 * iCalendar files (RFC 5545) of the comments' due dates: one all-day event per inspection on
 * the last day of its s55 period, for the whole site and for each force. Written by
 * ical-generator, which folds long lines and escapes commas, semicolons and line breaks as the
 * standard asks. Events link to the inspection's page by its absolute address, so, like the
 * feeds, calendars are made only when the site's address is configured.
 */
import ical from 'ical-generator';
import type { Force, Inspection } from '../../content/model.ts';
import { addDays, toDayNumber } from '../../basics/days.ts';
import { getDueDate, STATUTORY_PERIOD_DAYS } from '../../site/deadline.ts';
import type { Site } from '../../site/site.ts';
import { subscriptionFiles, type SiteWithAddress } from './subscriptions.ts';
import { ENGLISH_FEED_WORDS, type FeedWords } from './feed-words.ts';
import { languageUrl, urls } from '../../basics/urls.ts';

export interface CalendarEvent {
  /** Stable from build to build: made from the inspection's id (and the force's), and the site's host. */
  uid: string;
  /** The last day for comments, `YYYY-MM-DD`. */
  day: string;
  summary: string;
  description: string;
  /** The inspection's page. */
  url: string;
}

export interface Calendar {
  name: string;
  /** The calendar's language, as its PRODID gives it. */
  lang: string;
  /** The calendar's own address. */
  self: string;
  events: CalendarEvent[];
}

/** The event of one inspection's due date, for the whole site or (with `force`) for one force. */
export function toCalendarEvent(site: SiteWithAddress, inspection: Inspection, due: string, force?: Force, words: FeedWords = ENGLISH_FEED_WORDS): CalendarEvent {
  const host = new URL(site.siteUrl).host;
  const url = languageUrl(site, urls.inspection(inspection.id));
  const whose = force ? words.text('calendar.forForce', { force: force.name, body: force.policingBody }) : '';
  const duty = words.text('calendar.duty', { inspection: inspection.title, days: STATUTORY_PERIOD_DAYS });
  return {
    uid: `s55-comments.${inspection.id}${force ? `.${force.id}` : ''}@${host}`,
    day: due,
    summary: words.text('calendar.summary', { inspection: inspection.title }),
    description: `${duty}${whose}${words.text('calendar.onSite', { url })}`,
    url,
  };
}

/** The due-date events of the inspections concerning `force` (or all), in date order; month-only reports have none. */
export function toCalendarEvents(site: SiteWithAddress, force?: Force, words: FeedWords = ENGLISH_FEED_WORDS): CalendarEvent[] {
  return site.corpus.inspections
    .flatMap((inspection) => {
      const due = getDueDate(inspection.published);
      if (!due) return [];
      if (force && !site.forcesInScope(inspection).some((f) => f.id === force.id)) return [];
      return [toCalendarEvent(site, inspection, due, force, words)];
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}

/**
 * The site's calendars, by path: every inspection, and each force's, in `words`' language
 * (English by default). Empty without a site address. Worked out once per site and language.
 */
export const toCalendars: (site: Site, words?: FeedWords) => Map<string, Calendar> = subscriptionFiles<Calendar>({
  site: (site, words) => [urls.calendar(), {
    name: words.text('calendar.name', { site: words.text('site.name') }),
    lang: words.calendarLang,
    self: urls.calendar(),
    events: toCalendarEvents(site, undefined, words),
  }],
  force: (site, force, words) => [urls.forceCalendar(force.id), {
    name: words.text('calendar.forceName', { force: force.name, site: words.text('site.name') }),
    lang: words.calendarLang,
    self: urls.forceCalendar(force.id),
    events: toCalendarEvents(site, force, words),
  }],
});

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(toDayNumber(day) * DAY_MS);

/** The calendar as iCalendar text; `stamp` (`YYYY-MM-DD`, the build's day) is each event's DTSTAMP. */
export function toICalendar(site: Site, calendar: Calendar, stamp: string): string {
  const file = ical({
    name: calendar.name,
    prodId: { company: 'pcc-responses', product: 'comments-due', language: calendar.lang },
    url: site.siteUrl ? languageUrl(site, calendar.self) : null,
  });
  for (const event of calendar.events) {
    file.createEvent({
      id: event.uid,
      allDay: true,
      // All-day dates are written from the Date's UTC day, so no time zone can move them.
      start: toDate(event.day),
      end: toDate(addDays(event.day, 1)),
      stamp: toDate(stamp),
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  }
  return file.toString();
}
