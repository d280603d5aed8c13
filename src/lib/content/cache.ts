/**
 * A cache of the loader's work on each content file, kept on disk between builds, so a
 * rebuild after one edit parses and renders one file, not every file. What is cached is
 * what one file alone decides: its frontmatter parsed (with each field's line), its
 * Markdown rendered, the check of its quoted evidence and each quotation's sentence.
 * Everything that compares files (unknown forces, recommendations of the inspection,
 * duplicates, coverage) still runs on every load, in src/lib/content/load.ts.
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
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedBody } from '../text/markdown.ts';
import type { EvidenceProblem } from './evidence-rules.ts';
import type { YamlResult } from '../basics/frontmatter.ts';
import type { EvidenceSentences } from './model.ts';

/** The cached work for one file, asked for with the same arguments the loader would pass. */
export interface FileCache {
  /** `compute()`'s frontmatter, or last build's for the same source; `lines` lists every field's line. */
  yaml(source: string, firstLine: number, compute: () => YamlResult): YamlResult;
  /** `compute()`'s rendered body, or last build's for the same Markdown and id prefix. */
  body(markdown: string, idPrefix: string | undefined, compute: () => RenderedBody): RenderedBody;
  /** `compute()`'s problems with the file's quoted evidence, or last build's for the same file text. */
  evidence(compute: () => EvidenceProblem[]): EvidenceProblem[];
  /** `compute()`'s quotations in their sentences, or last build's for the same file text. */
  sentences(compute: () => EvidenceSentences): EvidenceSentences;
}

export interface ContentCache {
  /** The cache for the file at `path` whose text (as read, before any parsing) is `text`. */
  file(path: string, text: string): FileCache;
  /** Writes the records that changed, and removes those of files no longer read. */
  save(): void;
  /** How many cached results were reused and how many computed, for the benchmark and tests. */
  readonly stats: { hits: number; misses: number };
}

/** No cache: everything is computed (unit tests, or a project without its sources beside it). */
export const NO_CACHE: ContentCache = {
  file: () => ({ yaml: (_s, _l, compute) => compute(), body: (_m, _p, compute) => compute(), evidence: (compute) => compute(), sentences: (compute) => compute() }),
  save: () => {},
  stats: { hits: 0, misses: 0 },
};

/** A cached frontmatter: the data, and the line of every field, so `lineOf` needs no parser. */
type StoredYaml = { ok: true; data: unknown; lines: [string, number][] } | Extract<YamlResult, { ok: false }>;

interface FileRecord {
  digest: string;
  yaml: Record<string, StoredYaml>;
  body: Record<string, RenderedBody>;
  /** The evidence check's problems: they depend only on the file's text (and the code). */
  evidence?: EvidenceProblem[];
  /** The quotations in their sentences: they too depend only on the file's text. */
  sentences?: EvidenceSentences;
}

const digest = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('base64url');
};

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
 */
export function openContentCache(cacheDir: string, root: string): ContentCache {
  const version = codeVersion(root);
  if (!version) return NO_CACHE;
  if (existsSync(cacheDir)) {
    for (const name of readdirSync(cacheDir)) if (name !== version) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  const dir = join(cacheDir, version);
  mkdirSync(dir, { recursive: true });
  const stats = { hits: 0, misses: 0 };
  const changed = new Map<string, FileRecord>();
  const used = new Set<string>();

  function readRecord(name: string, textDigest: string): FileRecord {
    try {
      const record = deserialize(readFileSync(join(dir, name))) as FileRecord;
      if (record.digest === textDigest) return record;
    } catch {
      // No record yet, or an unreadable one: start again.
    }
    return { digest: textDigest, yaml: {}, body: {} };
  }

  return {
    stats,
    file(path, text) {
      const name = digest(path);
      used.add(name);
      const record = readRecord(name, digest(text));
      const remember = () => changed.set(name, record);
      return {
        yaml(source, firstLine, compute) {
          const key = digest(String(firstLine), source);
          const stored = record.yaml[key];
          if (stored) {
            stats.hits++;
            // The loader takes placeholders out of the data it is given: each load gets its own copy.
            return stored.ok ? { ok: true, yaml: toParsedYaml(structuredClone(stored.data), stored.lines) } : stored;
          }
          stats.misses++;
          const result = compute();
          record.yaml[key] = result.ok ? { ok: true, data: structuredClone(result.yaml.data), lines: fieldLines(result.yaml.data, result.yaml.lineOf) } : result;
          remember();
          return result;
        },
        body(markdown, idPrefix, compute) {
          const key = digest(idPrefix ?? '', markdown);
          const stored = record.body[key];
          if (stored) {
            stats.hits++;
            return stored;
          }
          stats.misses++;
          const result = compute();
          record.body[key] = result;
          remember();
          return result;
        },
        evidence(compute) {
          if (record.evidence) {
            stats.hits++;
            return record.evidence;
          }
          stats.misses++;
          record.evidence = compute();
          remember();
          return record.evidence;
        },
        sentences(compute) {
          if (record.sentences) {
            stats.hits++;
            return record.sentences;
          }
          stats.misses++;
          record.sentences = compute();
          remember();
          return record.sentences;
        },
      };
    },
    save() {
      for (const [name, record] of changed) {
        // Written whole, then renamed into place: a build that stops half-way leaves no half record.
        const temporary = join(dir, `${name}.${process.pid}.tmp`);
        writeFileSync(temporary, serialize(record));
        renameSync(temporary, join(dir, name));
      }
      changed.clear();
      if (stats.misses === 0) return;
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}

/** The line of every field and list item, by its path (see `pathKey`). */
function fieldLines(data: unknown, lineOf: (path: readonly PropertyKey[]) => number): [string, number][] {
  const lines: [string, number][] = [['', lineOf([])]];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        lines.push([pathKey([...path, index]), lineOf([...path, index])]);
        walk(item, [...path, index]);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        lines.push([pathKey([...path, key]), lineOf([...path, key])]);
        walk(value, [...path, key]);
      }
    }
  };
  walk(data, []);
  return lines;
}

/** A path as text: a list index and a field named by the same digits are told apart. */
function pathKey(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `#${key}` : `.${String(key)}`)).join('');
}

/**
 * The parsed frontmatter again, its `lineOf` answering as the parser's does: the line of the
 * field at `path`, or of the nearest field above it that exists. A number in a path names a
 * list item, or a field of that name (as the parser allows).
 */
function toParsedYaml(data: unknown, stored: [string, number][]): { data: unknown; lineOf(path: readonly PropertyKey[]): number } {
  const lines = new Map(stored);
  return {
    data,
    lineOf(path) {
      let key = '';
      let line = lines.get('')!;
      for (const part of path) {
        const asField = `${key}.${String(part)}`;
        const next = lines.has(asField) ? asField : typeof part === 'number' && lines.has(`${key}#${part}`) ? `${key}#${part}` : undefined;
        if (next === undefined) break;
        key = next;
        line = lines.get(key)!;
      }
      return line;
    },
  };
}
