import { describe, expect, test } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src/lib/document-kinds.ts';
import { DATE_SORT_KEY, PAGE_KIND_LABELS } from '../../../src/lib/search.ts';
import { STATUSES } from '../../../src/lib/statuses.ts';
import { getSearchFacets, toResponseSearchRecord, toSearchPageView, type SearchRecord } from '../../../src/lib/views/search.ts';
import { makeInspection, makeResponse, makeSite, NORTHSHIRE, SOUTHDALE, WESTMERE } from '../support/factories.ts';

const inspection = makeInspection({ id: 'lorem-review', title: 'Lorem review' });
const later = makeInspection({ id: 'ipsum-review', title: 'Ipsum review', published: '2021-03' });
const onTime = makeResponse({ force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'in-progress', '2': 'in-progress', '3': 'complete' } });
const undated = makeResponse({ force: 'westmere', inspection: 'lorem-review', recommendations: { '1': 'awaiting-national' } });
const welsh = makeResponse({ force: 'westmere', inspection: 'ipsum-review', date: '2021-04-02', lang: 'cy', recommendations: {} });
const site = makeSite({ inspections: [later, inspection], responses: [onTime, undated, welsh] }, { base: '/pcc-responses/' });

const values = (record: SearchRecord, name: string) => record.filters.filter((f) => f.name === name).map((f) => f.value);
const label = (id: string) => STATUSES.find((s) => s.id === id)!.label;

describe('a document in the search index', () => {
  test('matches each status any of its recommendations has, once, by the label users see', () => {
    expect(values(toResponseSearchRecord(site, onTime), 'status')).toEqual([label('complete'), label('in-progress')]);
  });

  test('has its force, region, inspection, kind and year as filters', () => {
    const record = toResponseSearchRecord(site, onTime);
    expect(values(record, 'force')).toEqual([NORTHSHIRE.name]);
    expect(values(record, 'region')).toEqual([NORTHSHIRE.region]);
    expect(values(record, 'inspection')).toEqual(['Lorem review']);
    expect(values(record, 'kind')).toEqual([DOCUMENT_KINDS[0].label]);
    expect(values(record, 'year')).toEqual(['2019']);
  });

  test('has no date to sort by and no year when it is undated, and is shown as undated', () => {
    const record = toResponseSearchRecord(site, undated);
    expect(record.sort).toEqual([]);
    expect(toResponseSearchRecord(site, onTime).sort).toEqual([{ name: DATE_SORT_KEY, value: '2019-11-01' }]);
    expect(values(record, 'year')).toEqual([]);
    expect(record.meta).toContainEqual({ name: 'date', value: 'Undated' });
  });

  test('says it is in Welsh only when it is', () => {
    expect(toResponseSearchRecord(site, welsh).meta).toContainEqual({ name: 'lang', value: 'cy' });
    expect(toResponseSearchRecord(site, onTime).meta.some((m) => m.name === 'lang')).toBe(false);
  });
});

describe('the search page', () => {
  test('offers in each filter only the values some page has', () => {
    const facets = getSearchFacets(site);
    expect(facets.force).toEqual([NORTHSHIRE.name, WESTMERE.name]);
    expect(facets.force).not.toContain(SOUTHDALE.name);
    expect(facets.status).toEqual([label('complete'), label('in-progress'), label('awaiting-national')]);
    expect(facets.year).toEqual(['2021', '2019']);
    expect(facets.kind).toEqual([DOCUMENT_KINDS[0].label, PAGE_KIND_LABELS.inspection, PAGE_KIND_LABELS.comparison]);
  });

  test('finds the index and links results inside the base path, and searches Welsh too when a document is in Welsh', () => {
    const view = toSearchPageView(site);
    expect(view.bundle).toBe('/pcc-responses/pagefind/');
    expect(view.baseUrl).toBe('/pcc-responses/');
    expect(view.action).toBe('/pcc-responses/search/');
    expect(view.languages).toEqual(['cy']);
    expect(toSearchPageView(makeSite({ inspections: [inspection], responses: [onTime] })).languages).toEqual([]);
  });
});
