import { describe, expect, test } from 'vitest';
import { relativeUrl, urls, withBase } from '../../src/lib/basics/urls.ts';

describe('urls', () => {
  test('gives every page a root-relative path ending in a slash', () => {
    expect(urls.home()).toBe('/');
    expect(urls.inspections()).toBe('/inspections/');
    expect(urls.inspection('lorem-ipsum')).toBe('/inspections/lorem-ipsum/');
    expect(urls.forces()).toBe('/forces/');
    expect(urls.force('northshire')).toBe('/forces/northshire/');
    expect(urls.data()).toBe('/data/');
    expect(urls.forceYear('northshire', '2019')).toBe('/forces/northshire/2019/');
    expect(urls.inspectionsOfYear('2019')).toBe('/inspections/by-year/2019/');
    expect(urls.inspectionOrdered('lorem-ipsum', 'region')).toBe('/inspections/lorem-ipsum/by-region/');
  });

  test('mirrors the content path in a response URL, kind suffix included', () => {
    expect(urls.response('northshire/lorem-ipsum')).toBe('/responses/northshire/lorem-ipsum/');
    expect(urls.response('northshire/lorem-ipsum--force-response')).toBe('/responses/northshire/lorem-ipsum--force-response/');
  });

  test('puts the recommendation id in the comparison path, encoded', () => {
    expect(urls.comparison('lorem-ipsum', '4a')).toBe('/inspections/lorem-ipsum/recommendations/4a/');
    expect(urls.comparison('lorem-ipsum', 'a b')).toBe('/inspections/lorem-ipsum/recommendations/a%20b/');
  });

  test('names the data files', () => {
    expect(urls.responsesJson()).toBe('/data/responses.json');
    expect(urls.responsesCsv()).toBe('/data/responses.csv');
  });
});

describe('withBase', () => {
  test('leaves a path alone under the root base', () => {
    expect(withBase('/', '/forces/')).toBe('/forces/');
  });

  test('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/pcc-responses/', '/forces/')).toBe('/pcc-responses/forces/');
    expect(withBase('/pcc-responses', '/forces/')).toBe('/pcc-responses/forces/');
  });

  test('gives the home page of a sub-path site its trailing slash', () => {
    expect(withBase('/pcc-responses/', urls.home())).toBe('/pcc-responses/');
  });
});

describe('relativeUrl', () => {
  test('links a page to a sibling, a child, a parent and itself by the shortest relative path', () => {
    expect(relativeUrl('/inspections/x/by-name/', '/inspections/x/recommendations/3/')).toBe('../recommendations/3/');
    expect(relativeUrl('/inspections/x/', '/inspections/x/recommendations/3/')).toBe('recommendations/3/');
    expect(relativeUrl('/inspections/x/by-name/', '/inspections/x/')).toBe('../');
    expect(relativeUrl('/forces/', '/forces/')).toBe('./');
    expect(relativeUrl('/forces/a/', '/data/inspections/x.csv')).toBe('../../data/inspections/x.csv');
  });

  test('resolves back to the target under any base path', () => {
    for (const base of ['https://example.org/', 'https://example.org/pcc-responses/']) {
      const from = new URL('inspections/x/by-name/', base);
      expect(new URL(relativeUrl('/inspections/x/by-name/', '/inspections/x/recommendations/3/'), from).href)
        .toBe(new URL('inspections/x/recommendations/3/', base).href);
    }
  });
});
