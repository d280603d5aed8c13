import { describe, expect, test } from 'vitest';
import { NO_DOCUMENT } from '../../../src/lib/site/what-is-due.ts';
import { digestOf, findNonPlainData } from '../../../src/astro/cache-key.ts';
import { toCalendarLink, toDueView, toHomeDueView } from '../../../src/lib/views/due.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { makeInspection, makeResponse, makeSite } from '../support/factories.ts';

// Due 2019-11-21 (all forces) and 2019-12-04 (Westmere only).
const parts = {
  inspections: [
    makeInspection({ id: 'dolor-review', published: '2019-10-10', scope: ['westmere'] }),
    makeInspection({ id: 'lorem-review', published: '2019-09-27' }),
  ],
  responses: [makeResponse({ force: 'northshire', inspection: 'lorem-review', date: '2019-11-01' })],
};
const site = makeSite(parts, { siteUrl: 'https://responses.example.org/' });

describe('the due page', () => {
  test('lists open periods with days left and every force in scope, with its comments or the neutral words', () => {
    const view = toDueView(site, '2019-11-15');
    expect(view.builtOn).toBe('15 November 2019');
    expect(view.open.map((p) => [p.inspection.text, p.due, p.daysText, p.summary])).toEqual([
      ['Lorem ipsum inspection lorem-review', '21 November 2019', '6 days left', 'Comments on this site from 1 of 3 forces in scope'],
      ['Lorem ipsum inspection dolor-review', '4 December 2019', '19 days left', 'Comments on this site from 0 of 1 force in scope'],
    ]);
    expect(view.open[0]!.forces.map((f) => [f.force.text, f.comments.map((c) => `${c.href} ${c.date}`)])).toEqual([
      ['Northshire Constabulary', ['/responses/northshire/lorem-review/ 1 November 2019']],
      ['Westmere Police', []],
      ['Southdale Police', []],
    ]);
    expect(NO_DOCUMENT).toBe('No document on this site yet');
  });

  test('lists ended periods with only the forces whose comments are not on the site, and days since the deadline', () => {
    const view = toDueView(site, '2019-12-01');
    expect(view.open.map((p) => p.inspection.text)).toEqual(['Lorem ipsum inspection dolor-review']);
    expect(view.ended.map((p) => [p.daysText, p.forces.map((f) => f.force.text)])).toEqual([
      ['Ended 10 days ago', ['Westmere Police', 'Southdale Police']],
    ]);
  });

  test('links the feed and the calendar only when the site\'s address is known', () => {
    expect(toDueView(site, '2019-12-01').feed?.href).toBe('/feeds/due.xml');
    expect(toDueView(site, '2019-12-01').calendar?.href).toBe('/calendars/all.ics');
    const noAddress = toDueView(makeSite(parts), '2019-12-01');
    expect([noAddress.feed, noAddress.calendar, noAddress.alternates]).toEqual([null, null, []]);
    // So the page has a link in its main content even with nothing due and nothing to subscribe to.
    expect(noAddress.inspections.href).toBe('/inspections/');
  });
});

describe('a single-force home page', () => {
  test('opens with the force\'s open deadlines, and its comments when they are on the site', () => {
    const westmere = toHomeDueView(site, 'westmere', '2019-11-15');
    expect(westmere.open.map((p) => [p.inspection.text, p.daysText, p.comments.length])).toEqual([
      ['Lorem ipsum inspection lorem-review', '6 days left', 0],
      ['Lorem ipsum inspection dolor-review', '19 days left', 0],
    ]);
    expect(toHomeDueView(site, 'northshire', '2019-11-15').open[0]!.comments.map((c) => c.text)).toEqual(['Comments']);
  });

  test('has nothing open once the force\'s periods have ended', () => {
    expect(toHomeDueView(site, 'northshire', '2019-11-22').open).toEqual([]);
    expect(toHomeDueView(site, 'westmere', '2019-11-22').open.length).toBe(1);
  });
});

describe('the calendar links', () => {
  test('go to the force\'s calendar from its page, and the site\'s from an inspection with a due date', () => {
    expect(toCalendarLink(site, { force: 'westmere' })?.link).toEqual({ href: '/calendars/westmere.ics', text: 'Add Westmere Police\'s due dates to your calendar' });
    expect(toCalendarLink(site, { inspection: 'lorem-review' })?.link.href).toBe('/calendars/all.ics');
    expect(toCalendarLink(site, { inspection: 'lorem-review' })?.help).toMatch(/Outlook.*Google Calendar/);
  });

  test('are left out for a month-only report and without the site\'s address', () => {
    const monthOnly = makeSite({ inspections: [makeInspection({ id: 'month-only', published: '2019-10' })] }, { siteUrl: 'https://responses.example.org/' });
    expect(toCalendarLink(monthOnly, { inspection: 'month-only' })).toBeNull();
    expect(toCalendarLink(makeSite(parts), { force: 'westmere' })).toBeNull();
  });
});

describe('the calendar links on the force and inspection pages', () => {
  test('are plain data in the pages\' views, so the pages\' cache keys change with them', () => {
    const force = toForceView(site, 'westmere');
    const inspection = toInspectionView(site, 'lorem-review');
    expect(force.calendar?.link.href).toBe('/calendars/westmere.ics');
    expect(inspection.calendar?.link.href).toBe('/calendars/all.ics');
    expect([findNonPlainData(force), findNonPlainData(inspection)]).toEqual([null, null]);
    const withoutAddress = makeSite(parts);
    expect(toForceView(withoutAddress, 'westmere').calendar).toBeNull();
    expect(digestOf(toInspectionView(withoutAddress, 'lorem-review'))).not.toBe(digestOf(inspection));
  });
});
