/**
 * What in a document's text looks like personal data: UK mobile numbers, UK landline numbers
 * (01, 02 and 03 numbers, written with spaces, hyphens or brackets, or in the +44 form) and
 * e-mail addresses. Pure: the loader turns each finding into a warning unless the document
 * records it in `personalDataKept`. Built to miss what a letter is full of: dates
 * (2019-11-21, 21/11/2019, 01.04.2020), report numbers (2019/20), years, sums, postcodes.
 */

export type PersonalDataKind = 'mobile number' | 'phone number' | 'e-mail address';

export interface PersonalDataFound {
  kind: PersonalDataKind;
  /** The words as they stand in the text. */
  text: string;
  /** 1-based line within the text. */
  line: number;
}

/**
 * A telephone number: `+44` (with an optional `(0)`) or `0`, maybe in a bracket, then the
 * number's digits with single spaces, hyphens or a closing bracket between them. Not part of
 * a longer run of digits, a word, a date or a reference (no `/`, `.` or digit either side).
 */
const PHONE = /(?<![\w/.+-])(\+44[ -]?(?:\(0\)[ -]?)?|\(?0)(\d(?:[ -]?\)?[ -]?\d){8,9})(?![\w/-]|[.,]\d)/g;

/** An e-mail address: a local part, `@`, and a domain of at least two labels. */
const EMAIL = /(?<![\w.%+'-])[A-Za-z0-9][\w.%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Every piece of text that looks like personal data, in order of line, then position. */
export function findPersonalData(text: string): PersonalDataFound[] {
  const found: PersonalDataFound[] = [];
  text.split('\n').forEach((lineText, index) => {
    const onLine: { at: number; kind: PersonalDataKind; text: string }[] = [];
    for (const match of lineText.matchAll(PHONE)) {
      const kind = phoneKind(match[1]!, match[2]!);
      if (kind) onLine.push({ at: match.index, kind, text: match[0] });
    }
    for (const match of lineText.matchAll(EMAIL)) onLine.push({ at: match.index, kind: 'e-mail address', text: match[0].replace(/[.-]+$/, '') });
    onLine.sort((a, b) => a.at - b.at);
    for (const { kind, text: words } of onLine) found.push({ kind, text: words, line: index + 1 });
  });
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
