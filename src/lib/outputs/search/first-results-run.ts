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
import { EXCERPT_LENGTH, RESULTS_PAGE_SIZE, type FirstResults, type ResultData } from './first-results.ts';
import { openShardedSearch, type PagefindModule, type ShardInfo } from './search-shards.ts';

export interface FirstResultsJob {
  /** The shards, in the bundle's order, each with the folder holding its files. */
  shards: (ShardInfo & { dir: string })[];
  words: string[];
  /** Where to write `<word>.json`. */
  outDir: string;
}

/** The heap's size above which the process collects its garbage between two words. */
const COLLECT_ABOVE = 64 * 2 ** 20;

/** Where the bundle seems to be served from: any address would do, as nothing leaves this process. */
const BUNDLE = 'http://bundle.invalid/pagefind/';

interface Result {
  score: number;
  data(): Promise<ResultData>;
}

async function run(job: FirstResultsJob): Promise<{ words: number; milliseconds: number; peakBytes: number }> {
  const started = performance.now();
  /** The file behind a bundle address: in the shard whose folder is the longest match. */
  const fileOf = (address: string) => {
    const path = new URL(address).pathname.slice(new URL(BUNDLE).pathname.length);
    const shard = job.shards.filter((s) => path.startsWith(s.path)).sort((a, b) => b.path.length - a.path.length)[0]!;
    return join(shard.dir, decodeURIComponent(path.slice(shard.path.length)));
  };
  // Pagefind leaves out, without a word, a file it could not fetch: a file that is there but
  // could not be read would make a word's results wrong, so it fails the whole job instead.
  const unread: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request) => {
    const address = input instanceof Request ? input.url : String(input);
    try {
      return new Response(await readFile(fileOf(address)), { headers: { 'content-type': address.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
    } catch (error) {
      // Not there: what a static host answers.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unread.push(`${fileOf(address)}: ${(error as Error).message}`);
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(join(job.shards[0]!.dir, 'pagefind.js')).href)) as PagefindModule<Result>;
  const manifest = { shards: job.shards.map(({ id, path, language, pages }) => ({ id, path, language, pages })) };
  const search = await openShardedSearch(pagefind, {
    bundle: BUNDLE,
    baseUrl: '/',
    excerptLength: EXCERPT_LENGTH,
    readJson: async (address) => (address.endsWith('/pcc-shards.json') ? manifest : JSON.parse(await readFile(fileOf(address), 'utf8'))),
  });
  for (const word of job.words) {
    const results = await search.search(word, { filters: {}, sort: {} });
    const first = await Promise.all(results.slice(0, RESULTS_PAGE_SIZE).map((r) => r.data()));
    if (unread.length) throw new Error(`Pagefind's files could not be read: ${unread.join('; ')}`);
    const prepared: FirstResults = { query: word, count: results.length, results: first.map(({ url, excerpt, meta }) => ({ url, excerpt, meta })) };
    await writeFile(join(job.outDir, `${word}.json`), JSON.stringify(prepared));
    // A common word's search makes tens of megabytes of results; collected once they are
    // many, the process stays near one search's size (at 10,000 documents, 690 MiB at most
    // against 990). Not after every word: on a small site that was half the process's time.
    if (process.memoryUsage().heapUsed > COLLECT_ABOVE) (globalThis as { gc?: () => void }).gc?.();
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
