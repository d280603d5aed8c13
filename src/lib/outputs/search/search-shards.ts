/**
 * The search index in shards, as the build writes it and as the search page reads it: what
 * the bundle's shard list says, and how the shards are searched as one. Pure TypeScript,
 * run in the browser (src/browser/search-page.ts), in the build (src/lib/outputs/search/) and in
 * the tests, so all three agree.
 *
 * Each shard is a Pagefind index of its own, in one language. The first is the bundle's own
 * (Pagefind's script, worker and WebAssembly beside it); the others are merged into it with
 * `mergeIndex`, so the WebAssembly is downloaded once. Pagefind merges the shards' results by
 * score, which is right for relevance (each shard is a random sample of the pages, so the
 * scores are on the same scale) but not for the date orders: there a page's score is its
 * place in its own shard's list of dates. So a search in date order asks each shard alone
 * (each carries a filter naming it), reads each result's day from the shard's list of days
 * (`pcc-dates.json`, fetched only for a search in date order), and merges the shards by day.
 */
import { DATE_SORT_KEY, EXCERPT_LENGTH, type PagefindSearchOptions } from './search-options.ts';

/** The shard list, in the bundle's folder. */
export const SHARD_MANIFEST = 'pcc-shards.json';
/** Each shard's days, in its folder: the day of each place in its date order. */
export const SHARD_DATES = 'pcc-dates.json';
/** The filter each shard carries with its own id, so one shard can be searched alone; never shown. */
export const SHARD_FILTER = 'pcc-shard';

export interface ShardInfo {
  /** `<language>-<number>`, e.g. `en-0`. */
  id: string;
  /** Its folder within the bundle, ending in `/`; `''` for the first, the bundle's own. */
  path: string;
  /** The language of its pages: one per shard. */
  language: string;
  pages: number;
}

/** A shard as the shard list names it, from anything that carries more about it. */
export function toShardInfo({ id, path, language, pages }: ShardInfo): ShardInfo {
  return { id, path, language, pages };
}

export interface SearchManifest {
  /** The first is the bundle's own index, loaded by Pagefind's `init()`; the others are merged into it. */
  shards: ShardInfo[];
  /** The words whose first page of results the build prepared (./first-results.ts), in `pcc-first/<word>.json`. */
  firstResults?: string[];
}

/** A shard's date order, as runs: `counts[i]` pages on `days[i]`, days ascending. */
export interface DayRuns {
  days: string[];
  counts: number[];
}

/**
 * The date order of a shard's pages, given each page's sort day (or none) in the order they
 * were given to Pagefind. Pagefind orders the dated pages by day, ties in that order.
 */
export function toDayRuns(days: Iterable<string | undefined>): DayRuns {
  const counts = new Map<string, number>();
  for (const day of days) if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  return { days: sorted, counts: sorted.map((day) => counts.get(day)!) };
}

/** The day at `position` (from 0) in a shard's date order. */
export function dayAt(runs: DayRuns, position: number): string {
  let end = 0;
  for (const [i, day] of runs.days.entries()) {
    end += runs.counts[i]!;
    if (position < end) return day;
  }
  throw new Error(`No page at place ${position} of a shard's date order of ${end} pages.`);
}

/** The part of Pagefind's browser API used here (pagefind.js has no types of its own). */
export interface PagefindModule<R> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  /** `filters`: for each filter value, how many of the results have it. */
  search(term: string | null, options: PagefindSearchOptions): Promise<{ results: R[]; filters?: Record<string, Record<string, number>> } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface ShardedSearch<R> {
  /** Every page matching, in the order asked for; in a date order, only the dated pages (as Pagefind). */
  search(term: string | null, options: PagefindSearchOptions): Promise<R[]>;
  /** Every filter with its values and how many pages have each, over all shards. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface ShardedSearchOptions {
  /** The bundle's address, absolute, ending in `/`. */
  bundle: string;
  /** The site's base path, which result links start with. */
  baseUrl: string;
  /** Words of each excerpt; EXCERPT_LENGTH unless said. */
  excerptLength?: number;
  /** The shard list, if the caller has it already; else read from the bundle. */
  manifest?: SearchManifest | Promise<SearchManifest>;
  /** Reads a JSON file of the bundle by its absolute address (the shard list, a shard's days). */
  readJson(url: string): Promise<unknown>;
}

/**
 * What Pagefind is told of a shard, the bundle's own or merged: the same for each, so each
 * shard's results are made alike (Pagefind's merged indexes take no excerpt length of the
 * primary's: without it here they would use Pagefind's default).
 */
function shardOptions(shard: ShardInfo, baseUrl: string, excerptLength: number): Record<string, unknown> {
  return { baseUrl, excerptLength, mergeFilter: { [SHARD_FILTER]: shard.id } };
}

/**
 * Opens one shard in `pagefind` (a pagefind.js of its own, not yet initialised) as the search
 * page opens it among the others, so its results (pages, scores, excerpts) are that shard's part
 * of the search page's: the build searches a shard alone this way (./first-results-run.ts).
 * Pagefind searches each index of a merged search on its own, with the WebAssembly of the
 * bundle's own, and merges their results by score (`byScore`); which WebAssembly this one runs
 * is the caller's to give (the bundle's, whatever this shard's language).
 */
export async function openShard<R>(pagefind: PagefindModule<R>, shard: ShardInfo, options: { basePath: string; baseUrl: string; excerptLength?: number }): Promise<void> {
  await pagefind.options({ basePath: options.basePath, ...shardOptions(shard, options.baseUrl, options.excerptLength ?? EXCERPT_LENGTH) });
  await pagefind.init();
}

/**
 * Results of several shards, each in its shard's order, merged as Pagefind merges its indexes'
 * (pagefind.js's `search`: one after another, in the order the indexes were opened, then a
 * stable sort by score, highest first), so results of equal score keep the shards' order.
 */
export function byScore<R extends { score: number }>(perShard: readonly (readonly R[])[]): R[] {
  return perShard.flat().sort((a, b) => b.score - a.score);
}

/** Opens every shard of the bundle in `pagefind` (the bundle's own pagefind.js, not yet initialised) as one search. */
export async function openShardedSearch<R extends { score: number }>(pagefind: PagefindModule<R>, options: ShardedSearchOptions): Promise<ShardedSearch<R>> {
  const { bundle, baseUrl, readJson } = options;
  const manifest = await (options.manifest ?? (readJson(new URL(SHARD_MANIFEST, bundle).href) as Promise<SearchManifest>));
  const [primary, ...merged] = manifest.shards;
  if (!primary) throw new Error('The search index has no shards.');
  const excerptLength = options.excerptLength ?? EXCERPT_LENGTH;
  await pagefind.options({ basePath: bundle, ...shardOptions(primary, baseUrl, excerptLength) });
  await pagefind.init();
  // Merged in the list's order, so results of equal score come in the same order every time.
  await Promise.all(merged.map((shard) => pagefind.mergeIndex(new URL(shard.path, bundle).href, { language: shard.language, ...shardOptions(shard, baseUrl, excerptLength) })));

  const days = new Map<string, Promise<DayRuns>>();
  const daysOf = (shard: ShardInfo) => {
    let runs = days.get(shard.id);
    if (!runs) days.set(shard.id, (runs = readJson(new URL(`${shard.path}${SHARD_DATES}`, bundle).href) as Promise<DayRuns>));
    return runs;
  };

  /** One shard's results for a search, alone. */
  const searchShard = async (shard: ShardInfo, term: string | null, searchOptions: PagefindSearchOptions) => {
    const filters = { ...searchOptions.filters, [SHARD_FILTER]: { any: [shard.id] } };
    return (await pagefind.search(term, { ...searchOptions, filters }))?.results ?? [];
  };

  /**
   * The shards that hold none of the query's words that the site holds. Pagefind, not finding
   * a word among an index's words, falls back to the longest of them that begins the word
   * ("accountability" finding "account"): a single index does that only for a word no page
   * has, but a shard does it for every word that only other shards' pages have. So, for each
   * word some shard holds exactly (an exact search for it finds pages), the shards that do
   * not hold it are left out; a word no shard holds is left to Pagefind, as before. One exact
   * search a word tells which shards hold it: its results' count under each shard's filter.
   */
  const lackingByTerm = new Map<string, Promise<Set<string>>>();
  const shardsLacking = (term: string | null): Promise<Set<string>> => {
    let lacking = lackingByTerm.get(term ?? '');
    if (!lacking) lackingByTerm.set(term ?? '', (lacking = findLacking(term)));
    return lacking;
  };
  const findLacking = async (term: string | null): Promise<Set<string>> => {
    const lacking = new Set<string>();
    const words = (term ?? '').split(/\s+/).filter((w) => w && !w.includes('"'));
    if (words.length === 0 || /"/.test(term ?? '')) return lacking;
    for (const word of new Set(words)) {
      const perShard = (await pagefind.search(`"${word}"`, { filters: {}, sort: {} }))?.filters?.[SHARD_FILTER] ?? {};
      const holding = manifest.shards.map((shard) => (perShard[shard.id] ?? 0) > 0);
      if (!holding.some(Boolean)) continue;
      manifest.shards.forEach((shard, i) => holding[i] || lacking.add(shard.id));
    }
    return lacking;
  };

  return {
    async search(term, searchOptions) {
      const direction = searchOptions.sort[DATE_SORT_KEY];
      const lacking = await shardsLacking(term);
      const shards = manifest.shards.filter((shard) => !lacking.has(shard.id));
      if (!direction) {
        // Pagefind's own merge, by score, when every shard takes part.
        if (shards.length === manifest.shards.length) return (await pagefind.search(term, searchOptions))?.results ?? [];
        return byScore(await Promise.all(shards.map((shard) => searchShard(shard, term, searchOptions))));
      }
      const perShard = await Promise.all(shards.map(async (shard) => {
        const [found, runs] = await Promise.all([searchShard(shard, term, searchOptions), daysOf(shard)]);
        // A page's score in a date order is its place in its shard's order (negated, oldest first).
        return found.map((result) => ({ result, day: dayAt(runs, Math.abs(result.score)) }));
      }));
      const byDay = (a: { day: string }, b: { day: string }) => (direction === 'desc' ? b.day.localeCompare(a.day) : a.day.localeCompare(b.day));
      // A stable sort: pages of one day keep their shard's order, shard by shard.
      return perShard.flat().sort(byDay).map((r) => r.result);
    },
    async filters() {
      const { [SHARD_FILTER]: _shards, ...filters } = await pagefind.filters();
      return filters;
    },
  };
}
