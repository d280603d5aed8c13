import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML document that can say on which line of the file each field stands. */
export interface ParsedYaml {
  data: unknown;
  /** The 1-based line in the file of the field at `path` (or its nearest parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; line: number; message: string };

/**
 * Parses YAML keeping positions. `firstLine` is the file line the YAML starts on, so that
 * line numbers point into the whole file, frontmatter fences included. Dates stay text
 * (YAML 1.2 core schema), so `2019-11-21` is the string the schemas expect.
 */
export function parseYaml(source: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    return { ok: false, line: toLine(error.pos[0]), message: describeYamlError(error.code, error.message) };
  }
  return {
    ok: true,
    yaml: {
      data: doc.toJS({ maxAliasCount: 100 }),
      lineOf: (path) => toLine(offsetOf(doc, path)),
    },
  };
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

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'a field is written twice; allowed: each field once',
    BAD_INDENT: 'the indentation is wrong; allowed: nested fields indented by the same number of spaces',
    TAB_AS_INDENT: 'a tab is used for indentation; allowed: spaces only',
  };
  return `YAML syntax error (${hints[code] ?? first}); allowed: valid YAML — check quotes, colons and indentation on this line or the one before`;
}

export interface SplitDocument {
  /** The YAML between the `---` fences, or null when the file has none. */
  frontmatter: string | null;
  /** The Markdown after the closing fence. */
  body: string;
  /** The 1-based file line where the body starts. */
  bodyLine: number;
}

/** Splits a Markdown file into its frontmatter and body. */
export function splitFrontmatter(text: string): SplitDocument {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyLine: 1 };
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
