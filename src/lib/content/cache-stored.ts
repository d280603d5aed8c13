/**
 * How the content cache (./cache.ts) keeps each kind of result in a record: small values as
 * JSON where JSON gives them back exactly, a rendered body's HTML and text apart from the
 * rest, a frontmatter with the line of every field, so `lineOf` needs no parser.
 */
import { deserialize, serialize } from 'node:v8';
import type { YamlResult } from '../basics/frontmatter.ts';
import type { FileProblem } from '../basics/problems.ts';
import type { RenderedBody, Section } from '../text/markdown.ts';
import type { EvidenceSentences } from './model.ts';

/**
 * A value as JSON where JSON gives it back exactly, else in V8's format (as base64). V8's
 * format took several times longer to read back than JSON.parse for many small objects (a
 * frontmatter's fields and lines: 0.2 to 0.5 s of a load at 10,000 documents, against 0.1 s
 * as JSON), and either is read into a fresh copy each time, so no load can change what the
 * next one reads (the loader takes placeholders out of the frontmatter it is given).
 */
/** (`T` is what the JSON or V8 bytes hold.) */
export type Stored<T> = string | { v8: string };

export function store<T>(value: T): Stored<T> {
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

export function restore<T>(stored: Stored<T>): T {
  return typeof stored === 'string' ? (JSON.parse(stored) as T) : (deserialize(Buffer.from(stored.v8, 'base64')) as T);
}

/** A cached frontmatter: the data, and the line of every field (see `fieldLines`), so `lineOf` needs no parser. */
export type StoredYaml = { ok: true; data: Stored<unknown>; lines: string } | Extract<YamlResult, { ok: false }>;

/**
 * A rendered body: its HTML and text as they are (on disk, apart from the rest: see
 * `encodeRecord`), the rest as JSON. A section's HTML and text are nearly always a stretch of
 * the body's: those are kept as where they start and end, which took them out of 40% of the
 * records' bytes, every one of them read on every load.
 */
export type StoredBody = { html: string; text: string; rest: string } | { v8: string };

type StoredSection = Omit<Section, 'html' | 'text'> & { html: string | [number, number]; text: string | [number, number] };

export function storeBody(body: RenderedBody): StoredBody {
  const within = (whole: string, part: string): string | [number, number] => {
    const at = whole.indexOf(part);
    return at < 0 ? part : [at, at + part.length];
  };
  const sections: StoredSection[] = body.sections.map((section) => ({ ...section, html: within(body.html, section.html), text: within(body.text, section.text) }));
  const rest = { ...body, html: null, text: null, sections };
  // Kept this way only if it gives back exactly the body rendered.
  return isJsonExact(rest) ? { html: body.html, text: body.text, rest: JSON.stringify(rest) } : { v8: serialize(body).toString('base64') };
}

export function restoreBody(stored: StoredBody): RenderedBody {
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

/** One file's record: all of it JSON but its bodies' HTML and text (see `encodeRecord` in ./cache-records.ts). */
export interface FileRecord {
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
  /** The frontmatter as its schema reads it, or null where it does not pass: it depends only on the frontmatter. */
  schema?: Stored<unknown>;
}

export function storeYaml(result: YamlResult): StoredYaml {
  if (!result.ok) return result;
  const { data, lineOf } = result.yaml;
  return { ok: true, data: store(data), lines: JSON.stringify(fieldLines(data, lineOf)) };
}

export function restoreYaml(stored: StoredYaml): YamlResult {
  // The loader takes placeholders out of the data it is given: each load gets its own copy.
  return stored.ok ? { ok: true, yaml: toParsedYaml(restore(stored.data), stored.lines) } : stored;
}

/**
 * A frontmatter just parsed, its `lineOf` answering from the lines worked out to store, as it
 * will in every later load: the parser's holds the file's whole YAML document tree, which the
 * rules over all documents would otherwise keep until the last file is read.
 */
export function withStoredLines(result: YamlResult, stored: StoredYaml): YamlResult {
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
