import { isMap, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';

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
  // The failsafe schema reads every value as text, so `2.10` stays "2.10", `1` is "1" and a
  // date is the string the schemas expect: YAML never changes an id or a date behind the
  // author's back.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
  const lastOffset = Math.max(0, source.length - 1);
  const toLine = (offset: number) => lineCounter.linePos(Math.min(offset, lastOffset)).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    return { ok: false, line: toLine(errorOffset(source, doc.errors)), message: describeYamlError(error.code, error.message) };
  }
  return {
    ok: true,
    yaml: {
      data: doc.toJS({ maxAliasCount: 100 }),
      lineOf: (path) => toLine(offsetOf(doc, path)),
    },
  };
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
