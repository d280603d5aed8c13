/** The calendars, read back with ical.js, a parser independent of the library that writes them. */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { toCalendarEvents, toCalendars, toICalendar } from '../../src/lib/outputs/feeds/calendars.ts';
import { urls } from '../../src/lib/basics/urls.ts';
import { FORCES, makeInspection, makeSite } from './support/factories.ts';

const TRICKY_TITLE = 'Lorem, ipsum; dolor: a "placeholder" review of sit amet, consectetur and adipiscing elit, sed do eiusmod tempor';
const parts = {
  inspections: [
    // Published 2019-09-27: the 56th day is 2019-11-21.
    makeInspection({ id: 'lorem-review', published: '2019-09-27', title: TRICKY_TITLE }),
    makeInspection({ id: 'ipsum-review', published: '2020-01-31', scope: ['westmere'] }),
    makeInspection({ id: 'month-only', published: '2019-10' }),
  ],
};
const SITE_URL = 'https://responses.example.org/';

interface ParsedEvent { uid: string; summary: string; description: string; start: string; isDate: boolean; end: string; url: string }

function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
      url: String(vevent.getFirstPropertyValue('url')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const calendarText = (site = makeSite(parts, { siteUrl: SITE_URL }), path: string = urls.calendar(), stamp = '2019-10-01') =>
  toICalendar(site, toCalendars(site).get(path)!, stamp);

describe('the calendars', () => {
  test('hold one all-day event per inspection, on the 56th day, linking to its page; none for a month-only report', () => {
    const { events } = parse(calendarText());
    expect(events.map((e) => [e.start, e.end, e.isDate, e.url])).toEqual([
      ['2019-11-21', '2019-11-22', true, 'https://responses.example.org/inspections/lorem-review/'],
      ['2020-03-26', '2020-03-27', true, 'https://responses.example.org/inspections/ipsum-review/'],
    ]);
  });

  test('title each event with the report, commas and semicolons escaped and long lines folded, and say what is due under s55', () => {
    const text = calendarText();
    const [event] = parse(text).events;
    expect(event!.summary).toBe(`Comments due: ${TRICKY_TITLE}`);
    expect(text).toContain('SUMMARY:Comments due: Lorem\\, ipsum\\; dolor');
    // RFC 5545 3.1: no line longer than 75 octets, CRLF line ends, continuation lines begin with a space.
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(event!.description).toContain('Police Act 1996, section 55');
    expect(event!.description).toContain(`"${TRICKY_TITLE}"`);
  });

  test('give a force\'s calendar only the inspections concerning it, naming its policing body', () => {
    const site = makeSite(parts, { siteUrl: SITE_URL });
    const northshire = parse(calendarText(site, urls.forceCalendar('northshire')));
    expect(northshire.name).toBe('Comments due: Northshire Constabulary – Responses to police inspections');
    expect(northshire.events.map((e) => e.start)).toEqual(['2019-11-21']);
    expect(northshire.events[0]!.description).toContain('For Northshire Constabulary, the comments are due from the Police and Crime Commissioner for Northshire.');
    expect(parse(calendarText(site, urls.forceCalendar('westmere'))).events.map((e) => e.start)).toEqual(['2019-11-21', '2020-03-26']);
  });

  test('keep every event\'s UID from one build to the next, and give each calendar\'s events their own', () => {
    const first = parse(calendarText(makeSite(parts, { siteUrl: SITE_URL }), urls.calendar(), '2019-10-01'));
    const second = parse(calendarText(makeSite(parts, { siteUrl: SITE_URL }), urls.calendar(), '2020-06-30'));
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    const uids = [...toCalendars(makeSite(parts, { siteUrl: SITE_URL })).values()].flatMap((c) => c.events.map((e) => e.uid));
    expect(new Set(uids).size).toBe(uids.length);
    expect(first.events[0]!.uid).toBe('s55-comments.lorem-review@responses.example.org');
  });

  test('are made for the site and each force only when the site\'s address is known', () => {
    expect([...toCalendars(makeSite(parts, { siteUrl: SITE_URL })).keys()]).toEqual([urls.calendar(), ...FORCES.map((f) => urls.forceCalendar(f.id))]);
    expect(toCalendars(makeSite(parts)).size).toBe(0);
    expect(toCalendarEvents({ ...makeSite(parts), siteUrl: SITE_URL }, FORCES[2]).length).toBe(1);
  });
});
