/**
 * Marks the quoted evidence in a section's rendered HTML (`<mark>`), for the comparison
 * pages: where the quotations are found in the section's text (src/lib/text/evidence.ts), and
 * how the marks go into our own HTML without parsing it.
 */
import { findQuotes } from './evidence.ts';
import { BLOCK_ELEMENTS } from './html-text.ts';

/**
 * Wraps each quotation found in `html` in `<mark>`. A quotation may run across inline
 * elements and from one paragraph or list item into the next: it is marked piece by piece,
 * one `<mark>` per run of text between tags, so the HTML stays valid. Quotations not found
 * leave it as it was (the loader has already reported them); with none found the HTML is
 * returned unchanged. It reads our own rendered HTML as a string (htmlTextRuns) rather than
 * parsing it: every comparison page marks every force's section, twice in a build (for its
 * cache key and to render it), and a parser took 3.4 s of a 1,000-document build.
 */
export function markQuotes(html: string, quotes: readonly string[]): string {
  return markRanges(html, quotes, []);
}

/** A quotation to mark with an id of its own, so an address can open the page at it (`#q-1-3f9a0c`). */
export interface QuoteWithId {
  id: string;
  text: string;
}

/**
 * As `markQuotes`, and each quotation's first `<mark>` carries its id: a mark begins where
 * each quotation begins, even inside another's words. A quotation that begins where an
 * earlier one does has its id on an empty `<span>` at the start of that mark, so every id
 * exists and every address opens at a mark its words begin (the page highlights a mark that
 * is the target or holds it: src/styles/narrow.css).
 */
export function markQuotesWithIds(html: string, quotes: readonly QuoteWithId[]): string {
  return markRanges(html, quotes.map((q) => q.text), quotes.map((q) => q.id));
}

function markRanges(html: string, quotes: readonly string[], ids: readonly string[]): string {
  if (!quotes.length) return html;
  const { text, runs } = htmlTextRuns(html);
  const matches = findQuotes(text, quotes);
  const idsAt = new Map<number, string[]>();
  matches.forEach((match, i) => {
    if (match.found && ids[i]) idsAt.set(match.start, [...(idsAt.get(match.start) ?? []), ids[i]]);
  });
  const ranges = splitAt(mergeRanges(matches.flatMap((match) => (match.found ? [[match.start, match.end] as const] : []))), [...idsAt.keys()]);
  if (!ranges.length) return html;
  const out: string[] = [];
  let at = 0;
  // The ids of the range being marked, until its first mark carries them.
  let pending: string[] = [];
  let range = -1;
  for (const run of runs) {
    const end = run.start + run.length;
    for (let r = 0; r < ranges.length; r++) {
      const [from, to] = ranges[r]!;
      if (!(from < end && to > run.start)) continue;
      if (r !== range) {
        range = r;
        pending = idsAt.get(from) ?? [];
      }
      const rawFrom = run.raw(Math.max(0, from - run.start));
      const rawTo = run.raw(Math.min(run.length, to - run.start));
      const words = html.slice(rawFrom, rawTo);
      // Whitespace alone is never marked: it may sit where a mark is not allowed, between list items.
      if (!words.trim()) continue;
      const [first, ...more] = pending;
      out.push(html.slice(at, rawFrom), first ? `<mark id="${first}">` : '<mark>', ...more.map((id) => `<span id="${id}"></span>`), words, '</mark>');
      pending = [];
      at = rawTo;
    }
  }
  out.push(html.slice(at));
  return out.join('');
}

/** The ranges cut at each of `points` that falls inside one, so a new range begins there. */
function splitAt(ranges: [number, number][], points: number[]): [number, number][] {
  if (!points.length) return ranges;
  const cuts = [...new Set(points)].sort((a, b) => a - b);
  return ranges.flatMap(([from, to]) => {
    const inside = cuts.filter((p) => p > from && p < to);
    const edges = [from, ...inside, to];
    return inside.length ? edges.slice(1).map((edge, i) => [edges[i]!, edge] as [number, number]) : [[from, to] as [number, number]];
  });
}

/** A tag (attribute values may hold `>` in quotes) or a comment. */
const HTML_TAG = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Block elements with no end tag: a parser gives them a break before and after, as for any block. */
const VOID_BLOCKS: ReadonlySet<string> = new Set(['br', 'hr']);

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

interface HtmlTextRun {
  /** Offset of the run's text in the collected text. */
  start: number;
  /** Its length there (character references decoded). */
  length: number;
  /** The offset in the HTML of the character at `offset` in the run's text (`length` gives the run's end). */
  raw: (offset: number) => number;
}

/**
 * The text of our own rendered HTML, blocks apart, with where each run of text between tags
 * sits in it and in the HTML: the same text `collectText` gives for the parsed HTML
 * (tests/unit/evidence.test.ts holds the two together).
 */
function htmlTextRuns(html: string): { text: string; runs: HtmlTextRun[] } {
  const parts: string[] = [];
  const runs: HtmlTextRun[] = [];
  let length = 0;
  const push = (value: string) => {
    parts.push(value);
    length += value.length;
  };
  const addRun = (from: number, to: number) => {
    if (to <= from) return;
    const { value, raw } = decodeRun(html, from, to);
    runs.push({ start: length, length: value.length, raw });
    push(value);
  };
  let at = 0;
  for (const match of html.matchAll(HTML_TAG)) {
    addRun(at, match.index);
    at = match.index + match[0].length;
    const name = match[1]?.toLowerCase();
    if (!name || !BLOCK_ELEMENTS.has(name)) continue;
    push(VOID_BLOCKS.has(name) ? '\n\n' : '\n');
  }
  addRun(at, html.length);
  return { text: parts.join(''), runs };
}

/** The decoded text of `html` between `from` and `to`, and where each of its characters came from. */
function decodeRun(html: string, from: number, to: number): { value: string; raw: (offset: number) => number } {
  const source = html.slice(from, to);
  if (!source.includes('&')) return { value: source, raw: (offset) => from + offset };
  let value = '';
  const origins: number[] = [];
  let at = 0;
  for (const match of source.matchAll(ENTITY)) {
    const decoded = match[1] ? String.fromCodePoint(Number(match[1]))
      : match[2] ? String.fromCodePoint(parseInt(match[2], 16))
      : NAMED_ENTITIES[match[3]!];
    if (decoded === undefined) continue;
    for (let i = at; i < match.index; i++) origins.push(from + i);
    value += source.slice(at, match.index);
    for (let i = 0; i < decoded.length; i++) origins.push(from + match.index);
    value += decoded;
    at = match.index + match[0].length;
  }
  for (let i = at; i < source.length; i++) origins.push(from + i);
  value += source.slice(at);
  origins.push(to);
  return { value, raw: (offset) => origins[offset]! };
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

