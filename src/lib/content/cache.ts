/**
 * A cache of the loader's work on each content file, kept on disk between builds, so a
 * rebuild after one edit parses and renders one file, not every file. What is cached is
 * what one file alone decides: its frontmatter parsed (with each field's line), its
 * Markdown rendered, the check of its quoted evidence and each quotation's sentence, and
 * the checks of its redactions and personal data, which need its body parsed. Everything
 * that compares files (unknown forces, recommendations of the inspection, corrections
 * against the inspection, duplicates, coverage) and the schemas still run on every load,
 * in src/lib/content/load.ts.
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
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { RenderedBody, Section } from '../text/markdown.ts';
import { readBytes } from '../basics/read-bytes.ts';
import type { FileProblem } from './report.ts';
import type { YamlResult } from '../basics/frontmatter.ts';
import type { EvidenceSentences } from './model.ts';

/**
 * The cached work for one file. A record holds the results for one text of one file (its path
 * and the digest of its text name it) made by one version of the code (its folder), and the
 * loader's work on a file depends on nothing else: so a result is asked for by what it is (the
 * frontmatter, the body, a recommendation's text), not by the arguments it was made from,
 * which would have to be digested again on every load.
 */
export interface FileCache {
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
  file: () => ({ yaml: (compute) => compute(), body: (_slot, compute) => compute(), evidence: (compute) => compute(), sentences: (compute) => compute(), checks: (compute) => compute() }),
  save: () => {},
  stats: { hits: 0, misses: 0 },
};

/**
 * A value as JSON where JSON gives it back exactly, else as itself. V8's format took several
 * times longer to read back than JSON.parse for many small objects (a frontmatter's fields
 * and lines: 0.2 to 0.5 s of a load at 10,000 documents, against 0.1 s as JSON), and a JSON
 * string is a fresh copy at each read, so no load can change what the next one reads.
 */
type Stored<T> = string | { value: T };

function store<T>(value: T): Stored<T> {
  const json = JSON.stringify(value);
  return json !== undefined && isDeepStrictEqual(JSON.parse(json), value) ? json : { value: structuredClone(value) };
}

function restore<T>(stored: Stored<T>): T {
  return typeof stored === 'string' ? (JSON.parse(stored) as T) : structuredClone(stored.value);
}

/** A cached frontmatter: the data, and the line of every field (see `fieldLines`), so `lineOf` needs no parser. */
type StoredYaml = { ok: true; data: Stored<unknown>; lines: string } | Extract<YamlResult, { ok: false }>;

/**
 * A rendered body: its HTML and text as they are, the rest as JSON. A section's HTML and text
 * are nearly always a stretch of the body's: those are kept as where they start and end, which
 * took them out of 40% of the records' bytes, every one of them read on every load.
 */
type StoredBody = { html: string; text: string; rest: string } | { value: RenderedBody };

type StoredSection = Omit<Section, 'html' | 'text'> & { html: string | [number, number]; text: string | [number, number] };

function storeBody(body: RenderedBody): StoredBody {
  const within = (whole: string, part: string): string | [number, number] => {
    const at = whole.indexOf(part);
    return at < 0 ? part : [at, at + part.length];
  };
  const sections: StoredSection[] = body.sections.map((section) => ({ ...section, html: within(body.html, section.html), text: within(body.text, section.text) }));
  const stored = { html: body.html, text: body.text, rest: JSON.stringify({ ...body, html: null, text: null, sections }) };
  // Kept this way only if it gives back exactly the body rendered.
  return isDeepStrictEqual(restoreBody(stored), body) ? stored : { value: structuredClone(body) };
}

function restoreBody(stored: StoredBody): RenderedBody {
  if ('value' in stored) return structuredClone(stored.value);
  const { html, text } = stored;
  const body = JSON.parse(stored.rest) as Omit<RenderedBody, 'sections'> & { sections: StoredSection[] };
  // Assigned, not spread, so each field stays where it was in the body rendered.
  body.html = html;
  body.text = text;
  const slice = (whole: string, part: string | [number, number]) => (typeof part === 'string' ? part : whole.slice(part[0], part[1]));
  for (const section of body.sections) {
    section.html = slice(html, section.html);
    section.text = slice(text, section.text);
  }
  return body as RenderedBody;
}

/** One file's record. It holds no typed arrays: read back, one would share the buffer every record is read into. */
interface FileRecord {
  digest: string;
  yaml?: StoredYaml;
  /** Rendered Markdown by slot: the body, and an inspection's recommendations' texts. */
  bodies: Record<string, StoredBody>;
  /** The evidence check's problems: they depend only on the file's text (and the code). */
  evidence?: Stored<FileProblem[]>;
  /** The quotations in their sentences: they too depend only on the file's text. */
  sentences?: Stored<EvidenceSentences>;
  /** The problems of the file on its own: redaction markers and entries, personal data (trust-rules.ts). */
  checks?: Stored<FileProblem[]>;
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

/** A record larger than this is not a record this code wrote: it is ignored (and written again). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

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
      const read = readBytes(join(dir, name), MAX_RECORD_BYTES);
      // V8's deserialiser copies every string out of the shared buffer it reads.
      const record = read.ok ? (deserialize(read.bytes) as FileRecord) : undefined;
      if (record?.digest === textDigest) return record;
    } catch {
      // No record yet, or an unreadable one: start again.
    }
    return { digest: textDigest, bodies: {} };
  }

  return {
    stats,
    file(path, text) {
      const name = digest(path);
      used.add(name);
      const record = readRecord(name, digest(text));
      /** The stored result if there is one, else `compute()`'s, stored. */
      const cached = <T, S>(stored: S | undefined, keep: (stored: S) => void, compute: () => T, save: (value: T) => S, load: (stored: S) => T): T => {
        if (stored !== undefined) {
          stats.hits++;
          return load(stored);
        }
        stats.misses++;
        const result = compute();
        keep(save(result));
        changed.set(name, record);
        return result;
      };
      return {
        yaml: (compute) => cached(record.yaml, (s) => (record.yaml = s), compute, storeYaml, restoreYaml),
        body: (slot, compute) => cached(record.bodies[slot], (s) => (record.bodies[slot] = s), compute, storeBody, restoreBody),
        evidence: (compute) => cached(record.evidence, (s) => (record.evidence = s), compute, store, restore),
        sentences: (compute) => cached(record.sentences, (s) => (record.sentences = s), compute, store, restore),
        checks: (compute) => cached(record.checks, (s) => (record.checks = s), compute, store, restore),
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

function storeYaml(result: YamlResult): StoredYaml {
  if (!result.ok) return result;
  const { data, lineOf } = result.yaml;
  return { ok: true, data: store(data), lines: JSON.stringify(fieldLines(data, lineOf)) };
}

function restoreYaml(stored: StoredYaml): YamlResult {
  // The loader takes placeholders out of the data it is given: each load gets its own copy.
  return stored.ok ? { ok: true, yaml: toParsedYaml(restore(stored.data), stored.lines) } : stored;
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
function toParsedYaml(data: unknown, stored: string): { data: unknown; lineOf(path: readonly PropertyKey[]): number } {
  // Read when a line is first asked for: a file with nothing to report never asks.
  let lines: Map<string, number> | undefined;
  return {
    data,
    lineOf(path) {
      lines ??= new Map(JSON.parse(stored) as [string, number][]);
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
