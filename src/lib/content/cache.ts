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
 * A value as JSON where JSON gives it back exactly, else in V8's format (as base64). V8's
 * format took several times longer to read back than JSON.parse for many small objects (a
 * frontmatter's fields and lines: 0.2 to 0.5 s of a load at 10,000 documents, against 0.1 s
 * as JSON), and either is read into a fresh copy each time, so no load can change what the
 * next one reads (the loader takes placeholders out of the frontmatter it is given).
 */
/** (`T` is what the JSON or V8 bytes hold.) */
type Stored<T> = string | { v8: string };

function store<T>(value: T): Stored<T> {
  return isJsonExact(value) ? JSON.stringify(value) : { v8: serialize(value).toString('base64') };
}

/**
 * Whether JSON gives `value` back exactly: strings, finite numbers (not -0), booleans, null,
 * arrays without holes and plain objects of those, no undefined anywhere (JSON drops it).
 * (Object keys keep their order through JSON, integer-like keys first in both.)
 */
function isJsonExact(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) if (!(index in value) || !isJsonExact(value[index])) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      if (Object.getOwnPropertySymbols(value).length) return false;
      for (const key of Object.getOwnPropertyNames(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
        if (!descriptor.enumerable || !('value' in descriptor) || !isJsonExact(descriptor.value)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function restore<T>(stored: Stored<T>): T {
  return typeof stored === 'string' ? (JSON.parse(stored) as T) : (deserialize(Buffer.from(stored.v8, 'base64')) as T);
}

/** A cached frontmatter: the data, and the line of every field (see `fieldLines`), so `lineOf` needs no parser. */
type StoredYaml = { ok: true; data: Stored<unknown>; lines: string } | Extract<YamlResult, { ok: false }>;

/**
 * A rendered body: its HTML and text as they are (on disk, apart from the rest: see
 * `encodeRecord`), the rest as JSON. A section's HTML and text are nearly always a stretch of
 * the body's: those are kept as where they start and end, which took them out of 40% of the
 * records' bytes, every one of them read on every load.
 */
type StoredBody = { html: string; text: string; rest: string } | { v8: string };

type StoredSection = Omit<Section, 'html' | 'text'> & { html: string | [number, number]; text: string | [number, number] };

function storeBody(body: RenderedBody): StoredBody {
  const within = (whole: string, part: string): string | [number, number] => {
    const at = whole.indexOf(part);
    return at < 0 ? part : [at, at + part.length];
  };
  const sections: StoredSection[] = body.sections.map((section) => ({ ...section, html: within(body.html, section.html), text: within(body.text, section.text) }));
  const rest = { ...body, html: null, text: null, sections };
  // Kept this way only if it gives back exactly the body rendered.
  return isJsonExact(rest) ? { html: body.html, text: body.text, rest: JSON.stringify(rest) } : { v8: serialize(body).toString('base64') };
}

function restoreBody(stored: StoredBody): RenderedBody {
  if ('v8' in stored) return deserialize(Buffer.from(stored.v8, 'base64')) as RenderedBody;
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

/** One file's record: all of it JSON but its bodies' HTML and text (see `encodeRecord`). */
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

/** Where a body's HTML or text stands among its record's strings: one-byte (0) or not (1), its first character and the one after its last. */
type StringRef = [0 | 1, number, number];

type PackedBody = { html: StringRef; text: StringRef; rest: string } | { v8: string };

/** The length of a record's head: the byte lengths of its JSON, its one-byte strings and its other strings. */
const HEAD = 12;

/**
 * A record as written: its head (above), the record as JSON with each body's HTML and text
 * replaced by where it stands among the strings that follow, then those strings: the ones
 * whose every character fits in a byte (Latin-1), then the others (UTF-16). Read back, each
 * body's HTML and text become a stretch of one string holding many records' (see
 * `readRecords`).
 */
function encodeRecord(record: FileRecord): Buffer {
  const strings: [string[], string[]] = [[], []];
  const lengths = [0, 0];
  const place = (text: string): StringRef => {
    const kind = /[^\x00-\xff]/.test(text) ? 1 : 0;
    strings[kind].push(text);
    const ref: StringRef = [kind, lengths[kind]!, lengths[kind]! + text.length];
    lengths[kind]! += text.length;
    return ref;
  };
  const bodies: Record<string, PackedBody> = {};
  for (const [slot, body] of Object.entries(record.bodies)) bodies[slot] = 'v8' in body ? body : { html: place(body.html), text: place(body.text), rest: body.rest };
  const json = Buffer.from(JSON.stringify({ ...record, bodies }), 'utf8');
  const narrow = Buffer.from(strings[0].join(''), 'latin1');
  const wide = Buffer.from(strings[1].join(''), 'utf16le');
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(narrow.length, 4);
  head.writeUInt32LE(wide.length, 8);
  return Buffer.concat([head, json, narrow, wide]);
}

/**
 * Records read but not yet asked for: each one's JSON (kept as bytes, outside V8's heap, until
 * its file is loaded) and where its strings start in the shared strings.
 */
interface Shelf {
  records: Map<string, { json: Place; length: number; strings: [Place, Place] }>;
  jsons: Buffer[];
  strings: [string[], string[]];
}

/** A block of bytes or chunk of the shared strings, and where in it a record's part starts (in bytes; in characters for strings). */
type Place = [number, number];

/** A record larger than this is not a record this code wrote: it is ignored (and written again). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** The most characters of one shared string: far under V8's longest string (2^29 characters). */
const CHUNK_CHARACTERS = 32 * 1024 * 1024;

/**
 * Reads every record in `dir`, putting all the bodies' HTML and text into a few long
 * strings of which each body's is a slice. One string per body made the garbage collector
 * copy each of them, twice, from its young generation to the old one, while the load held
 * them all (about 130 MB at 10,000 documents); a long string is made where it stays, and a
 * slice of it is a few bytes.
 */
function readRecords(dir: string): Shelf {
  const records: Shelf['records'] = new Map();
  // Each block of JSON is kept as it is: a new buffer for the next.
  const jsons = new Blocks(8 * 1024 * 1024, 1, (bytes) => bytes, false);
  const narrow = new Blocks(CHUNK_CHARACTERS, 1, (bytes) => bytes.toString('latin1'), true);
  const wide = new Blocks(CHUNK_CHARACTERS * 2, 2, (bytes) => bytes.toString('utf16le'), true);
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp')) continue;
    let bytes: Buffer;
    try {
      const read = readBytes(join(dir, name), MAX_RECORD_BYTES);
      if (!read.ok) continue;
      bytes = read.bytes;
    } catch {
      continue;
    }
    if (bytes.length < HEAD) continue;
    const lengths = [bytes.readUInt32LE(0), bytes.readUInt32LE(4), bytes.readUInt32LE(8)] as const;
    if (HEAD + lengths[0] + lengths[1] + lengths[2] !== bytes.length || lengths[2] % 2 !== 0) continue;
    const narrowStart = HEAD + lengths[0];
    const wideStart = narrowStart + lengths[1];
    records.set(name, {
      json: jsons.add(bytes.subarray(HEAD, narrowStart)),
      length: lengths[0],
      strings: [narrow.add(bytes.subarray(narrowStart, wideStart)), wide.add(bytes.subarray(wideStart))],
    });
  }
  return { records, jsons: jsons.finish(), strings: [narrow.finish(), wide.finish()] };
}

/**
 * Bytes gathered in blocks of `size` bytes (larger for bytes that need it), each block made
 * what `close` makes of it once full. Allocated at its full size, a block's pages are touched
 * once (a buffer grown as it filled was copied and touched again at each size); where `close`
 * copies the bytes (into a string), one buffer serves every block.
 */
class Blocks<T> {
  private buffer: Buffer | undefined;
  private length = 0;
  private readonly closed: T[] = [];
  private readonly size: number;
  /** Bytes a character, for where strings start. */
  private readonly width: number;
  private readonly close: (bytes: Buffer) => T;
  private readonly reuse: boolean;

  constructor(size: number, width: number, close: (bytes: Buffer) => T, reuse: boolean) {
    this.size = size;
    this.width = width;
    this.close = close;
    this.reuse = reuse;
  }

  /** Adds `bytes`, returning the block they are in and where they start in it. */
  add(bytes: Buffer): Place {
    if (bytes.length === 0) return [0, 0];
    if (this.length > 0 && this.length + bytes.length > this.buffer!.length) this.flush();
    if (!this.buffer || bytes.length > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(this.size, bytes.length));
    const place: Place = [this.closed.length, this.length / this.width];
    bytes.copy(this.buffer, this.length);
    this.length += bytes.length;
    return place;
  }

  /** Every block, made. */
  finish(): T[] {
    if (this.length > 0) this.flush();
    this.buffer = undefined;
    return this.closed;
  }

  private flush() {
    this.closed.push(this.close(this.buffer!.subarray(0, this.length)));
    this.length = 0;
    if (!this.reuse) this.buffer = undefined;
  }
}

/** The record of `name` on the shelf, if its digest is `textDigest`, with its bodies' strings in place. */
function takeRecord(shelf: Shelf, name: string, textDigest: string): FileRecord | undefined {
  const found = shelf.records.get(name);
  if (!found) return undefined;
  const [block, start] = found.json;
  const packed = JSON.parse(shelf.jsons[block]!.toString('utf8', start, start + found.length)) as Omit<FileRecord, 'bodies'> & { bodies: Record<string, PackedBody> };
  if (packed.digest !== textDigest) return undefined;
  const text = ([kind, start, end]: StringRef) => {
    const [chunk, first] = found.strings[kind];
    return start === end ? '' : shelf.strings[kind][chunk]!.slice(first + start, first + end);
  };
  const bodies: Record<string, StoredBody> = {};
  for (const [slot, body] of Object.entries(packed.bodies)) bodies[slot] = 'v8' in body ? body : { html: text(body.html), text: text(body.text), rest: body.rest };
  return { ...packed, bodies };
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

  const shelf = readRecords(dir);

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
      const record = readRecord(name, digest(text));
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
        yaml: (compute) => cached(record.yaml, (s) => (record.yaml = s), compute, storeYaml, restoreYaml, withStoredLines),
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
        writeFileSync(temporary, encodeRecord(record));
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

/**
 * A frontmatter just parsed, its `lineOf` answering from the lines worked out to store, as it
 * will in every later load: the parser's holds the file's whole YAML document tree, which the
 * rules over all documents would otherwise keep until the last file is read.
 */
function withStoredLines(result: YamlResult, stored: StoredYaml): YamlResult {
  return result.ok && stored.ok ? { ok: true, yaml: toParsedYaml(result.yaml.data, stored.lines) } : result;
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
