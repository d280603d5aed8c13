import { describe, expect, test } from 'vitest';
import { toForceDocumentList } from '../../../src/lib/views/force.ts';
import { summarizeStatuses } from '../../../src/lib/views/status-summary.ts';
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';

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
      updates: [{ date: '2020-01-01', recommendations: { '1': 'complete' }, evidence: {} }],
    });
    expect(summarizeStatuses(document, four)).toBe('4 planned, 1 complete');
  });

  test('says so when the report has no recommendations', () => {
    expect(summarizeStatuses(makeResponse({ force: 'northshire', inspection: 'none' }), { recommendations: [] })).toBe('No recommendations');
  });
});
