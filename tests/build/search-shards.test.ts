/**
 * Search in shards finds what a single index finds (issue 14): on each fixture site's
 * content, the index is built twice with the build's own code, once as a single index and
 * once split into about four shards, and the same searches are run on both, each with the
 * site's own pagefind.js opened as the search page opens it (src/lib/search-shards.ts).
 *
 * What must be the same: the pages found by every search (words, filters, both), how many,
 * every filter's counts, and in a date order the day of each place in the list. What may
 * differ, and why: in order of relevance, Pagefind scores a page against its own shard's
 * word statistics (how many pages hold the word, their average length), which differ a
 * little from the whole site's, so pages of near-equal score can trade places; the test
 * measures that and bounds it. In a date order, pages of the same day come shard by shard.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { SEARCH_FILTER_KEYS, toPagefindOptions, type SearchState } from '../../src/lib/search.ts';
import { openShardedSearch, SHARD_MANIFEST, type PagefindModule, type SearchManifest } from '../../src/lib/search-shards.ts';
import { createSite } from '../../src/lib/site.ts';
import { toSearchEntries } from '../../src/lib/views/search.ts';
import { buildSearchBundle, writeSearchBundle } from '../../src/search-index/index.ts';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { awkwardEdits } from '../support/awkward.ts';
import { serveStatic } from '../support/browser.ts';
import { FIXTURE_SITE_EDITS } from '../support/fixture-site.ts';
import { generateContent } from '../support/generate.ts';
import { CONTENT } from '../support/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-shards-'));
afterAll(() => {
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
  score: number;
  data(): Promise<{ url: string }>;
}

/** Builds the search index of the content in `contentDir` with at most `perShard` pages a shard, and opens it. */
async function buildIndex(contentDir: string, name: string, perShard: number): Promise<Index> {
  const { corpus } = loadContent(contentDir, contentDir);
  const site = createSite(corpus, { base: '/', siteUrl: undefined, fileDates: new Map() });
  const days = new Map([...toSearchEntries(site)].map((e) => [e.url, e.sort[0]?.value]));
  const out = join(root, name);
  writeSearchBundle(out, await buildSearchBundle(toSearchEntries(site), { perShard }));
  const manifest = JSON.parse(readFileSync(join(out, 'pagefind', SHARD_MANIFEST), 'utf8')) as SearchManifest;
  const server = await serveStatic(out);
  const pagefind = (await import(pathToFileURL(join(out, 'pagefind/pagefind.js')).href)) as PagefindModule<Result> & { destroy(): Promise<void> };
  const index = await openShardedSearch(pagefind, { bundle: `${server.origin}/pagefind/`, baseUrl: '/', readJson: async (url) => (await fetch(url)).json() });
  return {
    async search(state) {
      const found = await index.search(state.query || null, toPagefindOptions(state));
      return Promise.all(found.map(async (r) => {
        const { url } = await r.data();
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
  const { corpus } = loadContent(contentDir, contentDir);
  const counts = new Map<string, number>();
  const texts = [...corpus.responses.map((r) => r.html), ...corpus.inspections.map((i) => i.html)];
  for (const text of texts) {
    for (const word of new Set(text.replace(/<[^>]+>/g, ' ').toLowerCase().match(/\p{L}{4,}/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rare = byCount.filter(([, n]) => n <= 2);
  return [...byCount.slice(0, 25), ...rare.filter((_, i) => i % Math.max(1, Math.floor(rare.length / 15)) === 0).slice(0, 15)].map(([w]) => w);
}

const generated = join(root, 'generated-content');
generateContent(generated);
const SITES = [
  { name: 'shipped', dir: CONTENT },
  { name: 'generated', dir: generated },
  { name: 'fixture', dir: makeContent(FIXTURE_SITE_EDITS).dir },
  { name: 'awkward', dir: makeContent(awkwardEdits()).dir },
];

describe.each(SITES)('the $name content, as one index and in shards', ({ name, dir }) => {
  test('finds the same pages, counts and days for every search, and ranks them alike but for near-equal scores', async () => {
    const single = await buildIndex(dir, `${name}-single`, Number.MAX_SAFE_INTEGER);
    const all = await single.search({ query: '', filters: {}, sort: 'relevance' });
    const sharded = await buildIndex(dir, `${name}-shards`, Math.ceil(all.length / 4));
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
