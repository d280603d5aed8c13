/**
 * The editor's file format for content files (Markdown with YAML frontmatter): nothing is lost
 * on a round trip. Reading keeps the file's text beside the form's values (`SOURCE_FIELD`);
 * writing starts again from that text and changes only what the officer changed. A changed
 * value is written in place of the old one, character for character where it stood, so every
 * other line — comments, quoting, line breaks — stays as it was; only a change of structure
 * (a field or an entry added or removed) has the YAML written out again, through the `yaml`
 * package's Document, which keeps comments. A new file is written plainly.
 */
import { isScalar, parseDocument, Scalar, stringify, type Document, type Node } from 'yaml';
import { splitFrontmatter } from '../basics/frontmatter.ts';
import { fromFormObject, toFormObject } from './form.ts';
import type { Field } from './shape.ts';

type Data = Record<string, unknown>;

/** Where the form keeps the file's text as it was read; never written into a file. */
export const SOURCE_FIELD = '_source';
/** The form's field for the Markdown after the frontmatter. */
export const BODY_FIELD = 'body';

/** As the loader reads frontmatter: every value is text, so an id "2.10" or a date never changes type. */
const parse = (yaml: string) => parseDocument(yaml, { schema: 'failsafe', keepSourceTokens: true });
const WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

/** A file's text → the form's values, with the text kept for writing. */
export function fromFile(fields: readonly Field[], text: string): Data {
  const split = splitFrontmatter(text);
  const data = split.frontmatter === null ? {} : (parse(split.frontmatter).toJS() as Data | null) ?? {};
  return { ...toFormObject(fields, data), [BODY_FIELD]: split.body.replace(/^\n/, ''), [SOURCE_FIELD]: text };
}

/** The form's values → the file's text, changing only what differs from the text it was read from. */
export function toFile(fields: readonly Field[], form: Data): string {
  const { [SOURCE_FIELD]: source, [BODY_FIELD]: body, ...values } = form;
  const newBody = typeof body === 'string' ? body : '';
  if (typeof source !== 'string') return newFile(fromFormObject(fields, values, {}) ?? {}, newBody);
  const split = splitFrontmatter(source);
  const yamlText = split.frontmatter ?? '';
  const doc = parse(yamlText);
  const before = (doc.toJS() as Data | null) ?? {};
  const after = fromFormObject(fields, values, before) ?? {};
  const edits: Edit[] = [];
  const structural = applyChanges(doc, [], before, after, edits);
  const frontmatter = structural ? doc.toString(WRITE_OPTIONS) : splice(yamlText, edits);
  const head = source.slice(0, source.length - split.body.length);
  return (frontmatter === yamlText ? head : head.replace(yamlText, () => frontmatter)) + keepBody(split.body, newBody);
}

/** The body as the officer left it, or the file's own bytes when only its outer blank lines differ. */
function keepBody(original: string, edited: string): string {
  if (original.trim() === edited.trim()) return original;
  const lead = /^\n*/.exec(original)![0];
  return lead + edited.replace(/^\n+/, '').replace(/\n*$/, '\n');
}

function newFile(data: Data, body: string): string {
  return `---\n${stringify(data, WRITE_OPTIONS)}---\n\n${body.replace(/^\n+/, '').replace(/\n*$/, '\n')}`;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Brings `doc` from `before` to `after`, recording a text edit for each changed scalar.
 * Returns true when a change cannot be written in place (then `doc` itself holds every change).
 */
function applyChanges(doc: Document, path: (string | number)[], before: unknown, after: unknown, edits: Edit[]): boolean {
  if (deepEqual(before, after)) return false;
  let structural = false;
  if (isPlain(before) && isPlain(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(key in after)) {
        doc.deleteIn([...path, key]);
        structural = true;
      } else if (!(key in before)) {
        doc.setIn([...path, key], doc.createNode(after[key]));
        structural = true;
      } else if (applyChanges(doc, [...path, key], before[key], after[key], edits)) structural = true;
    }
    return structural;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((item, i) => {
      if (applyChanges(doc, [...path, i], item, after[i], edits)) structural = true;
    });
    return structural;
  }
  const node = doc.getIn(path, true) as Node | undefined;
  if (typeof after === 'string' && isScalar(node) && node.range) {
    const text = scalarText(node, after);
    if (text !== undefined) {
      edits.push({ start: node.range[0], end: node.range[1], text });
      node.value = after;
      return false;
    }
  }
  doc.setIn(path, doc.createNode(after));
  return true;
}

/** The new value written as the old one was (plain, or in quotes), or undefined when it needs more than one line. */
function scalarText(node: Scalar, value: string): string | undefined {
  if (/[\n\r]/.test(value)) return undefined;
  const plain = stringify(value, WRITE_OPTIONS).replace(/\n$/, '');
  if (node.type === Scalar.PLAIN && plain === value) return value;
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
  return JSON.stringify(value);
}

/** Applies the edits to the text, last first; a block scalar's closing line break is kept. */
function splice(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const old = out.slice(edit.start, edit.end);
    out = out.slice(0, edit.start) + edit.text + (old.endsWith('\n') ? '\n' : '') + out.slice(edit.end);
  }
  return out;
}

const isPlain = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
