import { describe, expect, test } from 'vitest';
import { toForceDocuments, toForceYearView } from '../../../src/lib/views/force-year.ts';
import { toForceDocumentList, toForceView } from '../../../src/lib/views/force.ts';
import { summarizeStatuses } from '../../../src/lib/views/status-summary.ts';
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';
import { amet, dolor, lorem, site as sharedSite } from './shared-site.ts';

const inspection = (n: number, published: string) => makeInspection({ id: `review-${n}`, title: `Placeholder review ${n}`, published });
// Five placeholder inspections, a year apart; Northshire answered the first four.
const inspections = [1, 2, 3, 4, 5].map((n) => inspection(n, `${2015 + n}-03-01`)).reverse();
const site = makeSite({
  inspections,
  responses: [1, 2, 3, 4].map((n) => makeResponse({ force: 'northshire', inspection: `review-${n}`, date: `${2015 + n}-04-01`, recommendations: { '1': 'complete' } })),
});

describe('a force\'s list of documents', () => {
  test('lists every document, newest first, with its inspection and its statuses in one line', () => {
    const list = toForceDocumentList(site, 'northshire');
    expect(list.documents.map((d) => [d.inspection.text, d.date, d.statuses])).toEqual([4, 3, 2, 1].map((n) => [
      `Placeholder review ${n}`, `1 April ${2015 + n}`, '2 with no status given, 1 complete',
    ]));
    expect(list.caption).toBe('All 4 documents about Northshire Constabulary, newest first');
    expect(list.more).toBeNull();
  });

  test('lists only the newest when there are more than the page holds, and says where the rest are', () => {
    const list = toForceDocumentList(site, 'northshire', 3);
    expect(list.documents.map((d) => d.inspection.text)).toEqual(['Placeholder review 4', 'Placeholder review 3', 'Placeholder review 2']);
    expect(list.caption).toBe('The newest 3 of 4 documents about Northshire Constabulary, newest first');
    expect(list.more).toBe('The other 1 document is on the year pages below.');
  });

  test('lists the inspections concerning the force with no document from it, newest first', () => {
    const list = toForceDocumentList(site, 'northshire');
    expect(list.missing).toEqual([{ href: '/inspections/review-5/', text: 'Placeholder review 5 (published 1 March 2020)' }]);
    expect(list.missingText).toBe('1 inspection concerning Northshire Constabulary has no document on this site:');
    const westmere = toForceDocumentList(site, 'westmere', 3);
    expect(westmere.documents).toEqual([]);
    expect(westmere.missing.map((m) => m.href)).toEqual(['/inspections/review-5/', '/inspections/review-4/', '/inspections/review-3/']);
    const one = toForceDocumentList(makeSite({ inspections, responses: [makeResponse({ force: 'westmere', inspection: 'review-1' })] }), 'westmere');
    expect(one.caption).toBe('The 1 document about Westmere Police');
    expect(westmere.missingText).toBe('5 inspections concerning Westmere Police have no document on this site; the newest 3, and the rest on the year pages below:');
  });
});

describe('a document\'s statuses in one line', () => {
  const four = makeInspection({ id: 'four', recommendations: ['1', '2', '3', '4', '5'].map((id) => makeRecommendation(id)) });

  test('counts the statuses, the commonest first, then in the status list\'s order', () => {
    const document = makeResponse({ force: 'northshire', inspection: 'four', recommendations: { '1': 'complete', '2': 'in-progress', '3': 'in-progress', '4': 'in-progress', '5': 'awaiting-national' } });
    expect(summarizeStatuses(document, four)).toBe('3 in progress, 1 complete, 1 awaiting national action');
  });

  test('counts the latest statuses, an update\'s over the document\'s own', () => {
    const document = makeResponse({
      force: 'northshire', inspection: 'four', recommendations: { '1': 'planned', '2': 'planned', '3': 'planned', '4': 'planned', '5': 'planned' },
      updates: [{ date: '2020-01-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: {} }],
    });
    expect(summarizeStatuses(document, four)).toBe('4 planned, 1 complete');
  });

  test('says so when the report has no recommendations', () => {
    expect(summarizeStatuses(makeResponse({ force: 'northshire', inspection: 'none' }), { recommendations: [] })).toBe('No recommendations');
  });
});

describe('toForceView', () => {
  test('lists the inspections in scope that have no document from the force', () => {
    // Northshire has documents for lorem-ipsum; amet concerns it and has none; dolor-sit does not concern it.
    expect(toForceDocuments(sharedSite, 'northshire').missing).toEqual([{ href: '/inspections/amet/', text: 'Amet report', year: '2021' }]);
    // Southdale: lorem-ipsum is for all forces; amet has its chief officer's response.
    expect(toForceDocuments(sharedSite, 'southdale').missing).toEqual([{ href: '/inspections/lorem-ipsum/', text: 'Lorem ipsum report', year: '2019' }]);
    expect(toForceDocuments(sharedSite, 'westmere').missing).toEqual([]);
  });

  test('lists the force\'s documents, newest inspection first, with their inspection', () => {
    const view = toForceDocuments(sharedSite, 'westmere');
    expect(view.documents.map((d) => [d.inspection.text, d.inspectionPublished, d.link.text, d.timeliness.status])).toEqual([
      ['Dolor sit report', 'March 2020', "Policing body's response", 'unknown'],
      ['Lorem ipsum report', '27 September 2019', "Policing body's response", 'late'],
    ]);
  });

  test('counts the force\'s documents by timeliness', () => {
    expect(toForceView(sharedSite, 'northshire').record).toEqual({ 'on-time': 1, late: 0, undated: 0, unknown: 0, 'not-applicable': 1 });
  });

  test('gives the force\'s name, policing body and region', () => {
    expect(toForceView(sharedSite, 'southdale')).toMatchObject({
      name: 'Southdale Police',
      policingBody: 'Southdale Police, Fire and Crime Commissioner',
      region: 'South West',
    });
  });

  test('lists every inspection as missing for a force with no documents', () => {
    const empty = makeSite({ inspections: [amet, dolor, lorem] });
    expect(toForceDocuments(empty, 'northshire').missing.map((l) => l.text)).toEqual(['Amet report', 'Lorem ipsum report']);
    expect(toForceDocuments(empty, 'northshire').documents).toEqual([]);
  });
});

describe('a force\'s documents by year', () => {
  test('links a page per year of the inspections, newest first, with its documents and missing inspections', () => {
    expect(toForceView(sharedSite, 'northshire').years).toEqual([
      { link: { href: '/forces/northshire/2021/', text: '2021' }, documents: 0, missing: 1 },
      { link: { href: '/forces/northshire/2019/', text: '2019' }, documents: 2, missing: 0 },
    ]);
    expect(toForceView(sharedSite, 'northshire').documentCount).toBe(2);
  });

  test('reaches every document of the force exactly once through its year pages', () => {
    for (const force of ['northshire', 'westmere', 'southdale']) {
      const all = toForceDocuments(sharedSite, force).documents.map((d) => d.link.href).sort();
      const paged = toForceView(sharedSite, force).years.flatMap((y) => toForceYearView(sharedSite, force, y.link.text).documents.map((d) => d.link.href)).sort();
      expect(paged, force).toEqual(all);
    }
  });

  test('puts the inspections the force has no document for on the page of their year, and links the neighbouring years', () => {
    const year2021 = toForceYearView(sharedSite, 'northshire', '2021');
    expect(year2021.missing).toEqual([{ href: '/inspections/amet/', text: 'Amet report' }]);
    expect(year2021.newer).toBeNull();
    expect(year2021.older).toEqual({ href: '/forces/northshire/2019/', text: '2019' });
    expect(toForceYearView(sharedSite, 'northshire', '2019').newer).toEqual({ href: '/forces/northshire/2021/', text: '2021' });
  });
});

describe('a force\'s note', () => {
  test('is shown where forces.yaml gives one, and is null otherwise', () => {
    const noted = makeSite({ forces: [{ id: 'northshire', name: 'Northshire Constabulary', policingBody: 'Police and Crime Commissioner for Northshire', region: 'North East', note: 'Placeholder: the fictional office styles itself "the Commissioner".' }] });
    expect(toForceView(noted, 'northshire').note).toBe('Placeholder: the fictional office styles itself "the Commissioner".');
    expect(toForceView(site, 'northshire').note).toBeNull();
  });
});
