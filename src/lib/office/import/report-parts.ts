/**
 * The parts of an HMICFRS report that make an inspection, for import-inspection.ts: its title,
 * every recommendation (its number, its words as Markdown, whom it is for and when it is due),
 * and how many areas for improvement it has, which are counted, not copied.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringifyMarkdown } from './markdown.ts';
import { addresseesOf, dueDateOf } from './report-words.ts';

const RECOMMENDATION_LABEL = /^\s*recommendation\s+([0-9]+[a-z]?(?:\.[0-9]+)?)\b\s*[:.–—-]?\s*/i;
const IMPROVEMENT_LABEL = /^\s*areas?\s+for\s+improvement\b\s*([0-9]+[a-z]?)?\s*[:.–—-]?\s*/i;
const CONCERN_LABEL = /^\s*causes?\s+of\s+concern\b/i;

export interface InspectionRecommendation {
  /** The report's number for it, as the report gives it. */
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
}

/** Walks the report's blocks in order, collecting labelled recommendations and counting areas for improvement. */
export function collect(tree: Root): Found {
  const found: Found = { recommendations: [], improvements: 0, concerns: 0 };
  let open: { id: string; blocks: RootContent[]; under?: string } | undefined;
  let openImprovement = false;
  let section: 'recommendations' | 'improvements' | 'concern' | 'other' = 'other';
  let underConcern = false;

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

  for (const node of tree.children) {
    const text = toString(node).trim();
    if (node.type === 'heading' && !found.title && node.depth === 1) {
      found.title = text;
      continue;
    }
    const recommendation = node.type === 'heading' || node.type === 'paragraph' ? RECOMMENDATION_LABEL.exec(text) : null;
    const improvement = node.type === 'heading' || node.type === 'paragraph' ? IMPROVEMENT_LABEL.exec(text) : null;
    if (recommendation && !(node.type === 'heading' && /^recommendations\b/i.test(text))) {
      close();
      open = { id: recommendation[1]!, blocks: [], ...(underConcern ? { under: 'cause of concern' } : {}) };
      const rest = withoutLabel(node, recommendation[0].length);
      if (rest) open.blocks.push(rest);
      continue;
    }
    if (improvement && (improvement[1] || node.type === 'heading')) {
      close();
      if (improvement[1]) {
        found.improvements++;
        openImprovement = true;
      } else {
        section = 'improvements';
        underConcern = false;
      }
      continue;
    }
    // In a PDF a sub-heading is often bold type of the ordinary size: a short paragraph of its own.
    const headingLike = node.type === 'heading' || (node.type === 'paragraph' && text.split(/\s+/).length <= 6 && (CONCERN_LABEL.test(text) || /^recommendations$/i.test(text)));
    if (headingLike) {
      close();
      if (CONCERN_LABEL.test(text)) {
        found.concerns++;
        underConcern = true;
        section = 'concern';
      } else if (/^recommendations?\b/i.test(text)) {
        const depth = node.type === 'heading' ? node.depth : 6;
        section = underConcern && depth > 2 ? 'concern' : 'recommendations';
        if (depth <= 2) underConcern = false;
      } else {
        section = 'other';
        underConcern = false;
      }
      continue;
    }
    if (open) {
      open.blocks.push(node);
      continue;
    }
    if (openImprovement) continue;
    // Unlabelled items: a numbered list under "Recommendations" gives their numbers; a list under "Areas for improvement" is counted.
    if (node.type === 'list' && section === 'improvements') found.improvements += node.children.length;
    if (node.type === 'list' && node.ordered && section === 'recommendations') {
      node.children.forEach((item, index) => {
        open = { id: String((node.start ?? 1) + index), blocks: item.children as RootContent[] };
        close();
      });
    }
  }
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
