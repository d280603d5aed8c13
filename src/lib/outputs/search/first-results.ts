/**
 * The first page of results for the site's commonest words, made by the build so a reader's
 * search for one of them shows its results without downloading the index.
 *
 * A search downloads every shard's metadata (each page's hash and word count: about 140 KB at
 * 10,000 documents whatever the word) and, from each shard, the index file holding the word,
 * whose postings grow with the pages that have it: "vetting", on two thirds of the pages,
 * cost 484 KB before its first result. The words on many pages are the dearest to search and
 * the likeliest to be searched. For each of those words the build runs the search page's
 * own search (Pagefind's script over the finished index, through search-shards.ts, as the page
 * does), a shard at a time (./first-results-run.ts), merges the shards' parts as the page's
 * search merges the shards (`fromShardParts`), and keeps the count and first page of results in
 * a small file (./first-results-build.ts keeps each shard's parts, so a rebuild searches only
 * the shards indexed again). The search page, asked for one of these words with no filter and in order of
 * relevance, shows that file's results; it loads Pagefind only when the reader asks for more
 * (the next results, a filter, another order or another search), and the results are
 * Pagefind's own, so they are the same either way (tests/e2e/search.e2e.test.ts compares them).
 */
import { RESULTS_PAGE_SIZE, toPagefindOptions, type SearchState } from './search-options.ts';
import { byScore } from './search-shards.ts';

/** The folder, in the search bundle, of the prepared first pages: `<word>.json` each. */
export const FIRST_RESULTS_DIR = 'pcc-first/';

/**
 * How many words are prepared at most, the commonest first, and on what share of the indexed
 * pages a word must be found: at least 5% (and two pages), at most 80%. Each costs the build a
 * search over the whole index, as a reader's browser would make it, and the site a file of
 * about 5 KB. A word on nearly every page ("the", "and", a site's "police") is left out: its
 * results are every page, so its search tells a reader nothing, and it is the dearest to
 * prepare. At 10,000 documents the 50 commonest words took 15.6 s and 705 MiB, twelve of them
 * on more than 90% of the pages; the 50 commonest on at most 80% took 6.9 s and 293 MiB.
 */
export const PREPARED_WORDS = 50;
export const PREPARED_MIN_SHARE = 0.05;
export const PREPARED_MAX_SHARE = 0.8;

/** A word as a file name and as the search page matches it: lower-case letters and digits, 2 to 40 of them. */
const PREPARABLE = /^[a-z0-9]{2,40}$/;

/** A result as the search page shows it: Pagefind's `data()`, without what the page does not use. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One prepared search: how many pages have the word, and the first page of results. */
export interface FirstResults {
  query: string;
  count: number;
  results: ResultData[];
}

/** A result in one shard's part of a prepared search, with its score there, by which the shards' parts are merged. */
export interface ScoredResult extends ResultData {
  score: number;
}

/**
 * One shard's part of a word's prepared search, which depends only on that shard's index (and
 * the WebAssembly and options it is searched with), so the build keeps it with the shard and
 * searches again only the shards whose index changed: whether the shard holds the word exactly
 * (search-shards.ts leaves out the shards that do not, where some do), how many of its pages
 * the word finds, and its first results, highest score first (a stable sort of Pagefind's order).
 */
export interface ShardPart {
  holds: boolean;
  count: number;
  results: ScoredResult[];
}

/**
 * A word's prepared search from its shards' parts, in the shard list's order, as the search
 * page's search makes it (search-shards.ts): the shards that hold the word exactly (all of them
 * if none does), their results merged as Pagefind merges indexes, and their counts added. The
 * first page of the merge is within the shards' own first pages: a stable sort by score of the
 * shards' results one after another keeps each shard's results in their order.
 */
export function fromShardParts(word: string, parts: readonly ShardPart[]): FirstResults {
  const holding = parts.filter((part) => part.holds);
  const taking = holding.length ? holding : parts;
  const merged = byScore(taking.map((part) => part.results)).slice(0, RESULTS_PAGE_SIZE);
  return {
    query: word,
    count: taking.reduce((sum, part) => sum + part.count, 0),
    results: merged.map(({ url, excerpt, meta }) => ({ url, excerpt, meta })),
  };
}

/** The word whose prepared results answer `state`, if it is one word, unfiltered, in order of relevance. */
export function preparedQueryOf(state: SearchState): string | undefined {
  const options = toPagefindOptions(state);
  if (Object.keys(options.filters).length || Object.keys(options.sort).length) return undefined;
  const word = state.query.trim().toLowerCase();
  return PREPARABLE.test(word) ? word : undefined;
}

/** A prepared word's file, within the search bundle. */
export function firstResultsPath(word: string): string {
  return `${FIRST_RESULTS_DIR}${word}.json`;
}

/** Bump when `WordCounter.add` counts otherwise: the counts kept with the shards are then counted again. */
export const WORD_COUNT_FORMAT = 1;

/** How many pages were counted, and how many of them have each word: a shard's, kept with it. */
export interface WordCounts {
  pages: number;
  words: Record<string, number>;
}

/**
 * Counts, for each word, how many pages have it: page by page, holding only the counts. The
 * build counts each shard's pages as Pagefind indexes them and keeps the counts with the shard
 * (they depend on its pages only), so a rebuild counts only the shards indexed again, and adds
 * the others' kept counts.
 */
export class WordCounter {
  #counts = new Map<string, number>();
  #pages = 0;

  /** Adds counts made by another counter (`counts()`). */
  addCounts(counts: WordCounts): void {
    this.#pages += counts.pages;
    for (const [word, n] of Object.entries(counts.words)) this.#counts.set(word, (this.#counts.get(word) ?? 0) + n);
  }

  /** What was counted, to be kept. */
  counts(): WordCounts {
    return { pages: this.#pages, words: Object.fromEntries(this.#counts) };
  }

  /** Adds one page's text. */
  add(text: string): void {
    this.#pages++;
    const seen = new Set<string>();
    for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = match[0];
      if (!seen.has(word) && PREPARABLE.test(word)) seen.add(word);
    }
    for (const word of seen) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
  }

  /** The words to prepare: on at least `minShare` of the pages (and two) and at most `maxShare`, the `limit` commonest, ties in alphabetical order. */
  commonest(limit = PREPARED_WORDS, minShare = PREPARED_MIN_SHARE, maxShare = PREPARED_MAX_SHARE): string[] {
    const least = Math.max(2, Math.ceil(this.#pages * minShare));
    const most = Math.floor(this.#pages * maxShare);
    return [...this.#counts].filter(([, n]) => n >= least && n <= most)
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([word]) => word);
  }
}

/**
 * A result's address on a search page whose results link under `baseUrl`, from its address
 * prepared under `/`: as Pagefind's `fullUrl` joins them (pagefind.js), so a Welsh search page's
 * prepared results link to the Welsh pages, as its Pagefind results do.
 */
export function underBase(baseUrl: string, url: string): string {
  return `${baseUrl}/${url}`.replace(/\/+/g, '/');
}
