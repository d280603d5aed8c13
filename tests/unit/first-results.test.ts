/**
 * The rules of the prepared first pages (src/lib/outputs/search/first-results.ts): which words
 * the build prepares, which searches the page answers from them, and where their results link.
 * That the prepared results are Pagefind's own is checked in Chromium
 * (tests/e2e/first-results.e2e.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { preparedQueryOf, underBase, WordCounter } from '../../src/lib/outputs/search/first-results.ts';
import { parseSearchState } from '../../src/lib/outputs/search/search-options.ts';

const stateOf = (query: string) => parseSearchState(new URLSearchParams(query));

describe('which searches a prepared first page answers', () => {
  test('one word, in any case, with spaces around it', () => {
    expect(preparedQueryOf(stateOf('q=vetting'))).toBe('vetting');
    expect(preparedQueryOf(stateOf('q=Vetting'))).toBe('vetting');
    expect(preparedQueryOf(stateOf('q=%20custody%20'))).toBe('custody');
    expect(preparedQueryOf(stateOf('q=2021'))).toBe('2021');
  });

  test('not two words, a phrase, a word with other characters, or a single letter', () => {
    for (const query of ['q=stop+search', 'q=%22vetting%22', 'q=well-led', 'q=vetting*', 'q=a', 'q=', 'q=ymchwiliad%C3%A2u']) {
      expect(preparedQueryOf(stateOf(query)), query).toBeUndefined();
    }
  });

  test('not a search narrowed by a filter or put in date order: its first page is another', () => {
    expect(preparedQueryOf(stateOf('q=vetting&status=Done'))).toBeUndefined();
    expect(preparedQueryOf(stateOf('q=vetting&sort=newest'))).toBeUndefined();
    expect(preparedQueryOf(stateOf('q=vetting&sort=oldest'))).toBeUndefined();
    // The default order, written out, is still the default.
    expect(preparedQueryOf(stateOf('q=vetting&sort=relevance'))).toBe('vetting');
  });
});

describe('which words the build prepares', () => {
  const counted = (pages: string[]) => {
    const counter = new WordCounter();
    for (const page of pages) counter.add(page);
    return counter;
  };

  test('counts the pages a word is on, not how often it is used', () => {
    const words = counted(['custody custody custody custody', 'vetting custody', 'vetting', 'vetting']).commonest(2, 0, 1);
    expect(words).toEqual(['vetting', 'custody']);
  });

  test('the commonest first, ties in alphabetical order, at most the limit', () => {
    expect(counted(['beta alpha gamma', 'beta alpha gamma', 'delta']).commonest(2, 0, 1)).toEqual(['alpha', 'beta']);
  });

  test('leaves out words on fewer than the share of pages, and words on one page', () => {
    const pages = [...Array.from({ length: 18 }, () => 'filler'), 'rare once', 'rare twice'];
    expect(counted(pages).commonest(10, 0.1, 1)).toEqual(['filler', 'rare']);
    expect(counted(pages).commonest(10, 0.2, 1)).toEqual(['filler']);
    expect(counted(['only here', 'and here']).commonest(10, 0, 1)).toEqual(['here']);
  });

  test('leaves out words on more than the largest share of pages: their search finds every page', () => {
    const pages = ['the vetting', 'the vetting', 'the custody', 'the custody', 'the'];
    expect(counted(pages).commonest(10, 0, 0.8)).toEqual(['custody', 'vetting']);
    expect(counted(pages).commonest(10, 0, 1)).toEqual(['the', 'custody', 'vetting']);
  });

  test('matches words as the page does: lower case, letters and digits, no word it would not answer', () => {
    const words = counted(['Vetting, vetting; VETTING. Well-led 2021 ŵyr a', 'vetting well led 2021 ŵyr a']).commonest(10, 0, 1);
    expect(words).toEqual(['2021', 'led', 'vetting', 'well']);
  });
});

describe('word counts kept a shard at a time', () => {
  test('add up to the counts of all the pages at once', () => {
    const pages = ['vetting custody', 'vetting', 'custody well', 'well led', 'vetting led', 'stop search', 'search'];
    const all = new WordCounter();
    for (const page of pages) all.add(page);
    const [one, two] = [new WordCounter(), new WordCounter()];
    pages.forEach((page, i) => (i % 3 ? one : two).add(page));
    const summed = new WordCounter();
    // As kept in a file, and read back.
    for (const shard of [one, two]) summed.addCounts(JSON.parse(JSON.stringify(shard.counts())));
    expect(summed.counts().pages).toBe(pages.length);
    expect(summed.commonest(10, 0, 1)).toEqual(all.commonest(10, 0, 1));
    expect(summed.commonest(10, 0.3, 0.5)).toEqual(all.commonest(10, 0.3, 0.5));
    expect(summed.commonest(10, 0.3, 0.5)).toEqual(['vetting']);
  });
});

describe('where a prepared result links', () => {
  test('under the search page\'s base, as Pagefind joins them', () => {
    expect(underBase('/', '/responses/kent/vetting-2021/')).toBe('/responses/kent/vetting-2021/');
    expect(underBase('/cy/', '/responses/kent/vetting-2021/')).toBe('/cy/responses/kent/vetting-2021/');
    expect(underBase('/pcc-responses/', '/inspections/x/')).toBe('/pcc-responses/inspections/x/');
  });
});
