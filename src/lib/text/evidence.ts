/**
 * Evidence: the words a status rests on, quoted from the document. A quotation is found in
 * the document's text after both are normalised (`normaliseForQuote`), so that
 * what an author copies from a PDF, a Word file or the Markdown source matches what the site
 * shows; and the same quotation can be marked in the section's HTML for readers.
 * Quotations are looked for in rendered HTML's plain text (`toHtmlText`), blocks apart, so
 * that a quotation may run from one paragraph or list item into the next.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { BLOCK_ELEMENTS } from './html-text.ts';

/** Quotation marks and apostrophes, curly and straight, and the primes that stand in for them. */
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u0060', '\u00b4']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
/** Hyphens and dashes of every length, and the minus sign. */
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']);
/** Markdown emphasis markers: an author may copy `*must*` from the source where the page shows "must". */
const EMPHASIS = new Set(['*', '_']);
/** Characters that take no room: soft hyphens and zero-width spaces and joiners, as PDFs leave them. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const WHITESPACE = /^\s$/u;

/** A character with the combining marks after it (NFC composes within one, never across two), from a given offset. */
const UNIT = /[\s\S]\p{M}*/uy;

/** Normalised text, with where each of its characters (UTF-16 code units) came from in the original. */
interface Normalised {
  text: string;
  /** Offset in the original of the unit each character came from. */
  starts: Int32Array;
  /** Offset in the original just after that unit. */
  ends: Int32Array;
}

function normaliseUnit(unit: string): string {
  if (WHITESPACE.test(unit)) return ' ';
  if (INVISIBLE.has(unit) || EMPHASIS.has(unit)) return '';
  if (SINGLE_QUOTES.has(unit)) return "'";
  if (DOUBLE_QUOTES.has(unit)) return '"';
  if (DASHES.has(unit)) return '-';
  if (unit === '\u2026') return '...';
  return unit.normalize('NFC');
}

/**
 * Normalises `text`, keeping a map back to it; whitespace runs become one space, and none at
 * either end. Plain ASCII, most of any document, takes a fast path: a stretch of it that stands
 * for itself (words one space apart) is copied whole, and the map is kept in typed arrays (at
 * most two places for each character of the original but an ellipsis, which grows them).
 */
function normaliseMapped(text: string): Normalised {
  const parts: string[] = [];
  let starts = new Int32Array(2 * text.length + 16);
  let ends = new Int32Array(2 * text.length + 16);
  let length = 0;
  /** Whether whitespace came since the last character kept. */
  let space = false;
  /** Where the stretch being copied as it is started in `text` (-1: none). */
  let run = -1;
  /** Where a single space just after the stretch is, which the stretch takes in if a character it copies follows (-1: none). */
  let runSpace = -1;
  const endRun = (at: number) => {
    if (run >= 0) parts.push(text.slice(run, runSpace >= 0 ? runSpace : at));
    run = -1;
    runSpace = -1;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // ASCII not followed by a combining mark (U+0300 and up) stands for itself.
    if (code < 0x80 && next < 0x300) {
      if (code === 0x20 && run >= 0 && !space) {
        runSpace = i;
        space = true;
      } else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        endRun(i);
        space = true;
      } else if (code === 0x2a || code === 0x5f) { // * and _: emphasis markers, left out
        endRun(i);
      } else {
        if (space && length) {
          if (runSpace !== i - 1) {
            endRun(i);
            parts.push(' ');
          }
          runSpace = -1;
          starts[length] = i;
          ends[length] = i;
          length++;
        }
        space = false;
        if (code === 0x60) { // a backtick, as a straight apostrophe
          endRun(i);
          parts.push("'");
        } else if (run < 0) {
          run = i;
        }
        starts[length] = i;
        ends[length] = i + 1;
        length++;
      }
      i++;
      continue;
    }
    endRun(i);
    UNIT.lastIndex = i;
    const unit = UNIT.exec(text)![0];
    const value = normaliseUnit(unit);
    if (value === ' ') {
      space = true;
    } else if (value) {
      const more = value.length + 1;
      if (length + more > starts.length) {
        const size = Math.max(2 * starts.length, length + more);
        const [grownStarts, grownEnds] = [new Int32Array(size), new Int32Array(size)];
        grownStarts.set(starts);
        grownEnds.set(ends);
        [starts, ends] = [grownStarts, grownEnds];
      }
      if (space && length) {
        parts.push(' ');
        starts[length] = i;
        ends[length] = i;
        length++;
      }
      space = false;
      parts.push(value);
      starts.fill(i, length, length + value.length);
      ends.fill(i + unit.length, length, length + value.length);
      length += value.length;
    }
    i += unit.length;
  }
  endRun(text.length);
  return { text: parts.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

/**
 * Text as a quotation is compared: whitespace and line breaks as one space, curly and
 * straight quotation marks and apostrophes alike, every dash as a hyphen, an ellipsis as
 * three dots, Markdown emphasis markers (`*`, `_`) and invisible characters left out,
 * accented letters composed (so a Welsh ŵ typed either way matches).
 */
export function normaliseForQuote(text: string): string {
  return ALREADY_NORMAL.test(text) ? text : normaliseMapped(text).text;
}

/**
 * Text that normalising gives back as it is: printable ASCII but the emphasis markers and the
 * backtick, words one space apart, no space at either end. Most quotations are; a page's
 * quotations' ids normalise each of them again (at 10,000 documents, 1.5 s of a full build).
 */
const ALREADY_NORMAL = /^[!-)+-^a-~]+(?: [!-)+-^a-~]+)*$/;

/** Where a quotation is in a text, or the passage nearest to it. */
export type QuoteMatch =
  | {
    found: true;
    /** Offset in the text where the quotation starts. */
    start: number;
    /** Offset in the text just after it ends. */
    end: number;
  }
  | {
    found: false;
    /** The passage of the text nearest to the quotation, on one line (undefined if the text has no words). */
    nearest: string | undefined;
  };

/** Finds `quote` in `text`, comparing both normalised (see `normaliseForQuote`). */
export function findQuote(text: string, quote: string): QuoteMatch {
  return findQuotes(text, [quote])[0]!;
}

/** Finds each of `quotes` in `text` (as `findQuote`), normalising the text once for them all. */
export function findQuotes(text: string, quotes: readonly string[]): QuoteMatch[] {
  const body = normaliseMapped(text);
  return quotes.map((quote) => {
    const wanted = normaliseForQuote(quote);
    const at = locateIn(body, wanted);
    if (at) return { found: true, ...at };
    return { found: false, nearest: wanted ? nearestPassage(text, body, wanted) : undefined };
  });
}

/**
 * Where each of `quotes` is in `text` (as `findQuotes`), or null, without looking for the
 * nearest passage to one that is not there (the slow part, which only an author's message needs).
 */
export function locateQuotes(text: string, quotes: readonly string[]): ({ start: number; end: number } | null)[] {
  const body = normaliseMapped(text);
  return quotes.map((quote) => locateIn(body, normaliseForQuote(quote)));
}

function locateIn(body: Normalised, wanted: string): { start: number; end: number } | null {
  const at = wanted ? body.text.indexOf(wanted) : -1;
  return at >= 0 ? { start: body.starts[at]!, end: body.ends[at + wanted.length - 1]! } : null;
}

/** Longest stretch of a quotation compared character by character when looking for the nearest passage (cost grows with both lengths). */
const NEAREST_QUOTE_LIMIT = 400;

/**
 * The passage of `body` with the fewest edits to `wanted` (Sellers' approximate substring
 * match), widened to whole words and given in the original's words on one line.
 */
function nearestPassage(original: string, body: Normalised, wanted: string): string | undefined {
  const text = body.text;
  if (!text) return undefined;
  const needle = wanted.slice(0, NEAREST_QUOTE_LIMIT);
  const m = needle.length;
  // cost[i]: edits to match needle[0..i) ending at the current body position; from[i]: where that match starts.
  let cost = Int32Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  let best = { cost: m, start: 0, end: 0 };
  for (let j = 1; j <= text.length; j++) {
    const char = text[j - 1];
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (needle[i - 1] === char ? 0 : 1);
      const skipBody = cost[i]! + 1;
      const skipQuote = nextCost[i - 1]! + 1;
      if (substitute <= skipBody && substitute <= skipQuote) {
        nextCost[i] = substitute;
        nextFrom[i] = from[i - 1]!;
      } else if (skipBody <= skipQuote) {
        nextCost[i] = skipBody;
        nextFrom[i] = from[i]!;
      } else {
        nextCost[i] = skipQuote;
        nextFrom[i] = nextFrom[i - 1]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
    if (cost[m]! < best.cost) best = { cost: cost[m]!, start: from[m]!, end: j };
  }
  let start = best.start;
  // At least as long as the quotation: past the part compared, and where words were left out of it.
  let end = Math.min(text.length, Math.max(best.end + wanted.length - m, start + wanted.length));
  while (start > 0 && text[start - 1] !== ' ') start--;
  while (end < text.length && text[end] !== ' ') end++;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return undefined;
  return original.slice(body.starts[start], body.ends[end - 1]).replace(/\s+/g, ' ');
}

export interface TextRun {
  node: Text;
  parent: Root | Element;
  /** Offset of the node's value in the collected text. */
  start: number;
}

/**
 * The text of a tree, blocks apart, with where each text node sits in it: the same words, and
 * the same breaks between blocks, as `toHtmlText` gives for the HTML, which the loader
 * checks quotations against (tests/unit/evidence.test.ts holds the two together).
 */
export function collectText(tree: Root): { text: string; runs: TextRun[] } {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  const push = (value: string) => {
    parts.push(value);
    length += value.length;
  };
  const visit = (parent: Root | Element) => {
    for (const child of parent.children as (RootContent | ElementContent)[]) {
      if (child.type === 'text') {
        runs.push({ node: child, parent, start: length });
        push(child.value);
      } else if (child.type === 'element') {
        const block = BLOCK_ELEMENTS.has(child.tagName);
        if (block) push('\n');
        visit(child);
        if (block) push('\n');
      }
    }
  };
  visit(tree);
  return { text: parts.join(''), runs };
}

/**
 * The plain text of rendered HTML as quotations are found in it: the words as a reader sees
 * them, with a break between blocks. Normalised, it is the same as `toHtmlText`'s, which
 * the loader uses because it is faster on a large body.
 */
export function quotableText(html: string): string {
  return collectText(fromHtml(html, { fragment: true })).text;
}
