/**
 * Searches shards for the prepared first pages (./first-results.ts): run by the build in a
 * process of its own (`node first-results-run.ts <job.json>`), so Pagefind's script, the index
 * it loads and the `fetch` it is given here stay out of the build's process. For each shard of
 * the job it opens that shard alone, with the search page's own code (./search-shards.ts) and
 * Pagefind's own script and WebAssembly (the bundle's, read from disk; pagefind.js runs without
 * a worker outside a browser), searches each of its words as the search page searches a shard,
 * and writes the shard's part of each word's results (`ShardPart`) as `<word>.json` into the
 * shard's folder of the job. It prints what it did as a line of JSON.
 *
 * A shard is searched alone, not merged into the bundle's first: Pagefind searches each index
 * of a merged search on its own anyway, and a merged search would search the first shard too.
 * Each shard is searched in a worker thread of its own, one shard after another, with a
 * pagefind.js of its own, as Pagefind keeps its WebAssembly in the module, and a module goes only
 * with its thread: imported in this thread, once a shard, every shard's stayed, and one process
 * searching the 15 shards of 10,000 documents held 390 MiB, against 135 MiB for one shard. Each
 * runs the bundle's WebAssembly, which is the one every shard is searched with in the browser
 * (Pagefind loads one, for the bundle's own index, and its merged indexes share it), whatever
 * the shard's own language.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResultData, ShardPart } from './first-results.ts';
import { RESULTS_PAGE_SIZE } from './search-options.ts';
import { openShard, type PagefindModule, type ShardInfo } from './search-shards.ts';

/** A shard to search, with the folder holding its files, its words, and where to write their parts. */
export interface ShardJob extends ShardInfo {
  dir: string;
  words: string[];
  outDir: string;
}

export interface FirstResultsJob {
  /** Pagefind's script, and the WebAssembly the bundle's search runs on: the bundle's own shard's. */
  script: string;
  wasm: string;
  shards: ShardJob[];
}

/** Where the shards seem to be served from, `<origin><shard id>/`: any address would do, as nothing leaves this process. */
const ORIGIN = 'http://bundle.invalid/';

interface Result {
  score: number;
  data(): Promise<ResultData>;
}

/**
 * A `fetch` that answers the shards' addresses from their folders on disk, as a static host
 * would (a missing file is a 404), and any WebAssembly with the bundle's. Pagefind leaves out,
 * without a word, a file it could not fetch: a file that is there but could not be read would
 * make a word's results wrong, so each such file is added to `unread`, and the job fails on it.
 */
function shardsFromDisk(job: FirstResultsJob, unread: string[]): typeof fetch {
  const dirs = new Map(job.shards.map((s) => [s.id, s.dir]));
  return (async (input: string | URL | Request) => {
    const address = input instanceof Request ? input.url : String(input);
    const [id, ...path] = decodeURIComponent(new URL(address).pathname).slice(1).split('/');
    const name = path.join('/');
    const file = /^wasm\.[\w-]+\.pagefind$/.test(name) ? job.wasm : join(dirs.get(id!)!, name);
    try {
      return new Response(await readFile(file), { headers: { 'content-type': address.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unread.push(`${file}: ${(error as Error).message}`);
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
}

/** One shard's part of the search for `word` (`pagefind` holding that shard alone). */
async function partOf(pagefind: PagefindModule<Result>, word: string): Promise<ShardPart> {
  const options = { filters: {}, sort: {} };
  // Whether the shard holds the word exactly, as search-shards.ts asks it (an exact search finds pages).
  const exact = (await pagefind.search(`"${word}"`, options))?.results ?? [];
  // In Pagefind's order, by score: the order its merge of the shards keeps (search-shards.ts, `byScore`).
  const found = (await pagefind.search(word, options))?.results ?? [];
  const first = await Promise.all(found.slice(0, RESULTS_PAGE_SIZE).map(async (r) => {
    const { url, excerpt, meta } = await r.data();
    return { score: r.score, url, excerpt, meta };
  }));
  return { holds: exact.length > 0, count: found.length, results: first };
}

/** Searches the job's shard `index` for its words, in this thread (a worker's: see `run`); says how many searches. */
async function searchShard(job: FirstResultsJob, index: number): Promise<number> {
  const shard = job.shards[index]!;
  const unread: string[] = [];
  // Pagefind's script fetches its files with the global `fetch` and takes no other: set once,
  // before the script is loaded, in this thread that exists to run it.
  globalThis.fetch = shardsFromDisk(job, unread);
  const pagefind = (await import(pathToFileURL(job.script).href)) as PagefindModule<Result>;
  // Result addresses under `/`, as the prepared files keep them (the search page puts them under its base).
  await openShard(pagefind, shard, { basePath: `${ORIGIN}${encodeURIComponent(shard.id)}/`, baseUrl: '/' });
  for (const word of shard.words) {
    const part = await partOf(pagefind, word);
    if (unread.length) throw new Error(`Pagefind's files could not be read: ${unread.join('; ')}`);
    await writeFile(join(shard.outDir, `${word}.json`), JSON.stringify(part));
  }
  return shard.words.length;
}

/** Searches each shard of the job in a worker thread of its own, one after another. */
async function run(job: FirstResultsJob): Promise<{ searches: number; milliseconds: number; peakBytes: number }> {
  const started = performance.now();
  let searches = 0;
  for (const index of job.shards.keys()) {
    searches += await new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { job, index } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the search of shard ${job.shards[index]!.id} stopped (exit ${code})`)));
    });
  }
  return { searches, milliseconds: Math.round(performance.now() - started), peakBytes: peakResident() };
}

/** This process's peak resident memory (VmHWM), or 0 where /proc has none. */
function peakResident(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

if (isMainThread) {
  const job = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as FirstResultsJob;
  process.stdout.write(`${JSON.stringify(await run(job))}\n`);
} else {
  const { job, index } = workerData as { job: FirstResultsJob; index: number };
  parentPort!.postMessage(await searchShard(job, index));
}
