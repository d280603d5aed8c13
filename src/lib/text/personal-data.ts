/**
 * What in a document's text looks like personal data: UK mobile numbers, UK landline numbers
 * (01, 02 and 03 numbers, written with spaces, hyphens or brackets, or in the +44 form) and
 * e-mail addresses. Pure: the loader turns each finding into a warning unless the document
 * records it in `personalDataKept`. Built to miss what a letter is full of: dates
 * (2019-11-21, 21/11/2019, 01.04.2020), report numbers (2019/20), years, sums, postcodes.
 */

import type { Nodes, Root } from 'mdast';

export type PersonalDataKind = 'mobile number' | 'phone number' | 'e-mail address';

export interface PersonalDataFound {
  kind: PersonalDataKind;
  /** The words as they stand in the text. */
  text: string;
  /** 1-based line within the text. */
  line: number;
}

/** The gap allowed between a number's groups: a space (ordinary, non-breaking or narrow) or a hyphen. */
const GAP = '[ \\u00a0\\u202f-]';

/**
 * A telephone number: `+44` or `0044` (with an optional `(0)`) or `0`, maybe with its area code
 * in a bracket (a bracket round the whole number is not part of it),
 * then the number's digits with single spaces, hyphens or a closing bracket between them. Not
 * part of a longer run of digits, a word, a date or a reference: no letter, digit, `+` or `-`
 * either side, and not after a short number and `/` or `.` (01/04/2020, 2019/0123), nor before
 * `/` and a short number or `.` or `,` and a digit. (`Tel.07700 900123` and
 * `07700 900123/07700 900456` are numbers.)
 */
const PHONE = new RegExp(
  `(?<![\\w+-])(?<!(?:^|\\D)\\d{1,4}[./])((?:\\+|00)44${GAP}?(?:\\(0\\)${GAP}?)?|\\((?=0\\d{2,4}\\))0|0)(\\d(?:${GAP}?\\)?${GAP}?\\d){8,9})(?![\\w-]|[.,]\\d|/\\d{1,4}\\b)`,
  'g',
);

/** An e-mail address: a local part, `@`, and a domain of at least two labels. */
const EMAIL = /(?<![\w.%+'-])[A-Za-z0-9][\w.%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Every piece of text that looks like personal data, in order of line, then position. */
export function findPersonalData(text: string): PersonalDataFound[] {
  return text.split('\n').flatMap((lineText, index) => findOnLine(lineText).map(({ kind, text: words }) => ({ kind, text: words, line: index + 1 })));
}

/** What looks like personal data on one line of text, with where each starts, in order. */
export function findOnLine(lineText: string): { at: number; kind: PersonalDataKind; text: string }[] {
  const onLine: { at: number; kind: PersonalDataKind; text: string }[] = [];
  for (const match of lineText.matchAll(PHONE)) {
    const kind = phoneKind(match[1]!, match[2]!);
    if (kind) onLine.push({ at: match.index, kind, text: match[0] });
  }
  for (const match of lineText.matchAll(EMAIL)) onLine.push({ at: match.index, kind: 'e-mail address', text: match[0].replace(/[.-]+$/, '') });
  return onLine.sort((a, b) => a.at - b.at);
}

/**
 * What looks like personal data in a parsed Markdown body, scanned as a reader sees the text
 * (escapes undone, a line break within a paragraph read as a space), and in the addresses of
 * its links, which the page publishes too; each finding has the body line (1-based) where it
 * starts. Code, images' descriptions and table cells are text a reader sees; HTML and
 * definitions are not rendered.
 */
export function findPersonalDataInBody(tree: Root): PersonalDataFound[] {
  const parts: string[] = [];
  let length = 0;
  /** Where each run of the text starts, and the body line it is on: [offset, line], in order. */
  const marks: [number, number][] = [];
  const add = (value: string, line: number, softBreak: boolean) => {
    marks.push([length, line]);
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) marks.push([length + at, ++line]);
    parts.push(softBreak ? value.replaceAll('\n', ' ') : value);
    length += value.length;
  };
  const lineAt = (offset: number) => {
    let low = 0;
    let high = marks.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (marks[middle]![0] <= offset) low = middle;
      else high = middle - 1;
    }
    return marks[low]?.[1] ?? 1;
  };
  const endBlock = (line: number) => add('\n', line - 1, false);
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        add(node.value, line, true);
        return;
      case 'code':
        add(`${node.value}\n`, line + 1, false);
        return;
      case 'break':
        add('\n', line - 1, false);
        return;
      case 'image':
        add(node.alt ?? '', line, true);
        add(`\n${node.url}\n`, line - 1, false);
        return;
      case 'link':
        node.children.forEach(visit);
        add(`\n${node.url}\n`, line - 1, false);
        return;
      case 'html':
      case 'definition':
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach(visit);
        if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') endBlock(node.position?.end.line ?? line);
    }
  };
  visit(tree);
  const found: PersonalDataFound[] = [];
  let start = 0;
  for (const lineText of parts.join('').split('\n')) {
    for (const hit of findOnLine(lineText)) {
      const line = lineAt(start + hit.at);
      // An autolink's words and its address are the same finding.
      if (!found.some((f) => f.line === line && f.text === hit.text)) found.push({ kind: hit.kind, text: hit.text, line });
    }
    start += lineText.length + 1;
  }
  return found;
}

/**
 * What kind of number the digits after `+44` or `0` make, or null for none: a UK number has
 * ten digits after the 0 (nine for some 01 numbers); 07 is a mobile, 01, 02 and 03 landlines
 * and non-geographic numbers a caller pays a landline's rate for.
 */
function phoneKind(prefix: string, rest: string): PersonalDataKind | null {
  const digits = rest.replace(/\D/g, '');
  if (prefix.startsWith('(') && !rest.includes(')')) return null;
  const first = digits[0];
  if (first === '7') return digits.length === 10 ? 'mobile number' : null;
  if (first === '1') return digits.length === 10 || digits.length === 9 ? 'phone number' : null;
  if (first === '2' || first === '3') return digits.length === 10 ? 'phone number' : null;
  return null;
}

/** Text compared as a reader would: runs of white space as one space, case ignored. */
export function sameText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** Whether `needle` is in `haystack`, compared as `sameText` compares. */
export function containsText(haystack: string, needle: string): boolean {
  return normalise(haystack).includes(normalise(needle));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
