/**
 * The build's side of the prepared first pages (./first-results.ts). A word's results are made
 * of each shard's part (`ShardPart`: whether it holds the word, its count and its first
 * results), which depends only on that shard's index: so each shard's parts are kept in the
 * search cache beside the shards, in a folder named by a digest of the shard's own (and of what
 * else a part depends on), one file a word. Once every shard is indexed, the parts not kept
 * (a shard indexed again, a word new to the list, or all of them in a forced build) are made
 * by ./first-results-run.ts in Node processes of their own, each opening only the shards it
 * searches; then each word's file is made from its shards' parts, in the shard list's order,
 * as the search page's search merges them (`fromShardParts`), into a folder kept by a digest
 * of the words and the parts, which a build whose index is unchanged reuses as it is.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromShardParts, type ShardPart } from './first-results.ts';
import type { FirstResultsJob, ShardJob } from './first-results-run.ts';
import { EXCERPT_LENGTH, RESULTS_PAGE_SIZE } from './search-options.ts';
import { toShardInfo, type ShardInfo } from './search-shards.ts';

/** Bump when what the prepared files or the shards' parts hold, or how they are made, changes. */
const FIRST_RESULTS_FORMAT = 2;

/** The cache's folders of prepared first pages start with this; the shards' never do. */
const FIRST_RESULTS_PREFIX = 'first-';
/** The cache's folders of a shard's parts start with this. */
const PARTS_PREFIX = 'parts-';

export interface PreparedFirstResults {
  /** The folder holding `<word>.json`, in the cache. */
  dir: string;
  /** The folders of the shards' parts it was made from, in the cache. */
  parts: string[];
  /** The words prepared, the commonest first. */
  words: string[];
  /** Whether this build made them (false: the last build's, reused). */
  made: boolean;
  /** The shards this build searched (the others' parts were kept), and how many searches of a word in a shard it made, of how many parts. */
  searched: { shards: string[]; parts: number; of: number };
  milliseconds: number;
  /** Peak resident memory of the processes that made them, together (0 if none ran). */
  peakBytes: number;
}

/** Prepares the first page of results for each of `words` over `shards` (in the bundle's order, paths set), in `cacheDir`. */
export async function prepareFirstResults(shards: readonly (ShardInfo & { dir: string })[], words: readonly string[], cacheDir: string, force = false): Promise<PreparedFirstResults> {
  const started = performance.now();
  const wasm = bundleWasm(shards[0]!.dir);
  const parts = shards.map((shard) => join(cacheDir, `${PARTS_PREFIX}${digestOf([FIRST_RESULTS_FORMAT, RESULTS_PAGE_SIZE, EXCERPT_LENGTH, wasm, basename(shard.dir)])}`));
  const dir = join(cacheDir, `${FIRST_RESULTS_PREFIX}${digestOf([FIRST_RESULTS_FORMAT, words, shards.map((s, i) => [s.id, s.path, s.language, basename(parts[i]!)])])}`);
  const of = words.length * shards.length;
  if (!force && existsSync(dir)) return { dir, parts, words: [...words], made: false, searched: { shards: [], parts: 0, of }, milliseconds: 0, peakBytes: 0 };
  // Each shard's words whose part is not kept.
  const missing = shards.map((_, i) => words.filter((word) => force || !existsSync(partFile(parts[i]!, word))));
  const staging = mkdtempSync(join(cacheDir, '.staging-'));
  try {
    const peakBytes = await searchShards(shards, missing, join(shards[0]!.dir, 'pagefind.js'), join(shards[0]!.dir, wasm), staging);
    // Each new part into its shard's folder, file by file (each file whole or not there).
    for (const [i, words] of missing.entries()) {
      if (words.length) mkdirSync(parts[i]!, { recursive: true });
      for (const word of words) renameSync(partFile(join(staging, String(i)), word), partFile(parts[i]!, word));
    }
    const assembled = join(staging, 'first');
    mkdirSync(assembled);
    for (const word of words) {
      const wordParts = parts.map((folder) => JSON.parse(readFileSync(partFile(folder, word), 'utf8')) as ShardPart);
      writeFileSync(join(assembled, `${word}.json`), JSON.stringify(fromShardParts(word, wordParts)));
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(assembled, dir);
    rmSync(staging, { recursive: true, force: true });
    // A shard's parts for words no longer among the commonest are of no further use.
    const wanted = new Set(words.map((word) => `${word}.json`));
    for (const folder of parts) if (existsSync(folder)) for (const name of readdirSync(folder)) if (!wanted.has(name)) rmSync(join(folder, name));
    const searchedShards = shards.filter((_, i) => missing[i]!.length).map((s) => s.id);
    const searches = missing.reduce((sum, m) => sum + m.length, 0);
    return { dir, parts, words: [...words], made: true, searched: { shards: searchedShards, parts: searches, of }, milliseconds: Math.round(performance.now() - started), peakBytes };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}

function partFile(folder: string, word: string): string {
  return join(folder, `${word}.json`);
}

/**
 * The WebAssembly every shard is searched with: the one Pagefind loads for the bundle's own
 * index (its first shard's, of its one language; `unknown` for a language Pagefind cannot stem),
 * which the merged shards share. A shard's results depend on it, so its parts are kept by it.
 */
function bundleWasm(firstShard: string): string {
  const { languages } = JSON.parse(readFileSync(join(firstShard, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null; page_count: number }> };
  const index = Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  return `wasm.${index?.wasm ?? 'unknown'}.pagefind`;
}

/**
 * Searches each shard for its `missing` words in Node processes of their own, writing the parts
 * into `staging/<the shard's place>/`; resolves with the processes' peak memory, together.
 * The searches (a word in a shard) are dealt out in turn, shard by shard, so each process gets
 * as many of each shard's commonest words (the dearest) and opens only the shards it searches.
 */
async function searchShards(shards: readonly (ShardInfo & { dir: string })[], missing: string[][], script: string, wasm: string, staging: string): Promise<number> {
  const searches = missing.flatMap((words, i) => words.map((word) => ({ shard: i, word })));
  // Nothing to search (every part kept, or no words yet) needs no process.
  const count = Math.min(processesFor(shards, searches), searches.length);
  for (const [i, words] of missing.entries()) if (words.length) mkdirSync(join(staging, String(i)));
  const jobs = Array.from({ length: count }, (_, k) => {
    const mine = searches.filter((_, j) => j % count === k);
    const jobShards: ShardJob[] = shards.map((shard, i) => ({ ...toShardInfo(shard), dir: shard.dir, words: mine.filter((s) => s.shard === i).map((s) => s.word), outDir: join(staging, String(i)) }));
    const job: FirstResultsJob = { script, wasm, shards: jobShards.filter((s) => s.words.length) };
    const jobFile = join(staging, `.job-${k}.json`);
    writeFileSync(jobFile, JSON.stringify(job));
    return runJob(jobFile);
  });
  // Every process ends before the folder goes, whichever fails.
  const ran = await Promise.allSettled(jobs);
  const failed = ran.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  // They run at the same time: their peaks add up.
  return ran.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value.peakBytes : 0), 0);
}

/**
 * How many processes share the searches. A rebuild that indexed one or two shards again searches
 * only those, and the build waits for it once its pages are written: two processes there, where
 * there are two cores and the index has more than one shard (a site of more than 1,000 pages,
 * or two languages), halve the wait. A build that searches more shards does it while its pages
 * still render, and does not wait for it: one process there, as two would each hold about as
 * much memory as one does alone (at 10,000 documents, the 50 words over all 15 shards took one
 * process 9.2 s and 410 MiB, two 6.7 s and 629 MiB together).
 */
function processesFor(shards: readonly ShardInfo[], searches: readonly { shard: number }[]): number {
  const searched = new Set(searches.map((search) => search.shard)).size;
  return shards.length > 1 && searched <= 2 && searches.length > 1 ? Math.min(2, availableParallelism()) : 1;
}

/** Runs the job in a Node process of its own (this Node); resolves with what it printed, rejects with its errors. */
function runJob(jobFile: string): Promise<{ peakBytes: number }> {
  const program = fileURLToPath(new URL('./first-results-run.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', program, jobFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as { peakBytes: number });
      else reject(new Error(`preparing the first results of common words failed (exit ${code}): ${err.trim() || out.trim()}`));
    });
  });
}
