import { describe, expect, test } from 'vitest';
import {
  describeResults, parseSearchState, SEARCH_SORTS, toExcerptParts, toPagefindOptions, toSearchParams, toSortValues, type SearchState,
} from '../../src/lib/search.ts';

describe('a search in the URL', () => {
  test('reads back exactly the search it was written from', () => {
    const state: SearchState = {
      query: 'vetting & transferees',
      filters: { force: ['Northshire Constabulary', 'Westmere Police'], status: ['In progress'] },
      sort: 'newest',
    };
    expect(parseSearchState(new URLSearchParams(toSearchParams(state).toString()))).toEqual(state);
  });

  test('writes the same search as the same URL, whatever the order it was chosen in', () => {
    const a = parseSearchState(new URLSearchParams('status=Planned&q=vetting&force=Westmere+Police'));
    const b = parseSearchState(new URLSearchParams('force=Westmere+Police&q=vetting&status=Planned'));
    expect(toSearchParams(a).toString()).toBe(toSearchParams(b).toString());
  });

  test('ignores parameters and orders it does not know, and empty or repeated values', () => {
    const state = parseSearchState(new URLSearchParams('q=+abuse+&colour=red&sort=sideways&force=&year=2019&year=2019'));
    expect(state).toEqual({ query: 'abuse', filters: { year: ['2019'] }, sort: 'relevance' });
  });
});

describe('what Pagefind is asked', () => {
  test('matches any value chosen within a filter, and every filter at once', () => {
    const options = toPagefindOptions({ query: '', filters: { force: ['A', 'B'], status: ['Planned'] }, sort: 'relevance' });
    expect(options).toEqual({ filters: { force: { any: ['A', 'B'] }, status: { any: ['Planned'] } }, sort: {} });
  });

  test('puts undated pages after dated ones in both date orders', () => {
    const pages = [{ id: 'undated', day: null }, { id: 'old', day: '2016-12-01' }, { id: 'new', day: '2019-11-15' }];
    for (const sort of SEARCH_SORTS.filter((s) => s.id !== 'relevance')) {
      const { sort: asked } = toPagefindOptions({ query: '', filters: {}, sort: sort.id });
      const direction = asked[sort.id]!;
      const keyed = pages.map((p) => ({ id: p.id, key: toSortValues(p.day).find((v) => v.name === sort.id)!.value }));
      keyed.sort((a, b) => (direction === 'asc' ? a.key.localeCompare(b.key) : b.key.localeCompare(a.key)));
      expect(keyed.map((p) => p.id), sort.id).toEqual(sort.id === 'newest' ? ['new', 'old', 'undated'] : ['old', 'new', 'undated']);
    }
  });
});

describe('the result list', () => {
  test('says how many results there are, for what, and how they were narrowed', () => {
    expect(describeResults({ query: 'vetting', filters: { force: ['Northshire Constabulary', 'Westmere Police'] }, sort: 'relevance' }, 3)).toBe(
      '3 results for “vetting”, narrowed by Force: Northshire Constabulary or Westmere Police.',
    );
    expect(describeResults({ query: 'lorem', filters: {}, sort: 'relevance' }, 1)).toBe('1 result for “lorem”.');
    expect(describeResults({ query: 'lorem', filters: {}, sort: 'relevance' }, 0)).toBe('No results for “lorem”.');
  });

  test('keeps a page’s text as text in an excerpt, highlighting only the matches', () => {
    const parts = toExcerptParts('Lorem &lt;script&gt;alert(1)&lt;/script&gt; & <mark>ipsum</mark> dolor <mark>sit</mark>');
    expect(parts).toEqual([
      { text: 'Lorem <script>alert(1)</script> & ', match: false },
      { text: 'ipsum', match: true },
      { text: ' dolor ', match: false },
      { text: 'sit', match: true },
    ]);
  });
});
