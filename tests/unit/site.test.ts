import { describe, expect, test } from 'vitest';
import {
  byDocumentDateDesc,
  createSite,
  getCoverage,
  getForcesInScope,
  getInspectionDueDate,
  getStatus,
} from '../../src/lib/site/site.ts';
import {
  FORCES,
  NORTHSHIRE,
  SOUTHDALE,
  WESTMERE,
  makeCorpus,
  makeInspection,
  makeRecommendation,
  makeResponse,
  makeSite,
} from './support/factories.ts';

describe('getForcesInScope', () => {
  test('gives every force, in registry order, for scope "all"', () => {
    expect(getForcesInScope({ scope: 'all' }, FORCES)).toEqual([NORTHSHIRE, WESTMERE, SOUTHDALE]);
  });

  test('gives the listed forces in registry order, not list order', () => {
    expect(getForcesInScope({ scope: ['southdale', 'northshire'] }, FORCES)).toEqual([NORTHSHIRE, SOUTHDALE]);
  });

  test('returns a new list that the caller may change', () => {
    const forces = getForcesInScope({ scope: 'all' }, FORCES);
    forces.pop();
    expect(FORCES).toHaveLength(3);
  });
});

describe('getStatus', () => {
  test('gives the status a document gives a recommendation, or nothing', () => {
    const document = { recommendations: { '1': 'complete', '4a': 'planned' } } as const;
    expect(getStatus(document, '4a')).toBe('planned');
    expect(getStatus(document, '2')).toBeUndefined();
  });
});

describe('getCoverage', () => {
  const recommendations = ['1', '2', '3'].map((id) => makeRecommendation(id));

  test('is complete when every recommendation has a status other than not-addressed', () => {
    expect(getCoverage({ recommendations: { '1': 'complete', '2': 'no-action', '3': 'awaiting-national' } }, recommendations)).toEqual({
      addressed: ['1', '2', '3'],
      missing: [],
      notAddressed: [],
      complete: true,
    });
  });

  test('lists recommendations given no status as missing', () => {
    expect(getCoverage({ recommendations: { '1': 'complete' } }, recommendations)).toEqual({
      addressed: ['1'],
      missing: ['2', '3'],
      notAddressed: [],
      complete: false,
    });
  });

  test('counts a recommendation marked not-addressed as not addressed', () => {
    expect(getCoverage({ recommendations: { '1': 'complete', '2': 'not-addressed', '3': 'planned' } }, recommendations)).toEqual({
      addressed: ['1', '3'],
      missing: [],
      notAddressed: ['2'],
      complete: false,
    });
  });

  test('ignores statuses for recommendations the inspection does not have', () => {
    const coverage = getCoverage({ recommendations: { '1': 'complete', '2': 'complete', '3': 'complete', '9': 'complete' } }, recommendations);
    expect(coverage.addressed).toEqual(['1', '2', '3']);
    expect(coverage.complete).toBe(true);
  });

  test('keeps the inspection\'s order of recommendations', () => {
    const coverage = getCoverage({ recommendations: { '3': 'complete', '1': 'complete' } }, recommendations);
    expect(coverage.addressed).toEqual(['1', '3']);
  });

  test('counts an inspection without recommendations as complete', () => {
    expect(getCoverage({ recommendations: {} }, []).complete).toBe(true);
  });
});

describe('getInspectionDueDate', () => {
  test('gives the 56th day, or null for a month-only publication', () => {
    expect(getInspectionDueDate({ published: '2019-09-27' })).toBe('2019-11-21');
    expect(getInspectionDueDate({ published: '2019-09' })).toBeNull();
  });
});

describe('byDocumentDateDesc', () => {
  const doc = (force: string, dates: { date?: string; published?: string }) =>
    makeResponse({ force, inspection: 'lorem-ipsum', ...dates });

  test('puts the newest document first and undated documents last', () => {
    const documents = [
      doc('westmere', {}),
      doc('northshire', { date: '2019-10-01' }),
      doc('southdale', { date: '2019-11-15' }),
      doc('eastfield', {}),
    ];
    expect(documents.sort(byDocumentDateDesc).map((d) => d.force)).toEqual(['southdale', 'northshire', 'eastfield', 'westmere']);
  });

  test('sorts by the publication date where there is one, else the date on the document', () => {
    const documents = [
      doc('northshire', { date: '2019-12-01' }),
      doc('westmere', { date: '2019-10-01', published: '2020-01-10' }),
    ];
    expect(documents.sort(byDocumentDateDesc).map((d) => d.force)).toEqual(['westmere', 'northshire']);
  });

  test('breaks a tie by id, so the order is always the same', () => {
    const documents = [doc('westmere', { date: '2019-10-01' }), doc('northshire', { date: '2019-10-01' })];
    expect(documents.sort(byDocumentDateDesc).map((d) => d.force)).toEqual(['northshire', 'westmere']);
  });
});

describe('createSite', () => {
  const lorem = makeInspection({ id: 'lorem-ipsum', scope: ['northshire', 'westmere'] });
  const dolor = makeInspection({ id: 'dolor-sit', published: '2020-03-02', scope: 'all' });
  // Given in the reverse of the order the site should list them.
  const letter = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', kind: 'inspectorate-letter', date: '2020-01-10' });
  const chief = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', kind: 'force-response', date: '2019-11-01' });
  const pcc = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', date: '2019-11-22' });
  const westmere = makeResponse({ force: 'westmere', inspection: 'lorem-ipsum', date: '2019-11-01' });
  const newer = makeResponse({ force: 'northshire', inspection: 'dolor-sit', kind: 'force-response' });
  const site = makeSite({ inspections: [dolor, lorem], responses: [letter, chief, westmere, pcc, newer] });

  test('orders a force\'s documents about an inspection with the policing body\'s response first', () => {
    expect(site.documentsFor('lorem-ipsum', 'northshire').map((d) => d.kind)).toEqual([
      'pcc-response', 'force-response', 'inspectorate-letter',
    ]);
  });

  test('gives only that force\'s documents about that inspection', () => {
    expect(site.documentsFor('lorem-ipsum', 'westmere')).toEqual([westmere]);
    expect(site.documentsFor('dolor-sit', 'westmere')).toEqual([]);
    expect(site.documentsFor('no-such-inspection', 'northshire')).toEqual([]);
  });

  test('lists a force\'s documents newest inspection first, main document first within one', () => {
    expect(site.documentsOfForce('northshire').map((d) => d.id)).toEqual([
      'northshire/dolor-sit--force-response',
      'northshire/lorem-ipsum',
      'northshire/lorem-ipsum--force-response',
      'northshire/lorem-ipsum--inspectorate-letter',
    ]);
    expect(site.documentsOfForce('southdale')).toEqual([]);
  });

  test('lists every document about an inspection', () => {
    expect(site.documentsOfInspection('lorem-ipsum')).toHaveLength(4);
    expect(site.documentsOfInspection('dolor-sit')).toEqual([newer]);
    expect(site.documentsOfInspection('no-such-inspection')).toEqual([]);
  });

  test('gives the forces an inspection concerns', () => {
    expect(site.forcesInScope(lorem)).toEqual([NORTHSHIRE, WESTMERE]);
    expect(site.forcesInScope(dolor)).toEqual(FORCES);
  });

  test('works out an inspection\'s forces once, however many pages ask', () => {
    expect(site.forcesInScope(lorem)).toBe(site.forcesInScope(lorem));
    expect(site.forcesInScope(lorem)).toEqual([NORTHSHIRE, WESTMERE]);
  });

  test('works out each document\'s timeliness against its own inspection', () => {
    // lorem-ipsum was published 2019-09-27, so day 56 is 2019-11-21 and 2019-11-22 is a day late.
    expect(site.timeliness(pcc)).toMatchObject({ status: 'late', daysLate: 1, due: '2019-11-21' });
    expect(site.timeliness(chief).status).toBe('not-applicable');
    expect(site.timeliness(newer).status).toBe('not-applicable');
  });

  test('looks forces and inspections up by id, and says which one is missing', () => {
    expect(site.force('westmere')).toBe(WESTMERE);
    expect(site.inspection('dolor-sit')).toBe(dolor);
    expect(() => site.force('eastfield')).toThrow('No force eastfield');
    expect(() => site.inspection('nope')).toThrow('No inspection nope');
  });

  test('serves from the root unless given a base, and keeps the site address', () => {
    expect(site.base).toBe('/');
    expect(site.siteUrl).toBeUndefined();
    const under = createSite(makeCorpus({}), { base: '/pcc-responses/', siteUrl: 'https://example.org' });
    expect(under.base).toBe('/pcc-responses/');
    expect(under.siteUrl).toBe('https://example.org');
  });

  test('leaves the corpus\'s own list of documents in its order', () => {
    expect(site.corpus.responses.map((r) => r.id)).toEqual([letter.id, chief.id, westmere.id, pcc.id, newer.id]);
  });
});
