/**
 * Builds the search index with Pagefind's Node API from the site's search entries
 * (src/lib/outputs/search/search-records.ts: each document, inspection and comparison page's own words,
 * language, filters, result facts and sort key), given to Pagefind as custom records, so
 * Pagefind never reads or parses the built HTML. It needs only the loaded content, so the
 * build runs it while Astro renders the pages, and writes the bundle once the pages are written.
 *
 * The index is made in shards (./shard-plan.ts), one after another, each by a Pagefind process of
 * its own that ends before the next starts: the memory it needs is a shard's, not the site's.
 * Each shard's files are kept between builds under the build's cache folder, by a digest of
 * its records, so a rebuild indexes again only the shards whose records changed. The search
 * page searches the shards as one (src/lib/outputs/search/search-shards.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARD_DATES, SHARD_MANIFEST, toDayRuns, toShardInfo, type SearchManifest, type ShardInfo } from './search-shards.ts';
import type { SearchEntry } from './search-records.ts';
import { parsed, planPages, readRecord, spill, type PlannedPage, type SpilledRecord } from './search-spill.ts';
import { INDEX_CHUNK_SIZE, indexShard } from './pagefind-shard.ts';
import { FIRST_RESULTS_DIR, WordCounter } from './first-results.ts';
import { addTree, mirrorLinks, type LinkPlan } from '../../basics/link-tree.ts';
import { counting, countsFile, countWords, keepCounts, keptCounts } from './shard-words.ts';
import { prepareFirstResults, type PreparedFirstResults } from './first-results-build.ts';
import { RECORDS_PER_SHARD, shardCount, shardId, shardOf } from './shard-plan.ts';

/** The folder, under the built site, that holds Pagefind's files. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, which the search page does not use (it has its own
 * markup over Pagefind's API): left out of the bundle so they are never served.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pagefind's code, which only the first shard's folder (the bundle's own) needs. */
const CODE_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** Bump when what a shard's folder holds changes, so no build reuses an older one. */
const SHARD_FORMAT = 1;

export interface SearchIndexOptions {
  /** Where indexed shards are kept between builds; without it, every shard is indexed. */
  cacheDir?: string;
  /**
   * The version of the code that loaded the content (src/lib/content/cache.ts, `codeVersion`):
   * it makes the documents' texts that an entry's `contentKey` stands for. Without it, no
   * shard is found unchanged.
   */
  codeVersion?: string;
  /** Index every shard, reusing none (`astro build --force`). */
  force?: boolean;
  /** The most pages a shard holds (./shard-plan.ts). */
  perShard?: number;
  /** Prepare the commonest words' first page of results (./first-results.ts): the build does; an index made only to be searched in Node need not. */
  firstResults?: boolean;
}

export interface ShardFolder extends ShardInfo {
  /** Its files, written by Pagefind (in the cache, or a temporary folder). */
  dir: string;
  /** Whether this build indexed it (false: last build's files, reused). */
  indexed: boolean;
  /** Peak resident memory of its Pagefind process (0 if reused, or not measured). */
  peakBytes: number;
}

/** A search index in shards, ready to be copied into the built site. */
export interface SearchBundle {
  shards: ShardFolder[];
  /** The first page of results of the commonest words (./first-results.ts), unless left out. */
  firstResults: PreparedFirstResults | undefined;
  /** A folder to remove once the bundle is written. */
  scratch: string;
  /** From the first record to the last shard written. */
  milliseconds: number;
}

export interface SearchIndexReport {
  /** Pages by language. */
  languages: Record<string, number>;
  pages: number;
  shards: number;
  /** Shards indexed by this build; the others were reused. */
  indexed: number;
  /** The highest peak resident memory of one shard's Pagefind process, in bytes. */
  peakBytes: number;
  /** How many words' first page of results was prepared, and whether this build made them (none if left out). */
  firstResults: { words: number; made: boolean; searched: PreparedFirstResults['searched']; milliseconds: number; peakBytes: number } | undefined;
  /** Bytes written into the bundle folder. */
  bytes: number;
  milliseconds: number;
}

/**
 * Indexes the entries `entries()` gives in shards, reusing the unchanged shards kept in
 * `options.cacheDir`; throws with Pagefind's errors. The entries are read twice (so each call
 * must give them afresh, in the same order): once to find which shards changed, without
 * making any document's text, and once to spill the records of those shards alone.
 */
export async function buildSearchBundle(entries: () => Iterable<SearchEntry>, options: SearchIndexOptions = {}): Promise<SearchBundle> {
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'pcc-search-'));
  try {
    const words = new WordCounter();
    const pages = await planPages(entries(), options.codeVersion ?? randomUUID());
    const cache = options.cacheDir ?? join(scratch, 'shards');
    mkdirSync(cache, { recursive: true });
    const version = pagefindVersion();
    const planned = [...planShards(pages, options.perShard)].flatMap(([language, members]) => members.map((members, number) => {
      const shardHash = createHash('sha256').update(JSON.stringify([SHARD_FORMAT, version, INDEX_CHUNK_SIZE, language]));
      for (const page of members) shardHash.update(page.digest);
      const dir = join(cache, shardHash.digest('base64url').slice(0, 32));
      const kept = !options.force && existsSync(join(dir, SHARD_DATES));
      // A kept shard's records are needed only if its word counts were not kept.
      const counts = kept ? keptCounts(dir) : undefined;
      return { id: shardId(language, number), language, members, dir, kept, counts, needsRecords: !kept || counts === undefined };
    }));
    const wanted = new Set(planned.filter((shard) => shard.needsRecords).flatMap((shard) => shard.members.map((page) => page.url)));
    const records = wanted.size ? await spill(entries(), join(scratch, 'records.jsonl'), (url) => wanted.has(url)) : new Map<string, SpilledRecord>();
    const shards: ShardFolder[] = [];
    /** Last build's copies of shards indexed again, being removed. */
    const removals: Promise<void>[] = [];
    const fd = wanted.size ? openSync(join(scratch, 'records.jsonl'), 'r') : undefined;
    try {
      for (const { id, language, members, dir, kept, counts } of planned) {
        const info = { id, path: '', language, pages: members.length };
        const lines = () => members.map((page) => readRecord(fd!, records.get(page.url)!));
        if (kept) {
          words.addCounts(counts ?? keepCounts(dir, countWords(parsed(lines()))));
          shards.push({ ...info, dir, indexed: false, peakBytes: 0 });
          continue;
        }
          const staging = mkdtempSync(join(cache, '.staging-'));
          const counter = new WordCounter();
          const { peakBytes } = await indexShard(counting(parsed(lines()), counter), staging);
          checkWritten(staging, language, members.length, id);
          writeFileSync(join(staging, SHARD_DATES), JSON.stringify(toDayRuns(members.map((page) => page.day))));
          if (existsSync(dir)) {
            // Last build's copy of the shard (`astro build --force`): moved aside, and removed
            // while the pages go on rendering. Removed where it was, its 1,000 pages' files took
            // the build's main thread 1.5 s at 10,000 documents.
            const aside = `${staging}.old`;
            renameSync(dir, aside);
            removals.push(rm(aside, { recursive: true, force: true }));
          }
          renameSync(staging, dir);
          words.addCounts(keepCounts(dir, counter.counts()));
          shards.push({ ...info, dir, indexed: true, peakBytes });
      }
    } finally {
      if (fd !== undefined) closeSync(fd);
      await Promise.allSettled(removals);
    }
    // The bundle's own shard comes first: English if there is any.
    shards.sort((a, b) => Number(b.language === 'en') - Number(a.language === 'en'));
    shards.forEach((shard, i) => (shard.path = i === 0 ? '' : `${shard.id}/`));
    const firstResults = options.firstResults === false ? undefined : await prepareFirstResults(shards, words.commonest(), cache, options.force);
    // Last build's shards (their word counts, first results and parts) that this one did not use are of no further use.
    const used = new Set([...shards.flatMap((s) => [s.dir, countsFile(s.dir)]), ...(firstResults ? [firstResults.dir, ...firstResults.parts] : [])]);
    for (const name of readdirSync(cache)) if (!used.has(join(cache, name))) rmSync(join(cache, name), { recursive: true, force: true });
    rmSync(join(scratch, 'records.jsonl'), { force: true });
    return { shards, firstResults, scratch, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Each language's shards, each a list of its pages in the order they came. */
function planShards(records: PlannedPage[], perShard = RECORDS_PER_SHARD): Map<string, PlannedPage[][]> {
  const byLanguage = new Map<string, PlannedPage[]>();
  for (const record of records) {
    const pages = byLanguage.get(record.language);
    if (pages) pages.push(record);
    else byLanguage.set(record.language, [record]);
  }
  const plan = new Map<string, PlannedPage[][]>();
  // A site with nothing to index yet still gets one (empty) shard, so the search page finds
  // Pagefind's script and says there are no results rather than failing to load.
  if (records.length === 0) plan.set('en', [[]]);
  for (const language of [...byLanguage.keys()].sort()) {
    const pages = byLanguage.get(language)!;
    const shards: PlannedPage[][] = Array.from({ length: shardCount(pages.length, perShard) }, () => []);
    for (const page of pages) shards[shardOf(page.url, shards.length)]!.push(page);
    plan.set(language, shards.filter((s) => s.length > 0));
  }
  return plan;
}

/** Stops if Pagefind left out a page or split the shard by language: the shard's days would then not match its date order. */
function checkWritten(dir: string, language: string, pages: number, id: string): void {
  const { languages } = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const counts = Object.entries(languages).map(([lang, l]) => `${l.page_count} in ${lang}`).join(', ');
  const empty = pages === 0 && Object.values(languages).every((l) => l.page_count === 0);
  if (!empty && (languages[language]?.page_count !== pages || Object.keys(languages).length !== 1)) {
    throw new Error(`Pagefind indexed ${counts} of shard ${id}'s ${pages} pages in ${language}.`);
  }
  for (const name of readdirSync(dir)) if (UNUSED_FILES.test(name)) rmSync(join(dir, name));
}

/** Pagefind's version, which its files depend on. */
function pagefindVersion(): string {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Copies a bundle's shards into `siteDir/pagefind/`, replacing what was there, with the shard list, and says what it holds. */
export function writeSearchBundle(siteDir: string, bundle: SearchBundle): SearchIndexReport {
  const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
  let bytes = 0;
  try {
    // Pagefind's script and WebAssembly once, in the first shard's folder, the bundle's own.
    const plan: LinkPlan = new Map();
    for (const shard of bundle.shards) addTree(plan, shard.dir, shard.path, (name) => shard.path === '' || !CODE_FILES.test(name));
    if (bundle.firstResults) addTree(plan, bundle.firstResults.dir, FIRST_RESULTS_DIR);
    // The manifest is not in the plan, so the mirror removes last build's, and it is written again.
    bytes = mirrorLinks(outputPath, plan).bytes;
    const manifest: SearchManifest = { shards: bundle.shards.map(toShardInfo), firstResults: bundle.firstResults?.words ?? [] };
    const text = JSON.stringify(manifest);
    writeFileSync(join(outputPath, SHARD_MANIFEST), text);
    bytes += Buffer.byteLength(text);
  } finally {
    rmSync(bundle.scratch, { recursive: true, force: true });
  }
  const languages: Record<string, number> = {};
  for (const shard of bundle.shards) languages[shard.language] = (languages[shard.language] ?? 0) + shard.pages;
  return {
    languages,
    pages: Object.values(languages).reduce((a, b) => a + b, 0),
    shards: bundle.shards.length,
    indexed: bundle.shards.filter((s) => s.indexed).length,
    peakBytes: Math.max(0, ...bundle.shards.map((s) => s.peakBytes)),
    firstResults: bundle.firstResults && { ...bundle.firstResults, words: bundle.firstResults.words.length },
    bytes,
    milliseconds: bundle.milliseconds,
  };
}
