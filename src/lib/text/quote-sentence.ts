/**
 * A quotation in its sentence: the rest of the sentence (or sentences) a quotation starts and
 * ends in, so that wherever a quotation stands apart from its document a reader sees what it
 * cut ("There is still work to be done" is followed by "but I firmly believe ...").
 *
 * It works on a document's plain text (src/lib/text/markdown-text.ts), in which every line break is
 * one a reader sees: paragraphs, headings, list items, table rows and a Markdown hard break
 * each start a line, and table cells are a tab apart. The quotation is found as the loader
 * finds it (src/lib/text/evidence.ts: spacing, quotation marks, dashes, ellipses and emphasis
 * markers may differ). A sentence then runs back and forward to the nearest of:
 *
 * - the start or end of a line or table cell (so of a paragraph, heading or list item);
 * - a label that starts a line and ends with a colon ("Response:", "Recommendation 4:"; at
 *   most `LABEL_WORDS` words, the first a capital's), a space, and a capital letter or an
 *   opening quotation mark or bracket: the sentence starts after the label;
 * - ".", "?" or "!" (with any closing quotation mark or bracket after it), a space, and a
 *   capital letter or an opening quotation mark or bracket; but not after an abbreviation
 *   (`ABBREVIATIONS`), an initial ("J. Smith"), a word with dots inside ("e.g.", "c.c.")
 *   or an ellipsis.
 *
 * Where it cannot tell, it does not end the sentence: a longer context can only show more of
 * the document, never cut it. A context is at most `SENTENCE_CONTEXT_LIMIT` characters each
 * side of the quotation, cut before a word with "…".
 */
import { locateQuotes } from './evidence.ts';

/** A quotation with the rest of its sentence(s) either side; both empty when it is whole sentences. */
export interface QuoteInSentence {
  /** The document's words from the start of the sentence up to the quotation ("…" first where cut). */
  before: string;
  /** The quotation, in the document's own words (line breaks as spaces). */
  quoted: string;
  /** The document's words from the quotation to the end of the sentence ("…" last where cut). */
  after: string;
}

/** Most characters of context either side of a quotation: a sentence longer than this is cut at a word. */
export const SENTENCE_CONTEXT_LIMIT = 400;

/** Shown where a context is cut before its sentence's start or end. */
const CUT = '…';

/**
 * Words that end with a full stop without ending a sentence, in lower case and without it.
 * "No." and "St." are here, so "the answer was no. Then" is not split: a longer context
 * only shows more.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'approx', 'cf', 'ch', 'cllr', 'co', 'dept', 'det', 'dr', 'etc', 'govt', 'hon', 'insp', 'inc', 'ltd', 'mr', 'mrs', 'ms',
  'no', 'nos', 'para', 'paras', 'pp', 'prof', 'ref', 'rev', 'rt', 'sgt', 'st', 'supt', 'viz', 'vol', 'vs',
]);

/** Most words in a label that starts a line and ends with a colon ("Response:", "Recommendation 4:"). */
export const LABEL_WORDS = 4;
/** A label: a capital's word, then at most `LABEL_WORDS` - 1 more words, and a colon at its end. */
const LABEL = new RegExp(`^\\p{Lu}[\\p{L}\\p{N}'\u2019().-]*(?: [\\p{L}\\p{N}'\u2019().-]+){0,${LABEL_WORDS - 1}}:$`, 'u');

/** Marks that end a sentence, when a space and a capital follow. */
const SENTENCE_END = new Set(['.', '?', '!']);
/** What may stand between a sentence's last mark and the space: closing quotation marks and brackets. */
const CLOSERS = new Set(['"', "'", '\u2019', '\u201d', ')', ']']);
/** What may open a sentence besides a capital letter: opening quotation marks and brackets. */
const OPENERS = new Set(['"', "'", '\u2018', '\u201c', '(', '[']);
const CAPITAL = /\p{Lu}/u;
/** What a word before a full stop is made of: letters, dots, apostrophes ("AFI's") and hyphens. */
const WORD_CHAR = /[\p{L}.'\u2019-]/u;
/** A line break or a table cell's tab: a sentence never runs across one. */
const isLineBreak = (char: string | undefined) => char === '\n' || char === '\r' || char === '\t';
const isSpace = (char: string | undefined) => char === ' ' || char === '\u00a0';

/** Finds `quote` in `text` (as the loader does) with the rest of its sentences; null when it is not there. */
export function findQuoteSentence(text: string, quote: string): QuoteInSentence | null {
  return findQuoteSentences(text, [quote])[0]!;
}

/** `findQuoteSentence` for each of `quotes`, normalising the text once for them all. */
export function findQuoteSentences(text: string, quotes: readonly string[]): (QuoteInSentence | null)[] {
  return locateQuotes(text, quotes).map((at) => (at ? inSentence(text, at.start, at.end) : null));
}

/** Each quotation of each recommendation's evidence in its sentences (see `findQuoteSentences`), the text normalised once. */
export function findEvidenceSentences(text: string, evidence: Readonly<Record<string, readonly string[]>>): Record<string, (QuoteInSentence | null)[]> {
  const entries = Object.entries(evidence);
  if (!entries.length) return {};
  const found = findQuoteSentences(text, entries.flatMap(([, quotes]) => quotes));
  const result: Record<string, (QuoteInSentence | null)[]> = {};
  let at = 0;
  for (const [id, quotes] of entries) {
    result[id] = found.slice(at, at + quotes.length);
    at += quotes.length;
  }
  return result;
}

/** The sentence(s) as one line: what the data files carry, the quoted words unmarked. */
export function sentenceText(quote: QuoteInSentence): string {
  return `${quote.before}${quote.quoted}${quote.after}`;
}

/** The quotation at `start`–`end` of `text`, with the rest of the sentences it starts and ends in. */
export function inSentence(text: string, start: number, end: number): QuoteInSentence {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  return {
    before: from.cut ? `${CUT}${oneLine(text.slice(from.at, start))}` : oneLine(text.slice(from.at, start)),
    quoted: oneLine(text.slice(start, end)),
    after: to.cut ? `${oneLine(text.slice(end, to.at))}${CUT}` : oneLine(text.slice(end, to.at)),
  };
}

/** Where the sentence holding `at` starts, or where the context is cut, at most `SENTENCE_CONTEXT_LIMIT` before it. */
export function sentenceStart(text: string, at: number): { at: number; cut: boolean } {
  const limit = Math.max(0, at - SENTENCE_CONTEXT_LIMIT);
  for (let p = at; p >= limit; p--) {
    if (!isSpace(text[p]) && !isLineBreak(text[p]) && startsSentence(text, p)) return { at: p, cut: false };
  }
  // No start near enough: begin at the first whole word after the limit.
  let p = limit;
  while (p < at && !isSpace(text[p])) p++;
  while (p < at && isSpace(text[p])) p++;
  return { at: p, cut: true };
}

/** Where the sentence holding the character before `at` ends, or where the context is cut, at most `SENTENCE_CONTEXT_LIMIT` after it. */
export function sentenceEnd(text: string, at: number): { at: number; cut: boolean } {
  const limit = Math.min(text.length, at + SENTENCE_CONTEXT_LIMIT);
  for (let q = at; q < limit; q++) {
    if (isLineBreak(text[q])) return { at: trimEnd(text, at, q), cut: false };
    if (q > at && isSpace(text[q - 1]) && !isSpace(text[q]) && startsSentence(text, q)) return { at: trimEnd(text, at, q), cut: false };
  }
  if (limit === text.length) return { at: trimEnd(text, at, limit), cut: false };
  // No end near enough: stop after the last whole word before the limit.
  let q = limit;
  while (q > at && !isSpace(text[q])) q--;
  return { at: trimEnd(text, at, q), cut: true };
}

/**
 * Whether a sentence starts at `p` (a character that is not a space): the text starts there,
 * or a line or cell does, or a sentence ends before it (see the module's comment).
 */
export function startsSentence(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  if (i < 0 || isLineBreak(text[i])) return true;
  if (i === p - 1) return false;
  if (!CAPITAL.test(text[p]!) && !OPENERS.has(text[p]!)) return false;
  if (text[i] === ':') return followsLabel(text, i);
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  if (!SENTENCE_END.has(text[i]!)) return false;
  return text[i] !== '.' || !isAbbreviation(text, i);
}

/** Whether the colon at `colon` ends a label that starts its line (see `LABEL`). */
function followsLabel(text: string, colon: number): boolean {
  let from = colon;
  while (from > 0 && !isLineBreak(text[from - 1])) from--;
  return LABEL.test(text.slice(from, colon + 1));
}

/** Whether the full stop at `dot` ends an abbreviation, an initial, a dotted word or an ellipsis rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  if (word === '') return false; // after a digit or a bracket: "in 2016. The"
  if (word.includes('.')) return true; // an ellipsis "...", or a dotted word: e.g. i.e. c.c. U.K.
  if ([...word].length === 1) return true; // an initial: J. Smith
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** `q` moved back over spaces, never before `at`. */
function trimEnd(text: string, at: number, q: number): number {
  while (q > at && (isSpace(text[q - 1]) || isLineBreak(text[q - 1]))) q--;
  return q;
}

/** Whitespace and line breaks as single spaces, as the words read on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
