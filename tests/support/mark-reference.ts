/**
 * A reference for src/lib/text/evidence.ts's markQuotes, which reads our HTML as a string: the
 * same marking done on a parsed tree (hast), as the function first did it, so the tests can
 * hold the quick version to the parser's reading of the same HTML.
 */
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { collectText, findQuotes, type TextRun } from '../../src/lib/text/evidence.ts';
import { mergeRanges } from '../../src/lib/text/evidence-marks.ts';

/** The marking as it was done on the parsed tree, one `<mark>` per text node. */
export function markQuotesByParsing(html: string, quotes: readonly string[]): string {
  if (!quotes.length) return html;
  const tree = fromHtml(html, { fragment: true });
  const { text, runs } = collectText(tree);
  const ranges = mergeRanges(findQuotes(text, quotes).flatMap((match) => (match.found ? [[match.start, match.end] as const] : [])));
  if (!ranges.length) return html;
  for (const run of runs) {
    const end = run.start + run.node.value.length;
    const pieces = ranges.filter(([from, to]) => from < end && to > run.start);
    if (pieces.length) splitRun(run, pieces);
  }
  return toHtml(tree);
}

/** Replaces a text node with its unmarked and marked pieces; whitespace alone is never marked (it may sit where a mark is not allowed, between list items). */
function splitRun(run: TextRun, ranges: [number, number][]) {
  const value = run.node.value;
  const pieces: ElementContent[] = [];
  let at = 0;
  const plain = (to: number) => {
    if (to > at) pieces.push({ type: 'text', value: value.slice(at, to) });
    at = Math.max(at, to);
  };
  for (const [from, to] of ranges) {
    const start = Math.max(0, from - run.start);
    const end = Math.min(value.length, to - run.start);
    plain(start);
    const words = value.slice(at, end);
    if (words.trim()) pieces.push({ type: 'element', tagName: 'mark', properties: {}, children: [{ type: 'text', value: words }] });
    else if (words) pieces.push({ type: 'text', value: words });
    at = end;
  }
  plain(value.length);
  const siblings = run.parent.children as (RootContent | ElementContent)[];
  siblings.splice(siblings.indexOf(run.node), 1, ...pieces);
}
