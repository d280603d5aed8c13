import { describe, expect, test } from 'vitest';
import { endedSince, forcesWithoutComments, getDueList, yearsBefore } from '../../src/lib/site/what-is-due.ts';
import { describeDaysLeft } from '../../src/lib/views/due.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

// Published 2019-09-27: day 1; the 56th and last day is 2019-11-21.
const thematic = makeInspection({ id: 'lorem-review', published: '2019-09-27' });
// Only the month is known: no due date can be worked out.
const monthOnly = makeInspection({ id: 'ipsum-review', published: '2019-10' });
// Concerns Westmere alone; published 2019-10-10, due 2019-12-04.
const single = makeInspection({ id: 'dolor-review', published: '2019-10-10', scope: ['westmere'] });

const site = makeSite({
  inspections: [single, monthOnly, thematic],
  responses: [
    makeResponse({ force: 'northshire', inspection: 'lorem-review', date: '2019-11-01' }),
    // Undated: it is on the site all the same.
    makeResponse({ force: 'westmere', inspection: 'lorem-review' }),
    // A chief officer's response is not the policing body's comments.
    makeResponse({ force: 'southdale', inspection: 'lorem-review', kind: 'force-response', date: '2019-10-30' }),
  ],
});

const ids = (periods: { inspection: { id: string } }[]) => periods.map((p) => p.inspection.id);

describe('the due list', () => {
  test('lists a period as open from the publication day to the 56th day, soonest due first', () => {
    expect(ids(getDueList(site, '2019-09-26').open)).toEqual([]);
    expect(ids(getDueList(site, '2019-09-27').open)).toEqual(['lorem-review']);
    expect(ids(getDueList(site, '2019-10-10').open)).toEqual(['lorem-review', 'dolor-review']);
    const lastDay = getDueList(site, '2019-11-21');
    expect(ids(lastDay.open)).toEqual(['lorem-review', 'dolor-review']);
    expect(lastDay.open[0]).toMatchObject({ due: '2019-11-21', daysLeft: 0 });
    expect(lastDay.open[1]).toMatchObject({ due: '2019-12-04', daysLeft: 13 });
  });

  test('moves a period to the ended list the day after the 56th day', () => {
    const list = getDueList(site, '2019-11-22');
    expect(ids(list.open)).toEqual(['dolor-review']);
    expect(ids(list.ended)).toEqual(['lorem-review']);
    expect(list.ended[0]!.daysLeft).toBe(-1);
  });

  test('keeps an ended period for 12 months, most recently ended first, then drops it', () => {
    expect(ids(getDueList(site, '2019-12-05').ended)).toEqual(['dolor-review', 'lorem-review']);
    expect(ids(getDueList(site, '2020-11-21').ended)).toEqual(['dolor-review', 'lorem-review']);
    expect(ids(getDueList(site, '2020-11-22').ended)).toEqual(['dolor-review']);
    expect(ids(getDueList(site, '2020-12-05').ended)).toEqual([]);
  });

  test('counts an undated document as on the site, and a chief officer\'s response as not the comments', () => {
    const [period] = getDueList(site, '2019-11-01').open;
    expect(period!.forces.map((f) => [f.force.id, f.comments.map((d) => d.id)])).toEqual([
      ['northshire', ['northshire/lorem-review']],
      ['westmere', ['westmere/lorem-review']],
      ['southdale', []],
    ]);
    expect(forcesWithoutComments(period!).map((f) => f.id)).toEqual(['southdale']);
  });

  test('counts comments from the day of their date, as of the day the list is for', () => {
    const forcesWithComments = (today: string) => getDueList(site, today).open[0]!.forces.filter((f) => f.comments.length).map((f) => f.force.id);
    expect(forcesWithComments('2019-10-31')).toEqual(['westmere']);
    expect(forcesWithComments('2019-11-01')).toEqual(['northshire', 'westmere']);
  });

  test('never gives a month-only report a due date, but names it while its period may be open or recently ended', () => {
    const list = getDueList(site, '2019-10-15');
    expect([...ids(list.open), ...ids(list.ended)]).not.toContain('ipsum-review');
    expect(ids(list.unknownDue.map((inspection) => ({ inspection })))).toEqual(['ipsum-review']);
    expect(getDueList(site, '2019-09-30').unknownDue).toEqual([]);
    // The latest it can be due is 55 days after 31 October 2019: 25 December 2019.
    expect(getDueList(site, '2020-12-25').unknownDue.map((i) => i.id)).toEqual(['ipsum-review']);
    expect(getDueList(site, '2020-12-26').unknownDue).toEqual([]);
  });

  test('lists only the forces in scope, and for one force only the inspections that concern it', () => {
    const all = getDueList(site, '2019-10-15');
    expect(all.open.find((p) => p.inspection.id === 'dolor-review')!.forces.map((f) => f.force.id)).toEqual(['westmere']);
    const northshire = getDueList(site, '2019-10-15', 'northshire');
    expect(ids(northshire.open)).toEqual(['lorem-review']);
    expect(northshire.open[0]!.forces.map((f) => f.force.id)).toEqual(['northshire']);
    expect(ids(getDueList(site, '2019-10-15', 'westmere').open)).toEqual(['lorem-review', 'dolor-review']);
  });
});

describe('dates of the due list', () => {
  test('look back to the same day a year before, 28 February for a leap day', () => {
    expect(endedSince('2020-11-22')).toBe('2019-11-22');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });

  test('say how many days are left, or how long ago the period ended', () => {
    expect(describeDaysLeft(0)).toBe('Due today');
    expect(describeDaysLeft(1)).toBe('1 day left');
    expect(describeDaysLeft(12)).toBe('12 days left');
    expect(describeDaysLeft(-1)).toBe('Ended 1 day ago');
    expect(describeDaysLeft(-30)).toBe('Ended 30 days ago');
  });
});
