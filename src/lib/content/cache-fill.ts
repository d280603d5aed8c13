/**
 * Fills the content cache (./cache.ts) from processes of their own before a load that would
 * otherwise do each file's own work itself: a build from nothing, the first after a change of
 * code or packages, or after a large import. Each process takes a share of the files that have
 * no record (`cacheFilesAlone` in ./load.ts, run by ./cache-fill-run.ts), and the load that
 * follows finds them done, as after any build.
 *
 * Why processes, and not the load alone: its work on each file leaves memory behind. At 10,000
 * documents, C's allocator (glibc's heap, under V8's) had grown to about 270 MiB by the end of
 * a load from nothing, and kept it while every page rendered, for a third of the build's own
 * process; a load from a filled cache leaves 12 to 14 MiB there. A process that ends gives all
 * of it back. And the shares run side by side, one a core.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, recordName } from './cache.ts';
import { listContentFiles } from './content-files.ts';

/** What one filling process is asked to do. */
export interface CacheFillJob {
  contentDir: string;
  cacheDir: string;
  root: string;
  files: string[];
}

/** What was filled: how many files, by how many processes, how long it took, and what failed. */
export interface CacheFill {
  files: number;
  processes: number;
  ms: number;
  /** Each failed process's error; the load then does those files itself. */
  failures: string[];
}

/**
 * Fewer files than this without a record are left to the load: starting a process takes
 * about 0.3 s, in which the load does the work of some 200 files itself.
 */
const FILL_FROM = 1000;

/** Each process gets at least this many files. */
const FILES_PER_PROCESS = 500;

/**
 * Fills the cache under `cacheDir` (as `openContentCache` opens it) for the files of the
 * content folder at `contentDir` that have no record, when there are at least `from` of them;
 * null when there was nothing to fill (or no cache). Files whose record is out of date are the
 * load's: they are few, unless the code changed, which starts a new folder with no records.
 */
export async function fillContentCache({ contentDir, cacheDir, root, from = FILL_FROM }: { contentDir: string; cacheDir: string; root: string; from?: number }): Promise<CacheFill | null> {
  const folder = cacheFolder(cacheDir, root);
  if (!folder) return null;
  const recorded = new Set(existsSync(folder) ? readdirSync(folder) : []);
  const files = listContentFiles(contentDir, root).filter((file) => !recorded.has(recordName(file)));
  if (files.length === 0 || files.length < from) return null;
  const started = performance.now();
  const processes = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_PROCESS)));
  const jobs = mkdtempSync(join(tmpdir(), 'pcc-cache-fill-'));
  try {
    const ran = await Promise.allSettled(Array.from({ length: processes }, (_, index) => {
      // Every n-th file, so each share has as many long and short files, from every folder.
      const job: CacheFillJob = { contentDir, cacheDir, root, files: files.filter((_, position) => position % processes === index) };
      const jobFile = join(jobs, `${index}.json`);
      writeFileSync(jobFile, JSON.stringify(job));
      return runFill(jobFile);
    }));
    const failures = ran.flatMap((result) => (result.status === 'rejected' ? [String((result.reason as Error).message ?? result.reason)] : []));
    return { files: files.length, processes, ms: Math.round(performance.now() - started), failures };
  } finally {
    rmSync(jobs, { recursive: true, force: true });
  }
}

/** Runs one job in a Node process of its own (this Node); rejects with what it printed if it fails. */
function runFill(jobFile: string): Promise<void> {
  const program = fileURLToPath(new URL('./cache-fill-run.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', program, jobFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`a process filling the content cache failed (${signal ?? `exit ${code}`}): ${errorLine(err)}`));
    });
  });
}

/** The line of a Node process's error output that says what went wrong (Node prints the code around it, the stack and its version after it). */
function errorLine(output: string): string {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines[0] ?? 'no error printed';
}
