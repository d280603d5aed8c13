/**
 * The parts of an HMICFRS report that make an inspection, for import-inspection.ts: its title,
 * every recommendation (its number, its words as Markdown, whom it is for and when it is due),
 * and how many areas for improvement it has, which are counted, not copied.
 *
 * Two shapes of report are read (docs/publishing.md names the published pages they follow):
 * a national report labels each one "Recommendation N" (a heading, or a paragraph's first
 * words), its lists belonging to it; a force's report gives each cause of concern a statement
 * and then, unnumbered, "the force should" paragraphs, or a lead-in ending "should:" with one
 * recommendation per item of the list after it, as the inspectorate's register counts them.
 * Unnumbered recommendations are numbered here in the order they come, and the draft says so.
 */
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringifyMarkdown } from './to-markdown.ts';
import { addresseesOf, dueDateOf } from './report-words.ts';

const RECOMMENDATION_LABEL = /^\s*recommendation\s+([0-9]+[a-z]?(?:\.[0-9]+)?)\b\s*[:.–—-]?\s*/i;
const IMPROVEMENT_LABEL = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(areas?)\s+for\s+improvement\b\s*([0-9]+[a-z]?)?\s*[:.–—-]?\s*/i;
const CONCERN_LABEL = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?causes?\s+(?:of|for)\s+concern\b/i;
/** A heading over recommendations: "Recommendations", "Recommendation", "4. Overarching recommendations", "Our recommendations". */
const RECOMMENDATIONS_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:our|overarching|national|summary\s+of|list\s+of|the|further)\s+)*recommendations?\s*:?\s*$/i;
const SHOULD = /\b(?:should|must)\b/i;

export interface InspectionRecommendation {
  /** The report's number for it, as the report gives it (or its place in the report, if it gives none). */
  id: string;
  /** Its words, as Markdown (lists kept). */
  text: string;
  addressedTo: string[];
  due?: string;
  /** "cause of concern" when it sits under one. */
  under?: string;
}

export function toPlain(markdown: string): string {
  return markdown.replace(/[*_`>#]|^\s*[-+]\s+|^\s*\d+[.)]\s+/gm, '').replace(/\s+/g, ' ').trim();
}

export interface Found {
  title?: string;
  recommendations: InspectionRecommendation[];
  improvements: number;
  concerns: number;
  /** The numbers given here because the report gives none, in order. */
  numberedHere: string[];
  /** Lists after one lead-in ("…the force should:") drafted as one recommendation per item. */
  split: { leadIn: string; ids: string[] }[];
}

/** Walks the report's blocks in order, collecting its recommendations and counting its areas for improvement. */
export function collect(tree: Root): Found {
  const found: Found = { recommendations: [], improvements: 0, concerns: 0, numberedHere: [], split: [] };
  const isLabel = (node: RootContent) => (node.type === 'heading' || node.type === 'paragraph') && RECOMMENDATION_LABEL.test(toString(node));
  // A report that labels any recommendation "Recommendation N" labels them all: only those are taken.
  const labelled = tree.children.some(isLabel);
  let open: { id: string; blocks: RootContent[]; under?: string } | undefined;
  let openImprovement = false;
  let section: 'recommendations' | 'improvements' | 'concern' | 'other' = 'other';
  let underConcern = false;
  let concernDepth = 6;
  /** Under a cause of concern: past its statement, where its recommendations are. */
  let concernRecommendations = false;
  let leadIn: RootContent | undefined;

  const close = () => {
    if (open && open.blocks.length) {
      const text = stringifyMarkdown({ type: 'root', children: open.blocks }).trim();
      const recommendation: InspectionRecommendation = { id: open.id, text, addressedTo: addresseesOf(toPlain(text)) };
      const due = dueDateOf(toPlain(text));
      if (due) recommendation.due = due;
      if (open.under) recommendation.under = open.under;
      found.recommendations.push(recommendation);
    }
    open = undefined;
    openImprovement = false;
  };
  const under = () => (underConcern ? { under: 'cause of concern' } : {});
  const add = (id: string | undefined, blocks: RootContent[]) => {
    const number = id ?? String(found.recommendations.length + 1);
    if (id === undefined) found.numberedHere.push(number);
    open = { id: number, blocks, ...under() };
    close();
    return number;
  };
  /** An unlabelled list in a recommendations part: each item one recommendation, after the lead-in if there is one. */
  const addItems = (list: List) => {
    const ids = list.children.map((item: ListItem, index) => {
      const number = list.ordered ? String((list.start ?? 1) + index) : undefined;
      const alone: List = { ...list, ...(list.ordered ? { start: (list.start ?? 1) + index } : {}), children: [item] };
      return add(number, leadIn ? [leadIn, alone] : (item.children as RootContent[]));
    });
    if (leadIn && ids.length > 1) found.split.push({ leadIn: toString(leadIn).replace(/\s+/g, ' ').trim(), ids });
    leadIn = undefined;
  };

  tree.children.forEach((node, index) => {
    const text = toString(node).trim();
    if (node.type === 'heading' && !found.title && node.depth === 1) {
      found.title = text;
      return;
    }
    const recommendation = isLabel(node) ? RECOMMENDATION_LABEL.exec(text) : null;
    if (recommendation) {
      close();
      open = { id: recommendation[1]!, blocks: [], ...under() };
      const rest = withoutLabel(node, recommendation[0].length);
      if (rest) open.blocks.push(rest);
      return;
    }
    const improvement = node.type === 'heading' || node.type === 'paragraph' ? IMPROVEMENT_LABEL.exec(text) : null;
    if (improvement && (node.type === 'heading' || improvement[2] || /^area$/i.test(improvement[1]!) || text.split(/\s+/).length <= 4)) {
      close();
      leadIn = undefined;
      if (improvement[2] || /^area$/i.test(improvement[1]!)) {
        // "Area for improvement 2", or "Area for improvement" over the text of one.
        found.improvements++;
        openImprovement = !withoutLabel(node, improvement[0].length);
      } else {
        section = 'improvements';
        underConcern = false;
      }
      return;
    }
    // In a PDF a sub-heading is often bold type of the ordinary size: a short paragraph of its own.
    const headingLike = node.type === 'heading' || (node.type === 'paragraph' && text.split(/\s+/).length <= 6 && (CONCERN_LABEL.test(text) || RECOMMENDATIONS_HEADING.test(text)));
    if (headingLike) {
      close();
      leadIn = undefined;
      const depth = node.type === 'heading' ? node.depth : 6;
      if (CONCERN_LABEL.test(text)) {
        if (!/^\s*(?:\d+(?:\.\d+)*\.?\s+)?causes\b/i.test(text)) found.concerns++;
        [underConcern, section, concernDepth, concernRecommendations] = [true, 'concern', depth, false];
      } else if (RECOMMENDATIONS_HEADING.test(text) && underConcern && depth >= concernDepth) {
        [section, concernRecommendations] = ['concern', true];
      } else {
        section = RECOMMENDATIONS_HEADING.test(text) ? 'recommendations' : 'other';
        underConcern = false;
      }
      return;
    }
    if (open) {
      open.blocks.push(node);
      return;
    }
    if (openImprovement) return;
    if (section === 'improvements') {
      // Unlabelled areas for improvement: each item of a list, each paragraph that says what should be done.
      if (node.type === 'list') found.improvements += node.children.length;
      else if (node.type === 'paragraph' && SHOULD.test(text)) found.improvements++;
      return;
    }
    if (labelled) {
      // A numbered list under "Recommendations" gives their numbers.
      if (node.type === 'list' && node.ordered && section === 'recommendations') addItems(node);
      return;
    }
    if (section === 'other') return;
    if (section === 'concern' && !concernRecommendations) {
      // The statement of the concern comes first; its recommendations start with a list, "we recommend", or a "should" that is not the concern itself.
      if (node.type === 'list' || (node.type === 'paragraph' && (/\brecommends?\b/i.test(text) || (SHOULD.test(text) && !/\bconcern\b/i.test(text))))) concernRecommendations = true;
      else return;
    }
    if (node.type === 'list') addItems(node);
    // "…the force should:" over a list: its words begin each item's recommendation. ("We make three recommendations:" does not.)
    else if (node.type === 'paragraph' && /:$/.test(text) && SHOULD.test(text) && tree.children[index + 1]?.type === 'list') leadIn = node;
    else if (node.type === 'paragraph' && SHOULD.test(text)) add(undefined, [node]);
  });
  close();
  return found;
}

/** The block without the first `length` characters of its text (the label), or nothing if only the label was there. */
function withoutLabel(node: RootContent, length: number): RootContent | undefined {
  if (node.type !== 'paragraph') return undefined;
  let left = length;
  const children = [];
  for (const child of node.children) {
    const size = toString(child).length;
    if (left >= size) {
      left -= size;
      continue;
    }
    if (left > 0 && child.type === 'text') children.push({ ...child, value: child.value.slice(left) });
    else if (left > 0) children.push({ type: 'text' as const, value: toString(child).slice(left) });
    else children.push(child);
    left = 0;
  }
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s:.–—-]+/, '');
  return children.some((c) => toString(c as Nodes).trim()) ? { ...node, children } : undefined;
}
