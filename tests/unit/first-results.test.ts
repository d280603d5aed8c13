/**
 * The rules of the prepared first pages (src/lib/outputs/search/first-results.ts): which words
 * the build prepares, which searches the page answers from them, and where their results link.
 * That the prepared results are Pagefind's own is checked in Chromium
 * (tests/e2e/first-results.e2e.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { fromShardParts, preparedQueryOf, underBase, WordCounter, type ShardPart } from '../../src/lib/outputs/search/first-results.ts';
import { parseSearchState, RESULTS_PAGE_SIZE } from '../../src/lib/outputs/search/search-options.ts';

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

describe('a word\'s prepared search, from its shards\' parts', () => {
  /** A shard's part: its results named `<shard><place>`, with these scores. */
  const part = (shard: string, holds: boolean, scores: number[], count = scores.length): ShardPart => ({
    holds,
    count,
    results: scores.map((score, i) => ({ score, url: `/${shard}${i}/`, excerpt: `${shard}${i}`, meta: { title: `${shard}${i}` } })),
  });
  const urls = (parts: ShardPart[]) => fromShardParts('vetting', parts).results.map((r) => r.url);

  test('merges the results by score, highest first, ties in the shards\' order and then each shard\'s, as Pagefind merges its indexes', () => {
    const parts = [part('a', true, [3, 2, 2]), part('b', true, [5, 2, 1]), part('c', true, [2])];
    expect(urls(parts)).toEqual(['/b0/', '/a0/', '/a1/', '/a2/', '/b1/', '/c0/', '/b2/']);
    expect(fromShardParts('vetting', parts)).toMatchObject({ query: 'vetting', count: 7 });
    // Each result as the search page shows it: no score.
    expect(fromShardParts('vetting', parts).results[0]).toEqual({ url: '/b0/', excerpt: 'b0', meta: { title: 'b0' } });
  });

  test('counts every page found, and keeps the first page of the merge', () => {
    const parts = [part('a', true, [9, 7, 5, 3, 1, 0.5], 40), part('b', true, [8, 6, 4, 2, 0.7, 0.6], 25)];
    const prepared = fromShardParts('vetting', parts);
    expect(prepared.count).toBe(65);
    expect(prepared.results.map((r) => r.url)).toEqual(['/a0/', '/b0/', '/a1/', '/b1/', '/a2/', '/b2/', '/a3/', '/b3/', '/a4/', '/b4/'].slice(0, RESULTS_PAGE_SIZE));
  });

  test('leaves out the shards that do not hold the word exactly, where some do: their results and counts are of another word', () => {
    const parts = [part('a', false, [9, 8], 30), part('b', true, [5], 12), part('c', false, [7]), part('d', true, [6, 1], 20)];
    expect(urls(parts)).toEqual(['/d0/', '/b0/', '/d1/']);
    expect(fromShardParts('vetting', parts).count).toBe(32);
  });

  test('takes every shard where none holds the word exactly, as Pagefind does', () => {
    const parts = [part('a', false, [1], 3), part('b', false, [2], 4)];
    expect(urls(parts)).toEqual(['/b0/', '/a0/']);
    expect(fromShardParts('vetting', parts).count).toBe(7);
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
