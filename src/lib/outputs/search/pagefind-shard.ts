/**
 * One shard indexed by one Pagefind process. Pagefind's Node API runs a single process
 * (`pagefind --service`, spawned by the first `createIndex`) until `close()`, which kills it
 * (SIGTERM) without waiting; the next `createIndex` spawns a new one. So each shard gets a
 * fresh process that holds only that shard, and this waits for the process to be gone before
 * the next starts, so two shards' memory is never held at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';

/** How many records are on their way to Pagefind at once: enough to keep its process busy, few enough to hold little text. */
const IN_FLIGHT = 64;

export interface IndexedShard {
  /** The highest resident memory of the shard's Pagefind process, in bytes (Linux; 0 elsewhere). */
  peakBytes: number;
}

/** Indexes `records` (in this order) with a new Pagefind process and writes its files into `outputPath`; throws with Pagefind's errors. */
export async function indexShard(records: Iterable<pagefind.CustomRecord>, outputPath: string): Promise<IndexedShard> {
  let pid: number | undefined;
  try {
    const { index, errors } = await withChunkSize(() => pagefind.createIndex({}));
    if (!index) throw new Error(errors.join('; '));
    pid = pagefindProcess();
    const pending = new Set<Promise<void>>();
    const failed: string[] = [];
    for (const record of records) {
      const added: Promise<void> = index.addCustomRecord(record).then(
        (response) => {
          if (response.errors.length) failed.push(`${record.url}: ${response.errors.join('; ')}`);
        },
        (error: unknown) => void failed.push(`${record.url}: ${String(error)}`),
      ).finally(() => pending.delete(added));
      pending.add(added);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    if (failed.length) throw new Error(failed.join('; '));
    // Pagefind's own process writes the files: fetching them with getFiles() instead would
    // pass the whole shard through this process as base64 JSON.
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { peakBytes: pid ? peakResidentBytes(pid) : 0 };
  } finally {
    await pagefind.close();
    if (pid) await gone(pid);
  }
}

/**
 * How many word places an index file of a shard holds (Pagefind's default: 20,000). A search
 * downloads, from each shard, the file holding each word it asks for, with the words around
 * it: with the default, each shard's file spans about as many words as a single index's file
 * of the whole site does, so a site in 15 shards would download 15 files' worth for a word.
 * With shards of 1,000 pages (./shard-plan.ts), a tenth of the default keeps the words
 * downloaded near a single index's: for a rare word at 10,000 documents, 82 KB of index files
 * from 15 shards, against 81 KB from 8 shards of 2,000 pages with a fifth (docs/performance.md).
 */
export const INDEX_CHUNK_SIZE = 4000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Runs `create` (which spawns Pagefind's process, at once) with the chunk size in the
 * environment the process inherits: Pagefind takes it only from there.
 */
function withChunkSize<T>(create: () => T): T {
  const before = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
  try {
    return create();
  } finally {
    if (before === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = before;
  }
}

/** The Pagefind process this one started, found among its children (Linux's /proc; undefined elsewhere). */
function pagefindProcess(): number | undefined {
  const tasks = '/proc/self/task';
  if (!existsSync(tasks)) return undefined;
  for (const task of readdirSync(tasks)) {
    const children = readFileSync(`${tasks}/${task}/children`, 'utf8').split(' ').filter(Boolean);
    for (const child of children) {
      try {
        // Not the last shard's process, exited but not yet reaped.
        if (readFileSync(`/proc/${child}/comm`, 'utf8').startsWith('pagefind') && !isZombie(Number(child))) return Number(child);
      } catch {
        // Gone already.
      }
    }
  }
  return undefined;
}

/** A process's highest resident memory so far (VmHWM), in bytes. */
function peakResidentBytes(pid: number): number {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Number(kib) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Waits (up to 5 s) until the process has exited and its memory is released. */
async function gone(pid: number): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 10) {
    try {
      // A zombie (exited, not yet reaped) has released its memory already.
      if (isZombie(pid)) return;
    } catch {
      return;
    }
    await sleep(10);
  }
}

function isZombie(pid: number): boolean {
  return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
}
