/**
 * Makes the prepared first pages (./first-results.ts): run by the build in a process of its own
 * (`node first-results-run.ts <job.json>`), so Pagefind's script, the index it loads and the
 * `fetch` it is given here stay out of the build's process. It opens the finished shards with
 * the search page's own code (./search-shards.ts) and Pagefind's own script and WebAssembly
 * (the bundle's pagefind.js, which runs without a worker outside a browser), reading the
 * bundle's files from disk, searches each word as the page would, and writes `<word>.json` into
 * the job's folder. It prints what it did as a line of JSON.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FirstResults, ResultData } from './first-results.ts';
import { RESULTS_PAGE_SIZE } from './search-options.ts';
import { openShardedSearch, toShardInfo, type PagefindModule, type ShardInfo } from './search-shards.ts';

export interface FirstResultsJob {
  /** The shards, in the bundle's order, each with the folder holding its files. */
  shards: (ShardInfo & { dir: string })[];
  words: string[];
  /** Where to write `<word>.json`. */
  outDir: string;
}

/** Where the bundle seems to be served from: any address would do, as nothing leaves this process. */
const BUNDLE = 'http://bundle.invalid/pagefind/';

interface Result {
  score: number;
  data(): Promise<ResultData>;
}

/**
 * A `fetch` that answers the bundle's addresses from the shards' folders on disk, as a static
 * host would (a missing file is a 404). Pagefind leaves out, without a word, a file it could not
 * fetch: a file that is there but could not be read would make a word's results wrong, so each
 * such file is added to `unread`, and the job fails on it.
 */
function bundleFromDisk(shards: FirstResultsJob['shards'], unread: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    const address = input instanceof Request ? input.url : String(input);
    const file = fileOf(shards, address);
    try {
      return new Response(await readFile(file), { headers: { 'content-type': address.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unread.push(`${file}: ${(error as Error).message}`);
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
}

/** The file behind a bundle address: in the shard whose folder is the longest match. */
function fileOf(shards: FirstResultsJob['shards'], address: string): string {
  const path = new URL(address).pathname.slice(new URL(BUNDLE).pathname.length);
  const shard = shards.filter((s) => path.startsWith(s.path)).sort((a, b) => b.path.length - a.path.length)[0]!;
  return join(shard.dir, decodeURIComponent(path.slice(shard.path.length)));
}

async function run(job: FirstResultsJob): Promise<{ words: number; milliseconds: number; peakBytes: number }> {
  const started = performance.now();
  const unread: string[] = [];
  // Pagefind's script fetches its files with the global `fetch` and takes no other: set once,
  // before the script is loaded, in this process that exists to run it.
  globalThis.fetch = bundleFromDisk(job.shards, unread);
  const pagefind = (await import(pathToFileURL(join(job.shards[0]!.dir, 'pagefind.js')).href)) as PagefindModule<Result>;
  const search = await openShardedSearch(pagefind, {
    bundle: BUNDLE,
    baseUrl: '/',
    manifest: { shards: job.shards.map(toShardInfo) },
    readJson: async (address) => JSON.parse(await readFile(fileOf(job.shards, address), 'utf8')),
  });
  for (const word of job.words) {
    const results = await search.search(word, { filters: {}, sort: {} });
    const first = await Promise.all(results.slice(0, RESULTS_PAGE_SIZE).map((r) => r.data()));
    if (unread.length) throw new Error(`Pagefind's files could not be read: ${unread.join('; ')}`);
    const prepared: FirstResults = { query: word, count: results.length, results: first.map(({ url, excerpt, meta }) => ({ url, excerpt, meta })) };
    await writeFile(join(job.outDir, `${word}.json`), JSON.stringify(prepared));
  }
  return { words: job.words.length, milliseconds: Math.round(performance.now() - started), peakBytes: peakResident() };
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

const job = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as FirstResultsJob;
process.stdout.write(`${JSON.stringify(await run(job))}\n`);
