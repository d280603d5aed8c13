/**
 * A reference for src/lib/evidence.ts's markQuotes, which reads our HTML as a string: the
 * same marking done on a parsed tree (hast), as the function first did it, so the tests can
 * hold the quick version to the parser's reading of the same HTML.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { findQuotes } from '../../src/lib/evidence.ts';
import { BLOCK_ELEMENTS } from '../../src/lib/search-text.ts';

interface TextRun {
  node: Text;
  parent: Root | Element;
  /** Offset of the node's value in the collected text. */
  start: number;
}

/**
 * The text of a tree, blocks apart, with where each text node sits in it: the same words, and
 * the same breaks between blocks, as `toSearchText` gives for the HTML, which the loader
 * checks quotations against (tests/unit/evidence.test.ts holds the two together).
 */
function collectText(tree: Root): { text: string; runs: TextRun[] } {
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

/** Sorted, with overlapping or touching ranges joined. */
function mergeRanges(ranges: (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
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
