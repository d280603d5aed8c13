import { describe, expect, test } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src/lib/basics/document-kinds.ts';
import { DATE_SORT_KEY, PAGE_KIND_LABELS, shownFact } from '../../../src/lib/outputs/search/search-options.ts';
import { STATUSES } from '../../../src/lib/basics/statuses.ts';
import { getSearchFacets, getSearchRecords, toResponseSearchRecord, toSearchEntries, type SearchRecord } from '../../../src/lib/outputs/search/search-records.ts';
import { toSearchPageView } from '../../../src/lib/views/search.ts';
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

describe('what the index is given', () => {
  const entries = [...toSearchEntries(site)];
  const entry = (url: string) => entries.find((e) => e.url === url)!;

  test('has an entry for every document, inspection and comparison page, at its address without the base path', () => {
    expect(entries.map((e) => e.url).sort()).toEqual([
      '/inspections/ipsum-review/', '/inspections/ipsum-review/recommendations/1/', '/inspections/ipsum-review/recommendations/2/', '/inspections/ipsum-review/recommendations/3/',
      '/inspections/lorem-review/', '/inspections/lorem-review/recommendations/1/', '/inspections/lorem-review/recommendations/2/', '/inspections/lorem-review/recommendations/3/',
      `/responses/${onTime.id}/`, `/responses/${undated.id}/`, `/responses/${welsh.id}/`,
    ].sort());
  });

  test('gives a document its force, title and words, in the language it is written in', () => {
    expect(entry(`/responses/${onTime.id}/`).content).toContain(NORTHSHIRE.name);
    expect(entry(`/responses/${onTime.id}/`).content).toContain('Placeholder response text.');
    expect(entry(`/responses/${onTime.id}/`).language).toBe('en');
    expect(entry(`/responses/${welsh.id}/`).language).toBe('cy');
  });

  test('searches a recommendation\'s words on its comparison page only, not again on its inspection\'s page', () => {
    const words = 'Lorem ipsum recommendation 2.';
    // Both placeholder inspections give their recommendation 2 these words.
    expect(entries.filter((e) => e.content.includes(words)).map((e) => e.url).sort()).toEqual([
      '/inspections/ipsum-review/recommendations/2/', '/inspections/lorem-review/recommendations/2/',
    ]);
    expect(entry('/inspections/lorem-review/').content).toContain('Lorem review');
    expect(entry('/inspections/lorem-review/').content).toContain('Lorem ipsum dolor sit amet.');
    expect(entry('/inspections/lorem-review/').content).not.toContain(words);
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

  test('finds the index and links results inside the base path', () => {
    const view = toSearchPageView(site);
    expect(view.bundle).toBe('/pcc-responses/pagefind/');
    expect(view.baseUrl).toBe('/pcc-responses/');
    expect(view.action).toBe('/pcc-responses/search/');
  });

  test('shows a Welsh reader the index\'s English values in Welsh, and filters by the English ones', () => {
    const welshView = toSearchPageView(site, 'cy');
    const options = (key: string) => welshView.filters.find((f) => f.key === key)!.options.map((o) => [o.value, o.label]);
    // Written out, not taken from the catalogue, so a change to the Welsh shows here.
    expect(options('status')).toEqual([
      [label('complete'), 'Wedi\'i gwblhau'], [label('in-progress'), 'Ar y gweill'], [label('awaiting-national'), 'Yn aros am gamau cenedlaethol'],
    ]);
    expect(options('kind')).toEqual([
      [DOCUMENT_KINDS[0].label, 'Ymateb y corff plismona'], [PAGE_KIND_LABELS.inspection, 'Adroddiad arolygu'], [PAGE_KIND_LABELS.comparison, 'Argymhelliad wedi\'i gymharu ar draws heddluoedd'],
    ]);
    expect([NORTHSHIRE.region, WESTMERE.region]).toEqual(['North East', 'West Midlands']);
    expect(options('region')).toEqual([['North East', 'Gogledd-ddwyrain Lloegr'], ['West Midlands', 'Gorllewin Canolbarth Lloegr']]);
    expect(options('year')).toEqual([['2021', '2021'], ['2019', '2019']]);
    // The script is told the same, to say which values narrow the results and each result's kind.
    expect(welshView.words.values).toMatchObject({ [label('complete')]: 'Wedi\'i gwblhau', [PAGE_KIND_LABELS.inspection]: 'Adroddiad arolygu' });
  });

  test('gives an English reader the index\'s values as they are, and the script no table of them', () => {
    const view = toSearchPageView(site);
    for (const filter of view.filters) for (const option of filter.options) expect(option.label).toBe(option.value);
    expect(view.words).not.toHaveProperty('values');
  });

  test('gives the Welsh page\'s script what it needs to say each result\'s made-up title and date line in Welsh', () => {
    const words = toSearchPageView(site, 'cy').words;
    // Written out, not taken from the catalogue.
    expect(shownFact('Published 27 September 2019', words)).toBe('Cyhoeddwyd 27 Medi 2019');
    expect(shownFact('Report published September 2019', words)).toBe('Cyhoeddwyd yr adroddiad Medi 2019');
    expect(shownFact('1 November 2019', words)).toBe('1 Tachwedd 2019');
    expect(shownFact('Undated', words)).toBe('Heb ddyddiad');
    expect(shownFact('Response to Lorem review', words)).toBe('Ymateb i Lorem review');
    expect(shownFact('Recommendation 4a: Lorem ipsum', words)).toBe('Argymhelliad 4a: Lorem ipsum');
    // A title of the document's own, and a name, stay as written.
    expect(shownFact('Placeholder: a title of its own', words)).toBe('Placeholder: a title of its own');
    expect(shownFact('May 2019 and after', words)).toBe('May 2019 and after');
    // Every date line and made-up title of this site's records reads in Welsh.
    const facts = getSearchRecords(site).flatMap((r) => r.meta.filter((m) => m.name === 'date' || m.name === 'title').map((m) => m.value));
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) {
      expect(shownFact(fact, words), fact).not.toMatch(/Published|Undated|Response to|Recommendation|January|February|March|April|June|July|August|September|October|November|December/);
    }
    // An English page's script is given none of this, so shows the index's facts as they are.
    const english = toSearchPageView(site).words;
    expect(english).not.toHaveProperty('forms');
    expect(english).not.toHaveProperty('months');
    expect(shownFact('Published 27 September 2019', english)).toBe('Published 27 September 2019');
  });
});
