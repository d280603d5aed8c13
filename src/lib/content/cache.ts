/**
 * A cache of the loader's work on each content file, kept on disk between builds, so a
 * rebuild after one edit parses and renders one file, not every file. What is cached is
 * what one file alone decides: its frontmatter parsed (with each field's line) and read by
 * its schema, its Markdown rendered, the check of its quoted evidence and each quotation's
 * sentence, and the checks of its redactions and personal data, which need its body parsed.
 * Everything that compares files (unknown forces, recommendations of the inspection,
 * corrections against the inspection, duplicates, coverage) still runs on every load, in
 * src/lib/content/load.ts.
 *
 * Each content file has one record, named by a digest of the file's path and holding a
 * digest of its text: a record whose digest differs is ignored and written again. The
 * records live in a folder named by a digest of the code that made them (src/lib,
 * src/schemas, the lock file of package versions, Node's version), so a change to the
 * loader, the renderer or a package starts an empty cache rather than reading stale
 * results. Never in the content folder: a build does not write there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RenderedBody } from '../text/markdown.ts';
import type { FileProblem } from '../basics/problems.ts';
import type { YamlResult } from '../basics/frontmatter.ts';
import type { EvidenceSentences } from './model.ts';
import { encodeRecord, readRecords, takeRecord } from './cache-records.ts';
import { restore, restoreBody, restoreYaml, store, storeBody, storeYaml, withStoredLines, type FileRecord } from './cache-stored.ts';

/**
 * The cached work for one file. A record holds the results for one text of one file (its path
 * and the digest of its text name it) made by one version of the code (its folder), and the
 * loader's work on a file depends on nothing else: so a result is asked for by what it is (the
 * frontmatter, the body, a recommendation's text), not by the arguments it was made from,
 * which would have to be digested again on every load.
 */
export interface FileCache {
  /** A digest of the file's text, as read: what everything below is made from (with the code). */
  readonly digest: string;
  /** `compute()`'s frontmatter, or last build's; `lines` lists every field's line. */
  yaml(compute: () => YamlResult): YamlResult;
  /** `compute()`'s rendered Markdown named `slot` ("body", or a field holding Markdown), or last build's. */
  body(slot: string, compute: () => RenderedBody): RenderedBody;
  /** `compute()`'s problems with the file's quoted evidence, or last build's. */
  evidence(compute: () => FileProblem[]): FileProblem[];
  /** `compute()`'s quotations in their sentences, or last build's. */
  sentences(compute: () => EvidenceSentences): EvidenceSentences;
  /** `compute()`'s problems the file has on its own (redactions, personal data), or last build's. */
  checks(compute: () => FileProblem[]): FileProblem[];
  /**
   * `compute()`'s frontmatter as its schema reads it, or last build's: null where it does not
   * pass, as the problems are not kept (the loader checks it again to report them).
   */
  schema<T extends object>(compute: () => T | null): T | null;
}

export interface ContentCache {
  /** The cache for the file at `path` whose text (as read, before any parsing) is `text`. */
  file(path: string, text: string): FileCache;
  /** Writes the records that changed, and removes those of files no longer read. */
  save(): void;
  /** How many cached results were reused and how many computed, for the benchmark and tests. */
  readonly stats: { hits: number; misses: number };
}

const digest = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
};

/** No cache: everything is computed (unit tests, or a project without its sources beside it). */
export const NO_CACHE: ContentCache = {
  file: (_path, text) => ({ digest: digest(text), yaml: (compute) => compute(), body: (_slot, compute) => compute(), evidence: (compute) => compute(), sentences: (compute) => compute(), checks: (compute) => compute(), schema: (compute) => compute() }),
  save: () => {},
  stats: { hits: 0, misses: 0 },
};

/** The name of the record of the file at `path`, in its code version's folder (`cacheFolder`). */
export const recordName = (path: string): string => digest(path);

/** The folder of the records made by the code in `root` (see `codeVersion`); null without the sources. */
export function cacheFolder(cacheDir: string, root: string): string | null {
  const version = codeVersion(root);
  return version ? join(cacheDir, version) : null;
}

/**
 * What the cached results depend on besides the files: the project's loader and schema code,
 * its package versions and Node's version. Null when the sources are not there to digest.
 */
export function codeVersion(root: string): string | null {
  const lock = join(root, 'package-lock.json');
  const sources = ['src/lib', 'src/schemas'].map((dir) => join(root, dir));
  if (!existsSync(lock) || !sources.every((dir) => existsSync(dir))) return null;
  const files = sources.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort().map((name) => join(dir, name)),
  );
  const hash = createHash('sha256').update(process.version);
  for (const file of [lock, ...files]) hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('base64url').slice(0, 16);
}

/**
 * Opens the cache under `cacheDir` for the code in `root` (see `codeVersion`); the cache
 * of any other code version is removed. Without the sources, there is no cache.
 *
 * `filling`: the cache of a process that fills it for some of the files (./cache-fill.ts),
 * beside others doing the same. It reads no record (its files have none yet), and its `save`
 * removes none, nor any other version's folder: the records it did not make are others'.
 */
export function openContentCache(cacheDir: string, root: string, { filling = false } = {}): ContentCache {
  const dir = cacheFolder(cacheDir, root);
  if (!dir) return NO_CACHE;
  if (existsSync(cacheDir) && !filling) {
    for (const name of readdirSync(cacheDir)) if (name !== basename(dir)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const stats = { hits: 0, misses: 0 };
  const changed = new Map<string, FileRecord>();
  const used = new Set<string>();

  const shelf = readRecords(filling ? null : dir);

  function readRecord(name: string, textDigest: string): FileRecord {
    try {
      const record = takeRecord(shelf, name, textDigest);
      if (record) return record;
    } catch {
      // An unreadable record: start again.
    }
    return { digest: textDigest, bodies: {} };
  }

  return {
    stats,
    file(path, text) {
      const name = digest(path);
      used.add(name);
      const textDigest = digest(text);
      const record = readRecord(name, textDigest);
      /** The stored result if there is one, else `compute()`'s (or what `fresh` makes of it), stored. */
      const cached = <T, S>(stored: S | undefined, keep: (stored: S) => void, compute: () => T, save: (value: T) => S, load: (stored: S) => T, fresh = (result: T, _stored: S) => result): T => {
        if (stored !== undefined) {
          stats.hits++;
          return load(stored);
        }
        stats.misses++;
        const result = compute();
        const saved = save(result);
        keep(saved);
        changed.set(name, record);
        return fresh(result, saved);
      };
      return {
        digest: textDigest,
        yaml: (compute) => cached(record.yaml, (s) => (record.yaml = s), compute, storeYaml, restoreYaml, withStoredLines),
        body: (slot, compute) => cached(record.bodies[slot], (s) => (record.bodies[slot] = s), compute, storeBody, restoreBody),
        evidence: (compute) => cached(record.evidence, (s) => (record.evidence = s), compute, store, restore),
        sentences: (compute) => cached(record.sentences, (s) => (record.sentences = s), compute, store, restore),
        checks: (compute) => cached(record.checks, (s) => (record.checks = s), compute, store, restore),
        schema: <T extends object>(compute: () => T | null) => cached(record.schema, (s) => (record.schema = s), compute, store, restore) as T | null,
      };
    },
    save() {
      for (const [name, record] of changed) {
        // Written whole, then renamed into place: a build that stops half-way leaves no half record.
        const temporary = join(dir, `${name}.${process.pid}.tmp`);
        writeFileSync(temporary, encodeRecord(record));
        renameSync(temporary, join(dir, name));
      }
      changed.clear();
      if (stats.misses === 0 || filling) return;
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
