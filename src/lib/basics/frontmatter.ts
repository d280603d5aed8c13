import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';

/** A parsed YAML document that can say on which line of the file each field stands. */
export interface ParsedYaml {
  data: unknown;
  /** The 1-based line in the file of the field at `path` (or its nearest parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; line: number; message: string };

/**
 * Parses YAML keeping positions. `firstLine` is the file line the YAML starts on, so that
 * line numbers point into the whole file, frontmatter fences included.
 */
export function parseYaml(source: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const lastOffset = Math.max(0, source.length - 1);
  const toLine = (offset: number) => lineCounter.linePos(Math.min(offset, lastOffset)).line + firstLine - 1;
  try {
    // The failsafe schema reads every value as text, so `2.10` stays "2.10", `1` is "1" and a
    // date is the string the schemas expect: YAML never changes an id or a date behind the
    // author's back.
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
    const [error] = doc.errors;
    if (error?.code === 'DUPLICATE_KEY') {
      const duplicate = describeDuplicate(doc, error.pos[0], toLine);
      if (duplicate) return { ok: false, line: toLine(error.pos[0]), message: duplicate };
    }
    if (error) {
      return { ok: false, line: toLine(errorOffset(source, doc.errors)), message: describeYamlError(error.code, error.message) };
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (aliasError) {
      // The parser refuses aliases that expand beyond the limit (a "billion laughs" file):
      // that is the file's fault, not a crash.
      if (!/alias/i.test((aliasError as Error).message)) throw aliasError;
      return { ok: false, line: toLine(firstAliasOffset(doc)), message: TOO_MANY_ALIASES };
    }
    return {
      ok: true,
      yaml: {
        data,
        lineOf: (path) => toLine(offsetOf(doc, path)),
      },
    };
  } catch (error) {
    // Whatever else the parser throws is still a problem in this file, never a crash of the run.
    return { ok: false, line: firstLine, message: `the YAML could not be read (${firstSentence(error)}); allowed: valid YAML — fields written "name: value", nested fields indented by the same number of spaces` };
  }
}

/** How many times aliases (`*name`) may be expanded in one file: no content file needs any. */
const MAX_ALIAS_COUNT = 100;

/** The one sentence for a file whose aliases expand too far (an "alias bomb"). */
export const TOO_MANY_ALIASES = 'too many YAML aliases: aliases (`*name`) are not needed in a content or settings file; allowed: each value written out in full';

/** The first line of an error's message, whatever was thrown. */
export function firstSentence(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * "the field "date" is written twice, on lines 4 and 9; allowed: ...": the duplicate key at
 * `offset`, found with the earlier key of the same name in the same block.
 */
function describeDuplicate(doc: Document, offset: number, toLine: (offset: number) => number): string | null {
  let message: string | null = null;
  visit(doc, {
    Map(_key, map) {
      const index = map.items.findIndex((pair) => (pair.key as { range?: number[] } | null)?.range?.[0] === offset);
      if (index < 0) return undefined;
      const name = keyText(map.items[index]!.key);
      const first = map.items.slice(0, index).find((pair) => keyText(pair.key) === name);
      const firstOffset = (first?.key as { range?: number[] } | undefined)?.range?.[0];
      if (name === null || firstOffset === undefined) return visit.BREAK;
      message = `YAML syntax error: a field is written twice: "${name}", on lines ${toLine(firstOffset)} and ${toLine(offset)}; allowed: each field once — keep the right value and delete the other line`;
      return visit.BREAK;
    },
  });
  return message;
}

function keyText(key: unknown): string | null {
  if (isScalar(key)) return String(key.value);
  if (isAlias(key)) return `*${key.source}`;
  return null;
}

/**
 * Where the author should look for a YAML error, which is not always where the parser
 * noticed it: an unclosed quote is noticed at the end of the file, and a line indented too
 * far is noticed on the line before it.
 */
function errorOffset(source: string, errors: readonly YAMLError[]): number {
  const first = errors[0]!;
  if (first.code === 'MISSING_CHAR') {
    const quote = first.message.includes("'") && !first.message.includes('"') ? "'" : '"';
    const opened = source.lastIndexOf(quote, first.pos[0] - 1);
    if (opened >= 0) return opened;
  }
  const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline) return multiline.pos[1] - 1;
  return first.pos[0];
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === String(key));
      if (!pair) break;
      offset = (pair.key as { range?: number[] })?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      offset = (item as { range?: number[] }).range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

const YAML_PROBLEMS: Record<string, string> = {
  DUPLICATE_KEY: 'a field is written twice',
  BAD_INDENT: 'the indentation is wrong, or a bracket is not closed',
  TAB_AS_INDENT: 'a tab is used for indentation',
  MISSING_CHAR: 'a quote is opened and not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a line is indented further than the field before it, or a value with a colon in it needs quotes',
  MULTILINE_IMPLICIT_KEY: 'a line is indented further than the field before it, or a value with a colon in it needs quotes',
};

const YAML_ALLOWED: Record<string, string> = {
  DUPLICATE_KEY: 'each field once',
  TAB_AS_INDENT: 'spaces for indentation, never tabs',
  MISSING_CHAR: 'text in matching quotes, e.g. "Police and Crime Commissioner"',
};

function describeYamlError(code: string, message: string): string {
  const what = YAML_PROBLEMS[code] ?? message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const allowed = YAML_ALLOWED[code] ?? 'valid YAML — fields written "name: value", nested fields indented by the same number of spaces, values containing a colon in quotes';
  return `YAML syntax error: ${what}; allowed: ${allowed}`;
}

export interface SplitDocument {
  /** The YAML between the `---` fences, or null when the file has none. */
  frontmatter: string | null;
  /** The Markdown after the closing fence. */
  body: string;
  /** The 1-based file line where the body starts. */
  bodyLine: number;
  /** True when the file opens a frontmatter block and never closes it. */
  unclosed: boolean;
}

/** Splits a Markdown file into its frontmatter and body. */
export function splitFrontmatter(text: string): SplitDocument {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyLine: 1, unclosed: /^---[ \t]*\n/.test(text) };
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    unclosed: false,
  };
}
