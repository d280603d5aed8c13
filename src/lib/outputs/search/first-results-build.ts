/**
 * The build's side of the prepared first pages (./first-results.ts): once every shard is
 * indexed, runs ./first-results-run.ts in a Node process of its own over the shards' files,
 * and keeps what it writes in the search cache beside the shards, by a digest of the shards
 * and the words, so a build whose index is unchanged reuses it. Any change to any shard makes
 * them again: a word's count and order depend on every shard.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FirstResultsJob } from './first-results-run.ts';
import { EXCERPT_LENGTH, RESULTS_PAGE_SIZE } from './search-options.ts';
import { toShardInfo, type ShardInfo } from './search-shards.ts';

/** Bump when what the prepared files hold, or how they are made, changes. */
const FIRST_RESULTS_FORMAT = 1;

/** The cache's folders of prepared first pages start with this; the shards' never do. */
const FIRST_RESULTS_PREFIX = 'first-';

export interface PreparedFirstResults {
  /** The folder holding `<word>.json`, in the cache. */
  dir: string;
  /** The words prepared, the commonest first. */
  words: string[];
  /** Whether this build made them (false: the last build's, reused). */
  made: boolean;
  milliseconds: number;
  /** Peak resident memory of the processes that made them, together (0 if reused). */
  peakBytes: number;
}

/** Prepares the first page of results for each of `words` over `shards` (in the bundle's order, paths set), in `cacheDir`. */
export async function prepareFirstResults(shards: readonly (ShardInfo & { dir: string })[], words: readonly string[], cacheDir: string, force = false): Promise<PreparedFirstResults> {
  const started = performance.now();
  const digest = createHash('sha256')
    .update(JSON.stringify([FIRST_RESULTS_FORMAT, RESULTS_PAGE_SIZE, EXCERPT_LENGTH, words, shards.map((s) => [s.id, s.path, s.language, basename(s.dir)])]))
    .digest('base64url').slice(0, 32);
  const dir = join(cacheDir, `${FIRST_RESULTS_PREFIX}${digest}`);
  if (!force && existsSync(dir)) return { dir, words: [...words], made: false, milliseconds: 0, peakBytes: 0 };
  const staging = mkdtempSync(join(cacheDir, '.staging-'));
  try {
    // The words dealt out in turn, so each process gets as many of the commonest (the dearest).
    // A site with no words yet (nothing indexed) needs no process.
    const count = Math.min(processesFor(shards), words.length);
    const jobs = Array.from({ length: count }, (_, k) => {
      const job: FirstResultsJob = { shards: shards.map((s) => ({ ...toShardInfo(s), dir: s.dir })), words: words.filter((_, i) => i % count === k), outDir: staging };
      const jobFile = join(staging, `.job-${k}.json`);
      writeFileSync(jobFile, JSON.stringify(job));
      return runJob(jobFile);
    });
    // Every process ends before the folder goes, whichever fails.
    const ran = await Promise.allSettled(jobs);
    const failed = ran.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    // They run at the same time: their peaks add up.
    const peakBytes = ran.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value.peakBytes : 0), 0);
    for (let k = 0; k < count; k++) rmSync(join(staging, `.job-${k}.json`));
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    return { dir, words: [...words], made: true, milliseconds: Math.round(performance.now() - started), peakBytes };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * How many processes share the words: two where there are two cores and more than one shard
 * (a language of more than 2,000 pages, or two languages): at 10,000 documents the words take
 * 5 to 8 s after the last shard, while a rebuild waits. One for a single shard, whose 50 words
 * take under a second.
 */
function processesFor(shards: readonly ShardInfo[]): number {
  return shards.length > 1 ? Math.min(2, availableParallelism()) : 1;
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
