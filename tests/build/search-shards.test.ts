/**
 * Search in shards finds what a single index finds (issue 14): on each fixture site's
 * content, the index is built twice with the build's own code, once as a single index and
 * once split into about four shards, and the same searches are run on both, each with the
 * site's own pagefind.js opened as the search page opens it (src/lib/outputs/search/search-shards.ts).
 *
 * What must be the same: the pages found by every search (words, filters, both), how many,
 * every filter's counts, and in a date order the day of each place in the list. What may
 * differ, and why: in order of relevance, Pagefind scores a page against its own shard's
 * word statistics (how many pages hold the word, their average length), which differ a
 * little from the whole site's, so pages of near-equal score can trade places; the test
 * measures that and bounds it. In a date order, pages of the same day come shard by shard.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { firstResultsPath, type FirstResults, type ResultData } from '../../src/lib/outputs/search/first-results.ts';
import { RESULTS_PAGE_SIZE, SEARCH_FILTER_KEYS, toPagefindOptions, type SearchState } from '../../src/lib/outputs/search/search-options.ts';
import { openShardedSearch, SHARD_MANIFEST, type PagefindModule, type SearchManifest } from '../../src/lib/outputs/search/search-shards.ts';
import { createSite } from '../../src/lib/site/site.ts';
import { toSearchEntries, type SearchEntry } from '../../src/lib/outputs/search/search-records.ts';
import { buildSearchBundle, writeSearchBundle, type SearchBundle } from '../../src/lib/outputs/search/search-index.ts';
import { countsFile } from '../../src/lib/outputs/search/shard-words.ts';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { awkwardEdits } from '../support/awkward.ts';
import type { Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, serveStatic } from '../support/browser.ts';
import { FIXTURE_SITE_EDITS } from '../support/fixture-site.ts';
import { generateContent } from '../support/generate.ts';
import { CONTENT, FIXTURE_SITE } from '../support/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-shards-'));
// Pagefind, in Node, fetches with the global fetch and silently drops an index file it could
// not fetch, which would lose results; on a busy machine, Node's fetch now and then fails on
// a connection the test server has just closed. So a fetch that fails that way is tried again.
const plainFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await plainFetch(input, init);
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };
});
afterAll(() => {
  globalThis.fetch = plainFetch;
  rmSync(root, { recursive: true, force: true });
  removeContentCopies();
});

interface Found {
  url: string;
  score: number;
  day?: string;
}

interface Index {
  search(state: SearchState): Promise<Found[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  shards: number;
  close(): Promise<void>;
}

interface Result {
  /** Pagefind's id for the page: the name of its fragment file, a hash of the fragment. */
  id: string;
  score: number;
  data(): Promise<{ url: string }>;
}

interface Loaded {
  corpus: ReturnType<typeof loadContent>['corpus'];
  /** The site's search entries, as the build derives them. */
  entries: SearchEntry[];
}

const loaded = new Map<string, Loaded>();

/**
 * The content in `contentDir` and its site's search entries, as the build derives them: loaded
 * once a folder, as nothing here changes the content, and every index and day list of a folder
 * must come from the same content anyway.
 */
function contentOf(contentDir: string): Loaded {
  let content = loaded.get(contentDir);
  if (!content) {
    const { corpus } = loadContent(contentDir, contentDir);
    const site = createSite(corpus, { base: '/', siteUrl: undefined, fileDates: new Map() });
    content = { corpus, entries: [...toSearchEntries(site)] };
    loaded.set(contentDir, content);
  }
  return content;
}

/** Builds the search index of the content in `contentDir` into `root/name`, with at most `perShard` pages a shard. */
async function buildIndex(contentDir: string, name: string, perShard: number): Promise<void> {
  // Searched in Node, where the prepared first pages are not used (the last test below and tests/e2e/first-results.e2e.test.ts check those).
  writeSearchBundle(join(root, name), await buildSearchBundle(() => contentOf(contentDir).entries, { perShard, firstResults: false }));
}

/**
 * Opens the index built into `root/name`. (Open both indexes of a comparison after building
 * both: a server's idle connection closed while Pagefind builds can fail the next fetch.)
 */
async function openIndex(contentDir: string, name: string): Promise<Index> {
  const days = new Map(contentOf(contentDir).entries.map((e) => [e.url, e.sort[0]?.value]));
  const out = join(root, name);
  const manifest = JSON.parse(readFileSync(join(out, 'pagefind', SHARD_MANIFEST), 'utf8')) as SearchManifest;
  const server = await serveStatic(out);
  const pagefind = (await import(pathToFileURL(join(out, 'pagefind/pagefind.js')).href)) as PagefindModule<Result> & { destroy(): Promise<void> };
  const index = await openShardedSearch(pagefind, { bundle: `${server.origin}/pagefind/`, baseUrl: '/', readJson: async (url) => (await fetch(url)).json() });
  // Each page's address, read from its fragment once: the id names the fragment file, so a
  // page found again (most pages are found by most of the searches) has the same address.
  const urls = new Map<string, Promise<string>>();
  const urlOf = (r: Result) => {
    let url = urls.get(r.id);
    if (!url) urls.set(r.id, (url = r.data().then((d) => d.url)));
    return url;
  };
  return {
    async search(state) {
      const found = await index.search(state.query || null, toPagefindOptions(state));
      return Promise.all(found.map(async (r) => {
        const url = await urlOf(r);
        return { url, score: r.score, day: days.get(url) };
      }));
    },
    filters: () => index.filters(),
    shards: manifest.shards.length,
    async close() {
      await pagefind.destroy();
      await server.close();
    },
  };
}

/** Words to search for: the content's commonest words, and some it holds only once or twice. */
function wordsOf(contentDir: string): string[] {
  const { corpus } = contentOf(contentDir);
  const counts = new Map<string, number>();
  const texts = [...corpus.responses.map((r) => r.html), ...corpus.inspections.map((i) => i.html)];
  for (const text of texts) {
    for (const word of new Set(text.replace(/<[^>]+>/g, ' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rare = byCount.filter(([, n]) => n <= 2);
  return [...byCount.slice(0, 25), ...rare.filter((_, i) => i % Math.max(1, Math.floor(rare.length / 15)) === 0).slice(0, 15)].map(([w]) => w);
}

const fixtureContent = makeContent(FIXTURE_SITE_EDITS).dir;
const generated = join(root, 'generated-content');
generateContent(generated);
const SITES = [
  { name: 'shipped', dir: CONTENT },
  { name: 'generated', dir: generated },
  { name: 'fixture', dir: fixtureContent },
  { name: 'awkward', dir: makeContent(awkwardEdits()).dir },
];

describe.each(SITES)('the $name content, as one index and in shards', ({ name, dir }) => {
  test('finds the same pages, counts and days for every search, and ranks them alike but for near-equal scores', async () => {
    const pages = contentOf(dir).entries.length;
    await buildIndex(dir, `${name}-single`, Number.MAX_SAFE_INTEGER);
    await buildIndex(dir, `${name}-shards`, Math.ceil(pages / 4));
    const [single, sharded] = await Promise.all([openIndex(dir, `${name}-single`), openIndex(dir, `${name}-shards`)]);
    try {
      expect(single.shards).toBeLessThanOrEqual(2);
      expect(sharded.shards, 'shards').toBeGreaterThanOrEqual(3);
      const filters = await single.filters();
      expect(await sharded.filters()).toEqual(filters);
      expect(Object.keys(filters).sort()).toEqual([...SEARCH_FILTER_KEYS].filter((k) => k in filters).sort());

      const searches: SearchState[] = [];
      for (const query of ['', ...wordsOf(dir)]) {
        for (const sort of ['relevance', 'newest', 'oldest'] as const) searches.push({ query, filters: {}, sort });
      }
      for (const [key, values] of Object.entries(filters)) {
        for (const value of Object.keys(values)) searches.push({ query: '', filters: { [key]: [value] }, sort: 'newest' });
      }
      let pairs = 0;
      let inverted = 0;
      let missed = 0;
      let found = 0;
      for (const state of searches) {
        const [a, b] = await Promise.all([single.search(state), sharded.search(state)]);
        const what = JSON.stringify(state);
        // Never a page the single index does not find. One it finds may be missing only from
        // a search for words, through a longer word in a shard that lacks the word itself.
        const inSingle = new Set(a.map((p) => p.url));
        expect(b.filter((p) => !inSingle.has(p.url)).map((p) => p.url), what).toEqual([]);
        if (!state.query) expect(b.length, what).toBe(a.length);
        found += a.length;
        missed += a.length - b.length;
        const inShards = new Set(b.map((p) => p.url));
        if (state.sort !== 'relevance') {
          expect(b.map((p) => p.day), what).toEqual(a.filter((p) => inShards.has(p.url)).map((p) => p.day));
          continue;
        }
        // In order of relevance: a pair of pages the shards put one way round and the single
        // index's scores clearly (by half as much again) the other.
        const score = new Map(a.map((p) => [p.url, p.score]));
        for (const [i, p] of b.entries()) {
          for (const q of b.slice(i + 1)) {
            pairs++;
            if (score.get(q.url)! > 1.5 * score.get(p.url)!) inverted++;
          }
        }
      }
      console.log(`${name} in ${sharded.shards} shards: ${missed} of ${found} results missing; ${inverted} of ${pairs} pairs in relevance order clearly the other way round`);
      expect(missed / found).toBeLessThan(0.02);
      expect(inverted / pairs).toBeLessThan(0.05);
    } finally {
      await Promise.all([single.close(), sharded.close()]);
    }
  }, 300_000);
});

describeInBrowser('the search page over shards, in Chromium', () => {
  test('shows what it shows over one index: the count, the pages, and in a date order their dates', async () => {
    // The fixture site as built, and a copy whose index is in shards of 3 pages.
    const sharded = join(root, 'fixture-site-in-shards');
    cpSync(FIXTURE_SITE, sharded, { recursive: true });
    rmSync(join(sharded, 'pagefind'), { recursive: true });
    const { shards, bytes } = writeSearchBundle(sharded, await buildSearchBundle(() => contentOf(fixtureContent).entries, { perShard: 3 }));
    expect(shards).toBeGreaterThanOrEqual(3);
    // The size the build reports is what the folder holds.
    const files = readdirSync(join(sharded, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(bytes).toBe(files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0));
    const [browser, one, many] = await Promise.all([launchBrowser(), serveStatic(FIXTURE_SITE), serveStatic(sharded)]);
    // A tab for each site, kept for its six searches: each is a new page load (the search page
    // keeps nothing between loads: no storage, no cookies), without a new tab's start each time.
    const [tabOne, tabMany] = await Promise.all([browser.newPage(), browser.newPage()]);
    try {
      const shown = async (page: Page, url: string) => {
        await page.goto(url);
        await page.waitForFunction(() => /results?\b.*\.$/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        const status = await page.locator('[data-search-status]').textContent();
        const results = await page.locator('.search-result').evaluateAll((items) => items.map((item) => ({
          title: item.querySelector('h3')?.textContent ?? '',
          facts: item.querySelector('.meta')?.textContent ?? '',
        })));
        return { status, results };
      };
      for (const search of ['?q=fictional', '?q=fictional&sort=newest', '?q=fictional&sort=oldest', '?sort=oldest&kind=Inspection+report', '?q=ymateb', '?q=custody']) {
        const [a, b] = await Promise.all([shown(tabOne, `${one.url}search/${search}`), shown(tabMany, `${many.url}search/${search}`)]);
        expect(b.status, search).toBe(a.status);
        // The first ten in relevance are the same ten when there are no more (scores differ a little: see above).
        if (a.results.length < 10) expect(b.results.map((r) => r.title).sort(), search).toEqual(a.results.map((r) => r.title).sort());
        if (search.includes('sort=')) expect(b.results.map((r) => r.facts.split(' · ').find((f) => /\d{4}/.test(f))), search).toEqual(a.results.map((r) => r.facts.split(' · ').find((f) => /\d{4}/.test(f))));
      }
    } finally {
      await Promise.all([browser.close(), one.close(), many.close()]);
    }
  }, 120_000);
});

/** The version of the code that made the entries, as the build gives it: shards are reused only for the same version. */
const CODE = 'code-of-these-tests';

describe('the first page of the commonest words, kept with the shards', () => {
  test('is made once for an index, reused by a build whose shards are unchanged, made again by a forced one', async () => {
    const cacheDir = join(root, 'first-results-cache');
    const { entries } = contentOf(fixtureContent);
    const made = await buildSearchBundle(() => entries, { cacheDir, codeVersion: CODE, perShard: 3 });
    expect(made.firstResults?.made).toBe(true);
    expect(made.firstResults?.words.length).toBeGreaterThan(10);
    const word = made.firstResults!.words[0]!;
    const file = (dir: string) => readFileSync(join(dir, `${word}.json`), 'utf8');
    const first = file(made.firstResults!.dir);
    expect((JSON.parse(first) as { count: number }).count).toBeGreaterThan(1);
    rmSync(made.scratch, { recursive: true, force: true });

    // A kept shard whose word counts were lost: its records are read to count them again.
    rmSync(countsFile(made.shards[1]!.dir));
    const again = await buildSearchBundle(() => entries, { cacheDir, codeVersion: CODE, perShard: 3 });
    expect(again.shards.every((s) => !s.indexed)).toBe(true);
    expect(again.firstResults).toMatchObject({ made: false, dir: made.firstResults!.dir, words: made.firstResults!.words });
    expect(existsSync(countsFile(made.shards[1]!.dir))).toBe(true);
    rmSync(again.scratch, { recursive: true, force: true });

    const forced = await buildSearchBundle(() => entries, { cacheDir, codeVersion: CODE, perShard: 3, force: true });
    expect(forced.firstResults?.made).toBe(true);
    expect(file(forced.firstResults!.dir)).toBe(first);
    rmSync(forced.scratch, { recursive: true, force: true });
  }, 120_000);

  test('are the search page\'s own answers, made of the shards\' parts; after one page\'s edit only its shard is searched again, into what a forced build makes', async () => {
    // Shards of 3 pages, an English and a Welsh language: most words are missing from some shards.
    const cacheDir = join(root, 'first-parts-cache');
    const { entries } = contentOf(fixtureContent);
    const made = await buildSearchBundle(() => entries, { cacheDir, codeVersion: CODE, perShard: 3 });
    const shardIds = made.shards.map((s) => s.id);
    expect(shardIds.some((id) => id.startsWith('cy-'))).toBe(true);
    const words = made.firstResults!.words;
    expect(made.firstResults!.searched).toEqual({ shards: shardIds, parts: words.length * shardIds.length, of: words.length * shardIds.length });
    await expectSearchPageAnswers(made, 'first-parts-made');

    // One page's text edited: its shard alone is indexed again. The sentence has a prepared
    // word the page lacked, so that word's count and results in the page's shard change.
    const added = words.findLast((word) => !entries[1]!.content.toLowerCase().match(/[\p{L}\p{N}]+/gu)!.includes(word))!;
    expect(added).toBeDefined();
    const countOf = (bundle: SearchBundle) => (JSON.parse(readFileSync(join(bundle.firstResults!.dir, `${added}.json`), 'utf8')) as FirstResults).count;
    const countBefore = countOf(made);
    // (Its key for what its words are made from goes: an edit to a document's file changes it.)
    const edited = entries.map((entry, i) => (i === 1 ? { ...entry, content: `${entry.content}\nA sentence about ${added}, added to this page after it was published.`, contentKey: undefined } : entry));
    // Each page's words, counted as they are read: only the edited shard's pages' are needed.
    let read = 0;
    const counted = edited.map((entry) => Object.defineProperty({ ...entry }, 'content', {
      enumerable: true,
      get() {
        read++;
        return entry.content;
      },
    }));
    const again = await buildSearchBundle(() => counted, { cacheDir, codeVersion: CODE, perShard: 3 });
    const indexed = again.shards.filter((s) => s.indexed).map((s) => s.id);
    expect(indexed).toHaveLength(1);
    const documents = edited.filter((entry) => entry.contentKey !== undefined).length;
    expect(documents).toBeGreaterThan(3);
    // The pages with no key (the edited one, the inspections', the comparisons') are read to plan, the edited shard's again to index it.
    expect(read).toBeLessThanOrEqual(edited.length - documents + 3);
    // Searched again: the edited shard, for every word, and the other shards for the words new to the list.
    const fresh = again.firstResults!.words.filter((word) => !words.includes(word));
    const total = again.firstResults!.words.length * shardIds.length;
    expect(again.firstResults!.searched).toEqual({ shards: fresh.length ? shardIds : indexed, parts: again.firstResults!.words.length + fresh.length * (shardIds.length - 1), of: total });

    const forced = await buildSearchBundle(() => edited, { cacheDir: join(root, 'first-parts-forced'), codeVersion: CODE, perShard: 3, force: true });
    expect(forced.firstResults!.searched.parts).toBe(total);
    expect(filesOf(again.firstResults!.dir)).toEqual(filesOf(forced.firstResults!.dir));
    expect(countOf(again), added).toBe(countBefore + 1);
    rmSync(forced.scratch, { recursive: true, force: true });
    await expectSearchPageAnswers(again, 'first-parts-again');
  }, 120_000);
});

/** Each file of a folder, by name, as it is. */
function filesOf(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/**
 * Writes `bundle` into `root/name` and expects each prepared word's file to be what the search
 * page's own search (search-shards.ts over the bundle's pagefind.js, every shard merged) finds,
 * byte for byte: the count, and the first page's addresses, excerpts and facts.
 */
async function expectSearchPageAnswers(bundle: SearchBundle, name: string): Promise<void> {
  const out = join(root, name);
  writeSearchBundle(out, bundle);
  const manifest = JSON.parse(readFileSync(join(out, 'pagefind', SHARD_MANIFEST), 'utf8')) as SearchManifest;
  expect(manifest.firstResults?.length).toBeGreaterThan(10);
  const server = await serveStatic(out);
  const pagefind = (await import(pathToFileURL(join(out, 'pagefind/pagefind.js')).href)) as PagefindModule<{ score: number; data(): Promise<ResultData> }> & { destroy(): Promise<void> };
  try {
    const index = await openShardedSearch(pagefind, { bundle: `${server.origin}/pagefind/`, baseUrl: '/', readJson: async (url) => (await fetch(url)).json() });
    for (const word of manifest.firstResults!) {
      const found = await index.search(word, { filters: {}, sort: {} });
      const first = await Promise.all(found.slice(0, RESULTS_PAGE_SIZE).map((r) => r.data()));
      const answer: FirstResults = { query: word, count: found.length, results: first.map(({ url, excerpt, meta }) => ({ url, excerpt, meta })) };
      expect(readFileSync(join(out, 'pagefind', firstResultsPath(word)), 'utf8'), word).toBe(JSON.stringify(answer));
    }
  } finally {
    await pagefind.destroy();
    await server.close();
  }
}
