import { describe, expect, test } from 'vitest';
import {
  describeResults, narrowChoices, PAGE_KIND_LABELS, parseSearchState, resultTitle, SEARCH_SORTS, toExcerptParts, toPagefindOptions, toSearchParams, toSortValues, withUndatedLast, type SearchState,
} from '../../src/lib/outputs/search/search-options.ts';
import { toSearchWords } from '../../src/lib/views/search.ts';

const english = toSearchWords('en');
const welsh = toSearchWords('cy');

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
    // In relevance order, as an unordered search returns them.
    const pages = [{ id: 'undated', day: null }, { id: 'old', day: '2016-12-01' }, { id: 'new', day: '2019-11-15' }];
    for (const sort of SEARCH_SORTS.filter((s) => s.id !== 'relevance')) {
      const { sort: asked } = toPagefindOptions({ query: '', filters: {}, sort: sort.id });
      const [[key, direction]] = Object.entries(asked) as [string, 'asc' | 'desc'][];
      // What Pagefind returns for a sorted search: only the pages with the key, in its order.
      const sorted = pages.flatMap((p) => toSortValues(p.day).filter((v) => v.name === key).map((v) => ({ id: p.id, value: v.value })));
      sorted.sort((a, b) => (direction === 'asc' ? a.value.localeCompare(b.value) : b.value.localeCompare(a.value)));
      expect(withUndatedLast(sorted.map((s) => pages.find((p) => p.id === s.id)!), pages).map((p) => p.id), sort.id).toEqual(sort.id === 'newest' ? ['new', 'old', 'undated'] : ['old', 'new', 'undated']);
    }
  });
});

describe('a filter filled in by the browser', () => {
  test('offers the values containing every word typed, whatever their case, alphabetically', () => {
    const values = ['Vetting review 2021', 'Custody inspection', 'PEEL 2019: vetting and integrity'];
    expect(narrowChoices(values, 'VETTING')).toEqual(['PEEL 2019: vetting and integrity', 'Vetting review 2021']);
    expect(narrowChoices(values, 'vetting  2021')).toEqual(['Vetting review 2021']);
    expect(narrowChoices(values, '')).toEqual(['Custody inspection', 'PEEL 2019: vetting and integrity', 'Vetting review 2021']);
  });
});

describe('the result list', () => {
  test('says how many results there are, for what, and how they were narrowed', () => {
    expect(describeResults({ query: 'vetting', filters: { force: ['Northshire Constabulary', 'Westmere Police'] }, sort: 'relevance' }, 3, english)).toBe(
      '3 results for “vetting”, narrowed by Force: Northshire Constabulary or Westmere Police.',
    );
    expect(describeResults({ query: 'lorem', filters: {}, sort: 'relevance' }, 1, english)).toBe('1 result for “lorem”.');
    expect(describeResults({ query: 'lorem', filters: {}, sort: 'relevance' }, 0, english)).toBe('No results for “lorem”.');
  });

  test('says it in Welsh on a Welsh page, each number in its plural form', () => {
    expect(describeResults({ query: 'fetio', filters: { force: ['Heddlu Dyffryn', 'Westmere Police'] }, sort: 'relevance' }, 3, welsh)).toBe(
      '3 canlyniad ar gyfer “fetio”, wedi\'u cyfyngu yn ôl Heddlu: Heddlu Dyffryn neu Westmere Police.',
    );
    expect(describeResults({ query: 'fetio', filters: {}, sort: 'relevance' }, 0, welsh)).toBe('Dim canlyniadau ar gyfer “fetio”.');
    expect(describeResults({ query: '', filters: { year: ['2021'] }, sort: 'relevance' }, 1, welsh)).toBe('1 canlyniad, wedi\'u cyfyngu yn ôl Blwyddyn: 2021.');
    expect(resultTitle({ title: 'Arolygiad ffuglennol', kind: PAGE_KIND_LABELS.inspection }, '/x/', welsh)).toBe('Adroddiad arolygu: Arolygiad ffuglennol');
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

describe('a result\'s title', () => {
  test('names the force of a document first, and says which kind of page the others are', () => {
    expect(resultTitle({ title: 'Response to a fictional report', force: 'Northshire Constabulary', kind: "Policing body's response" }, '/x/', english))
      .toBe('Northshire Constabulary: Response to a fictional report');
    expect(resultTitle({ title: 'A fictional report', kind: PAGE_KIND_LABELS.inspection }, '/x/', english)).toBe('Inspection report: A fictional report');
    expect(resultTitle({ title: 'Recommendation 2: Placeholder', kind: PAGE_KIND_LABELS.comparison }, '/x/', english)).toBe('Compared across forces: Recommendation 2: Placeholder');
  });

  test('does not name the force twice when the document\'s own title names it', () => {
    expect(resultTitle({ title: 'Westmere Police response to the fictional report', force: 'Westmere Police' }, '/x/', english)).toBe('Westmere Police response to the fictional report');
  });
});
