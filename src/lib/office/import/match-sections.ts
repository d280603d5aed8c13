/**
 * Sections found from what a letter quotes. Many letters answer recommendations without a
 * "Recommendation N" label: they quote the recommendation's words first. This compares the
 * letter's blocks with the inspection's recommendation texts and, where a block clearly
 * quotes recommendation N and something else (the answer) follows, inserts a heading line
 * "Recommendation N" before it. It never changes a word, and inserts nothing where unsure.
 *
 * The measure: of the recommendation's runs of three words, the share that appear in the
 * letter's block (and the blocks that carry on its quote, such as a list). A quote scores near
 * 1; a letter that only talks about the same subject scores low, because it shares single
 * words, not runs of them.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { recommendationIdOf } from '../../text/markdown.ts';

/** A block quoting at least this share of a recommendation's three-word runs quotes it. */
export const QUOTES = 0.6;
/** Below QUOTES but at least this share: it may answer it, but that is for a person to say. */
export const MAYBE = 0.25;
/** How many blocks a quote may run over (a paragraph and its list, say). */
const SPAN = 4;
/** The least share of a recommendation a block must quote to be part of a quote of it. */
const MIN_PART = 0.1;
const RUN = 3;

export interface RecommendationText {
  id: string;
  text: string;
}

export interface SectionMatch {
  recommendation: string;
  /** The first words of the block the heading was put before (or would have been). */
  before: string;
  /** The longest run of the recommendation's words the block has, in the recommendation's spelling. */
  words: string;
  /** The share of the recommendation's three-word runs found, 0 to 1. */
  score: number;
}

export interface MatchReport {
  /** Headings inserted. */
  inserted: SectionMatch[];
  /** Possible answers left without a heading, for a person to decide. */
  unsure: SectionMatch[];
  /** Recommendations quoted one after another without an answer between them: not made sections. */
  listed: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The text's words, lower-cased, apostrophes made straight, punctuation ignored. */
function tokens(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));
}

/** The stretch of `text` holding its words `from` to `to` (exclusive), as written. */
function wordsAsWritten(text: string, from: number, to: number): string {
  const matches = [...text.matchAll(WORD)];
  if (to <= from || !matches[from]) return '';
  const last = matches[to - 1]!;
  return text.slice(matches[from]!.index, last.index + last[0].length).replace(/\s+/g, ' ');
}

function runs(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) result.add(words.slice(i, i + RUN).join(' '));
  return result;
}

/** Where the longest stretch of `recommendation`'s words that `block` also has, in order, starts, and its length. */
function longestShared(recommendation: readonly string[], block: readonly string[]): [number, number] {
  let best: [number, number] = [0, 0];
  const at = new Map<string, number[]>();
  block.forEach((w, i) => at.set(w, [...(at.get(w) ?? []), i]));
  for (let i = 0; i < recommendation.length; i++) {
    for (const j of at.get(recommendation[i]!) ?? []) {
      let length = 0;
      while (i + length < recommendation.length && j + length < block.length && recommendation[i + length] === block[j + length]) length++;
      if (length > best[1]) best = [i, length];
    }
  }
  return best;
}

function excerpt(words: readonly string[], max: number): string {
  return words.length > max ? `${words.slice(0, max).join(' ')} …` : words.join(' ');
}

/** A block a heading may go before: text the letter says, not a heading already. */
function isCandidate(node: RootContent): boolean {
  return node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list' || node.type === 'table';
}

interface Scored {
  index: number;
  /** How many blocks the quote runs over. */
  span: number;
  score: number;
  /** The recommendation's words the block shares, as written in the recommendation. */
  words: string;
}

/** The best block (with the blocks after it) for each recommendation. */
function bestFor(recommendation: RecommendationText, blocks: readonly string[][], candidates: readonly boolean[]): Scored | undefined {
  const recWords = tokens(recommendation.text);
  const recRuns = runs(recWords);
  if (recRuns.size === 0) return undefined;
  let best: Scored | undefined;
  for (let index = 0; index < blocks.length; index++) {
    if (!candidates[index]) continue;
    const share = (block: readonly string[]) => {
      const own = runs(block);
      return [...recRuns].filter((r) => own.has(r)).length / recRuns.size;
    };
    // The quote starts in this block, and each block it runs on to quotes part of it too.
    if (share(blocks[index]!) < MIN_PART) continue;
    for (let span = 1; span <= SPAN && index + span <= blocks.length; span++) {
      if (span > 1 && (!candidates[index + span - 1] || share(blocks[index + span - 1]!) < MIN_PART)) break;
      const words = blocks.slice(index, index + span).flat();
      const have = runs(words);
      const score = [...recRuns].filter((r) => have.has(r)).length / recRuns.size;
      if (!best || score > best.score + 0.01) {
        const [start, length] = longestShared(recWords, words);
        best = { index, span, score, words: excerpt(wordsAsWritten(recommendation.text, start, start + length).split(' '), 12) };
      }
    }
  }
  return best;
}

/**
 * Inserts a "Recommendation N" heading before each block that clearly quotes recommendation N
 * (one of `missing`) and is answered; reports what it inserted and what it was unsure of.
 */
export function matchSections(tree: Root, recommendations: readonly RecommendationText[], missing: readonly string[]): MatchReport {
  const report: MatchReport = { inserted: [], unsure: [], listed: [] };
  const blocks = tree.children.map((node) => tokens(toString(node)));
  const candidates = tree.children.map(isCandidate);
  const found: (Scored & { id: string })[] = [];
  for (const recommendation of recommendations) {
    if (!missing.includes(recommendation.id)) continue;
    const best = bestFor(recommendation, blocks, candidates);
    if (!best || best.score < MAYBE) continue;
    found.push({ ...best, id: recommendation.id });
  }
  const describe = (match: Scored & { id: string }): SectionMatch => ({
    recommendation: match.id,
    before: excerpt(tokensAsWritten(tree.children[match.index]!), 8),
    words: match.words,
    score: Math.round(match.score * 100) / 100,
  });

  const sure = found.filter((m) => m.score >= QUOTES);
  for (const match of found.filter((m) => m.score < QUOTES)) report.unsure.push(describe(match));
  // One block, two recommendations: it quotes both, and answers neither in particular.
  const shared = new Set(sure.filter((m) => sure.some((o) => o !== m && o.index === m.index)).map((m) => m.id));
  // Quotes that follow one another with nothing between them are a list of the recommendations.
  const listed = new Set<string>();
  for (const match of sure) {
    const next = sure.find((o) => o.index === match.index + match.span);
    const previous = sure.find((o) => o.index + o.span === match.index);
    if (next || previous) listed.add(match.id);
  }
  const headingAt = new Map<number, string>();
  for (const match of sure) {
    if (shared.has(match.id)) {
      report.unsure.push(describe(match));
      continue;
    }
    if (listed.has(match.id)) {
      report.listed.push(match.id);
      continue;
    }
    // A quote with nothing after it answers nothing.
    if (match.index + match.span >= tree.children.length) {
      report.unsure.push(describe(match));
      continue;
    }
    headingAt.set(match.index, match.id);
    report.inserted.push(describe(match));
  }
  if (headingAt.size) {
    const depth = headingDepth(tree);
    tree.children = tree.children.flatMap((node, index) => {
      const id = headingAt.get(index);
      if (!id) return [node];
      const heading: Heading = { type: 'heading', depth, children: [{ type: 'text', value: `Recommendation ${id}` }] };
      return [heading, node];
    });
  }
  report.inserted.sort((a, b) => naturalOrder(a.recommendation, b.recommendation));
  return report;
}

/** The block's first words as the letter has them (case and punctuation kept). */
function tokensAsWritten(node: Nodes): string[] {
  return toString(node).split(/\s+/).filter(Boolean);
}

/** One level below the letter's own headings (as markRecommendationSections chooses). */
function headingDepth(tree: Root): Heading['depth'] {
  const existing = tree.children.flatMap((n) => (n.type === 'heading' && recommendationIdOf(toString(n)) ? [n.depth] : []));
  if (existing.length) return existing[0]!;
  const depths = tree.children.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
  return Math.min(6, depths.length ? Math.min(...depths) + 1 : 2) as Heading['depth'];
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
