/**
 * What is due, its feed and the calendars, in built sites: the fictional fixture built on a
 * day inside the vetting review's comment period (published 15 March 2021, due 9 May 2021),
 * and an office's single-force site for Eastmarch, built inside and after that period.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../fixtures/fixtures.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURE_SITE_ENV } from '../support/fixture-site.ts';
import { between, readPage, textOf } from '../support/html.ts';
import { FIXTURE_SITE } from '../support/paths.ts';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-due-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function readCalendar(site: string, path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(site, path), 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), isDate: event.startDate.isDate, url: String(vevent.getFirstPropertyValue('url')) };
  });
}

/** The text a reader sees, without the space textOf leaves where an element meets punctuation. */
const words = (html: string) => textOf(html).replace(/ ([,.:;)])/g, '$1');

/** The path of a page on the fixture site from its absolute address. */
const pathOf = (url: string) => new URL(url).pathname;

describe('what is due on the fixture site, on 1 May 2021', () => {
  test('lists the open period with its days left, each force with its comments or none, and says when it was worked out', () => {
    const page = readPage(FIXTURE_SITE, '/due/');
    const text = words(page);
    expect(text).toContain('This list was worked out on 1 May 2021, when the site was last built. It is only as current as that build');
    const open = words(between(page, 'Comment periods open now', 'Periods that ended'));
    expect(open).toContain('Fictional vetting review: a placeholder inspection Comments due 9 May 2021 · 8 days left · Comments on this site from 2 of 4 forces in scope');
    expect(open).toContain('Northshire Constabulary: Comments (20 April 2021)');
    expect(open).toContain('Heddlu Dyffryn: Comments (1 May 2021)');
    // Westmere's comments are dated 30 July 2021: not yet, on 1 May.
    expect(open).toContain('Westmere Police: No document on this site yet');
    expect(open).toContain('Eastmarch Police: No document on this site yet');
    expect(text).not.toMatch(/fail/i);
    expect(words(between(page, 'Periods that ended', '</main>'))).toContain('No comment period ended in the last 12 months.');
  });

  test('is in the navigation of every page', () => {
    for (const path of ['/', '/forces/', '/inspections/vetting-review-2021/']) {
      expect(readPage(FIXTURE_SITE, path)).toMatch(/<a href="\/due\/"[^>]*>What is due<\/a>/);
    }
    expect(readPage(FIXTURE_SITE, '/due/')).toMatch(/<a href="\/due\/" aria-current="page">What is due<\/a>/);
  });

  test('has an Atom feed of the same, linked from the page, whose entry links to the inspection\'s page', () => {
    expect(readPage(FIXTURE_SITE, '/due/')).toContain('<link rel="alternate" href="https://fixture.example.org/feeds/due.xml" type="application/atom+xml" title="What is due"');
    const xml = readFileSync(join(FIXTURE_SITE, 'feeds/due.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed.entry.title).toBe('Comments due 9 May 2021: Fictional vetting review: a placeholder inspection');
    expect(feed.entry.summary['#text']).toContain('No document on this site yet: Westmere Police, Eastmarch Police.');
    readPage(FIXTURE_SITE, pathOf(feed.entry.link['@_href']));
  });
});

describe('the calendars of the fixture site', () => {
  test('hold an all-day event on the due date for the inspection with a known publication day, linking to its page', () => {
    const events = readCalendar(FIXTURE_SITE, 'calendars/all.ics');
    expect(events.map((e) => [e.summary, e.start, e.isDate])).toEqual([
      ['Comments due: Fictional vetting review: a placeholder inspection', '2021-05-09', true],
    ]);
    expect(readPage(FIXTURE_SITE, pathOf(events[0]!.url))).toContain('<h1>Fictional vetting review: a placeholder inspection</h1>');
    expect(readCalendar(FIXTURE_SITE, 'calendars/eastmarch.ics').map((e) => e.start)).toEqual(['2021-05-09']);
  });

  test('are linked, with how to subscribe, from the force page, the inspection page and /due/; not for a month-only report', () => {
    const subscribe = /Outlook, Add calendar, then Subscribe from web; in Google Calendar, Other calendars, then From URL/;
    const force = readPage(FIXTURE_SITE, '/forces/westmere/');
    expect(force).toContain('<a href="/calendars/westmere.ics">Add Westmere Police&#39;s due dates to your calendar</a>');
    expect(words(force)).toMatch(subscribe);
    const inspection = readPage(FIXTURE_SITE, '/inspections/vetting-review-2021/');
    expect(inspection).toContain('<a href="/calendars/all.ics">Add to calendar: this due date and every other on the site</a>');
    expect(words(inspection)).toMatch(subscribe);
    expect(readPage(FIXTURE_SITE, '/due/')).toContain('<a href="/calendars/all.ics">');
    expect(readPage(FIXTURE_SITE, '/inspections/custody-review-2022/')).not.toContain('/calendars/');
  });
});

describe('a single-force office site', () => {
  const sites: Record<string, string> = {};
  beforeAll(() => {
    const config = join(root, 'site.config.json');
    writeFileSync(config, JSON.stringify({ title: 'Eastmarch inspection responses', force: 'eastmarch' }));
    for (const today of ['2021-05-01', '2021-06-01']) {
      const outDir = join(root, today);
      const result = buildSite({ contentDir: VALID, outDir, env: { ...FIXTURE_SITE_ENV, PCC_CONFIG: config, PCC_TODAY: today, PCC_CACHE_DIR: join(root, 'cache') } });
      expect(result.status, result.output).toBe(0);
      sites[today] = outDir;
    }
  }, 600_000);

  test('opens its home page with the force\'s open deadline, before anything else', () => {
    const home = readPage(sites['2021-05-01']!, '/');
    const opening = words(between(home, '</h1>', 'class="lead"'));
    expect(opening).toContain('Comments due Fictional vetting review: a placeholder inspection Due 9 May 2021 · 8 days left · No document on this site yet');
    expect(opening).toContain('As of 1 May 2021, when the site was last built.');
  });

  test('opens with "Nothing due" once the period has ended, and lists the ended period on /due/ with the days since', () => {
    const home = words(between(readPage(sites['2021-06-01']!, '/'), '</h1>', 'class="lead"'));
    expect(home).toContain('Nothing due: no comment period is open on 1 June 2021.');
    const due = readPage(sites['2021-06-01']!, '/due/');
    expect(words(between(due, 'Comment periods open now', 'Periods that ended'))).toContain('Nothing due: no comment period is open.');
    const ended = words(between(due, 'Periods that ended', '</main>'));
    expect(ended).toContain('Comments due 9 May 2021 · Ended 23 days ago · Comments on this site from 0 of 1 force in scope');
    expect(ended).toContain('Eastmarch Police: No document on this site yet');
  });

  test('keeps every calendar event\'s UID from build to build', () => {
    const uids = (site: string) => readCalendar(site, 'calendars/eastmarch.ics').map((e) => e.uid);
    expect(uids(sites['2021-05-01']!)).toEqual(['s55-comments.vetting-review-2021.eastmarch@fixture.example.org']);
    expect(uids(sites['2021-06-01']!)).toEqual(uids(sites['2021-05-01']!));
    expect(uids(FIXTURE_SITE)).toEqual(uids(sites['2021-05-01']!));
  });
});
