/**
 * A letter as Markdown: Word's HTML (from mammoth) or plain text in, a Markdown tree out,
 * cleaned of invisible characters, with each "Recommendation N" that the letter answers
 * made a heading, so the site can compare it with other forces.
 */
import type { Blockquote, Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { recommendationIdOf } from '../../text/markdown.ts';
import { normaliseText, type NormaliseCounts } from './normalise.ts';

/** Word's HTML (as mammoth makes it) as a Markdown tree: headings, lists, tables and emphasis kept. */
export function htmlToMarkdownTree(html: string): Root {
  const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeRemark);
  return processor.runSync(processor.parse(html)) as Root;
}

/**
 * A plain-text letter as a Markdown tree. Text converted from PDFs often already uses
 * Markdown's marks (`- ` lists, `**bold**`), so it is read as Markdown; a line break inside a
 * paragraph (an address, a signature) is kept as a line break.
 */
export function textToMarkdownTree(text: string): { tree: Root; htmlTags: number } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  keepLineBreaks(tree);
  return { tree, htmlTags: removeHtml(tree) };
}

/** Takes out HTML tags that a PDF conversion left in the text (`<u>…</u>`), keeping the words between them. */
function removeHtml(node: Nodes): number {
  if (!('children' in node)) return 0;
  let removed = 0;
  const children: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type === 'html') {
      const tags = child.value.match(/<[^>]*>/g)?.length ?? 0;
      removed += tags;
      const words = child.value.replace(/<[^>]*>/g, '').trim();
      if (words) children.push(node.type === 'root' ? { type: 'paragraph', children: [{ type: 'text', value: words }] } : { type: 'text', value: words });
    } else {
      removed += removeHtml(child);
      children.push(child);
    }
  }
  (node as { children: Nodes[] }).children = children;
  return removed;
}

function keepLineBreaks(node: Nodes) {
  if (!('children' in node)) return;
  const children: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, index) => {
        if (index > 0) children.push({ type: 'break' });
        if (part.trim()) children.push({ type: 'text', value: index > 0 ? part.trimStart() : part });
      });
    } else {
      keepLineBreaks(child);
      children.push(child);
    }
  }
  (node as { children: Nodes[] }).children = children;
}

/** Cleans every piece of text in the tree (see normalise.ts), counting what it changed. */
export function normaliseTree(node: Nodes, counts: NormaliseCounts): void {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'code' && node.type !== 'html') {
    node.value = normaliseText(node.value, counts);
  }
  if ('children' in node) for (const child of node.children as Nodes[]) normaliseTree(child, counts);
}

export interface SectionReport {
  /** Recommendation ids whose sections were found (headings already, or made from paragraphs). */
  sections: string[];
  /** Recommendation ids only quoted in a run, one after another, without an answer between them: not made headings. */
  quoted: string[];
}

/** The recommendation a top-level block starts with ("Recommendation 4a: …"), if any. */
function recommendationOf(node: RootContent): string | undefined {
  if (node.type === 'paragraph') return recommendationIdOf(toString(node));
  if (node.type === 'list' && node.children.length === 1) {
    const first = node.children[0]!.children[0];
    return first?.type === 'paragraph' ? recommendationIdOf(toString(first)) : undefined;
  }
  return undefined;
}

/**
 * Makes a heading of each paragraph or one-item list that starts "Recommendation N" and is
 * followed by something else (the answer). Where the letter only lists the recommendations,
 * one after another, they are quotes, not sections, and stay as they are.
 */
export function markRecommendationSections(tree: Root): SectionReport {
  const report: SectionReport = { sections: [], quoted: [] };
  const candidates = tree.children.map(recommendationOf);
  const positions = candidates.flatMap((id, index) => (id ? [index] : []));
  const adjacent = positions.filter((p, i) => i > 0 && p === positions[i - 1]! + 1).length;
  // A letter that mostly lists the recommendations one after another is quoting them all.
  const quotesAll = positions.length > 1 && adjacent * 2 >= positions.length - 1;
  const depths = tree.children.flatMap((n) => (n.type === 'heading' && !recommendationIdOf(toString(n)) ? [n.depth] : []));
  const depth = Math.min(6, depths.length ? Math.min(...depths) + 1 : 2) as Heading['depth'];
  const children: RootContent[] = [];
  tree.children.forEach((node, index) => {
    if (node.type === 'heading') {
      const id = recommendationIdOf(toString(node));
      if (id) report.sections.push(id);
    }
    const id = candidates[index];
    if (!id) return children.push(node);
    const inRun = quotesAll || Boolean(candidates[index - 1] || candidates[index + 1]);
    if (inRun) {
      report.quoted.push(id);
      return children.push(node);
    }
    report.sections.push(id);
    children.push(...toSection(node, id, depth));
  });
  tree.children = children;
  return report;
}

/** The recommendations the tree's headings give sections to, in the letter's order. */
export function sectionsIn(tree: Root): string[] {
  const ids = tree.children.flatMap((node) => (node.type === 'heading' ? [recommendationIdOf(toString(node))] : [])).filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

/**
 * A heading "Recommendation N" (in the letter's word: "Argymhelliad N" in a Welsh letter) and,
 * quoted, whatever followed the label in the block.
 */
function toSection(node: RootContent, id: string, depth: Heading['depth']): RootContent[] {
  const paragraph = (node.type === 'list' ? node.children[0]!.children[0] : node) as Paragraph;
  const rest = node.type === 'list' ? node.children[0]!.children.slice(1) : [];
  const found = /^\s*(recommendation|argymhelliad)\s+[0-9A-Za-z.]+\s*[:.,–—-]?\s*/i.exec(toString(paragraph));
  const label = found?.[0].length ?? 0;
  const word = found?.[1]?.toLowerCase() === 'argymhelliad' ? 'Argymhelliad' : 'Recommendation';
  const heading: Heading = { type: 'heading', depth, children: [{ type: 'text', value: `${word} ${id}` }] };
  const remainder = dropLeadingCharacters(paragraph.children, label);
  const quoted = [...(remainder.length ? [{ type: 'paragraph', children: remainder } as Paragraph] : []), ...rest];
  if (quoted.length === 0) return [heading];
  return [heading, { type: 'blockquote', children: quoted } as Blockquote];
}

/** The inline content without its first `count` characters of text, formatting kept. */
function dropLeadingCharacters(nodes: PhrasingContent[], count: number): PhrasingContent[] {
  let left = count;
  const result: PhrasingContent[] = [];
  for (const node of nodes) {
    if (left <= 0) {
      result.push(node);
      continue;
    }
    const length = toString(node).length;
    if (length <= left) {
      left -= length;
      continue;
    }
    if (node.type === 'text') result.push({ ...node, value: node.value.slice(left).trimStart() });
    else if ('children' in node) result.push({ ...node, children: dropLeadingCharacters(node.children as PhrasingContent[], left) } as PhrasingContent);
    else result.push(node);
    left = 0;
  }
  return result;
}

/** The tree as Markdown, in the style of the shipped content (`-` lists, `**` bold, `#` headings). */
export function stringifyMarkdown(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true }).stringify(tree);
}

/** The text of the letter line by line, for proposing its date, author and recipient. */
export function linesOf(tree: Root): string[] {
  const lines: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const parts: string[] = [''];
      for (const child of node.children) {
        if (child.type === 'break') parts.push('');
        else parts[parts.length - 1] += toString(child);
      }
      lines.push(...parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
    } else if ('children' in node) {
      for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(tree);
  return lines;
}
