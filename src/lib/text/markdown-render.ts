/**
 * Markdown bodies, once parsed (markdown.ts): checked for anything unsafe (markdown-safety.ts),
 * split into the sections that answer each recommendation, and turned into HTML with headings
 * fitted to the page (markdown-headings.ts). No parser here, so the editor's preview can render
 * a body in the browser as the site does (src/lib/views/editor-preview.ts), from remark's mdast,
 * which is Sätteri's (tests/unit/markdown-parser.test.ts).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { fixIds, renumberHeadings } from './markdown-headings.ts';
import { findUnsafeMarkdown, type BodyIssue } from './markdown-safety.ts';
import { plainText } from './markdown-text.ts';

/**
 * A heading that opens a recommendation's section: "Recommendation 4a", "Recommendation 1:",
 * "Recommendation 2 –"; in a Welsh document, "Argymhelliad 4a", as HMICFRS's Welsh reports say.
 */
const RECOMMENDATION_HEADING = /^(?:recommendation|argymhelliad)\s+([0-9A-Za-z.]*[0-9][0-9A-Za-z.]*?)(?=$|[\s:.,;)–—-])/i;

export interface Section {
  /** The recommendation id the heading names. */
  recommendation: string;
  /** The heading's own words, e.g. "Recommendation 1". */
  heading: string;
  /** The id of the heading in the document's HTML, for links into the document. */
  anchor: string;
  /** 1-based line within the body of the heading. */
  line: number;
  /** The section's content (without its heading), as HTML. */
  html: string;
  /** The section's content as plain text, for search and data files. */
  text: string;
}

export interface RenderedBody {
  html: string;
  /** Sections in document order; a recommendation may have more than one. */
  sections: Section[];
  /** Raw HTML, unsafe links and images: reasons the body cannot be published. */
  issues: BodyIssue[];
  /** The text of the body, as plain text. */
  text: string;
}

/** The recommendation id a heading's text names, if it starts "Recommendation N" (or, in Welsh, "Argymhelliad N"). */
export function recommendationIdOf(headingText: string): string | undefined {
  const match = RECOMMENDATION_HEADING.exec(headingText.trim());
  return match?.[1]?.replace(/[.]+$/, '');
}

export interface RenderOptions {
  /**
   * Makes footnote and label ids unique to this document, so that sections of several
   * documents can stand on one page (the comparison pages) without clashing ids.
   */
  idPrefix?: string;
  /**
   * The level of the body's highest headings: one below the heading the page shows the body
   * under. A document's page shows it under "The document", an h2, so 3.
   */
  headingLevel?: number;
  /**
   * The level of the highest headings within a section shown on its own: a comparison page
   * shows each force's section under the force's name, an h3, so 4.
   */
  sectionHeadingLevel?: number;
}

const DOCUMENT_HEADING_LEVEL = 3;
const SECTION_HEADING_LEVEL = 4;

/**
 * Renders a parsed body: gives every heading an id (recommendation headings get
 * `recommendation-<id>`, others `section-<slug>`), renumbers the headings to fit under the
 * page's own (see `renumberHeadings`), extracts the recommendation sections (by the levels
 * the author wrote), and makes the HTML.
 *
 * The body is rendered once. A section is cut out of the body's HTML and plain text (a
 * slice, which V8 keeps as a reference into the body's string rather than a copy) wherever
 * that gives exactly what rendering the section alone gives; only a section that cites a
 * footnote, uses a link reference or has headings of its own is rendered alone.
 */
export function renderBody(tree: Root, options: RenderOptions = {}): RenderedBody {
  const children = tree.children;
  // The plain text of each top-level block, worked out once for the body and its sections.
  const texts = children.map((node) => plainText(node));
  const text = texts.join(BLOCK_SEPARATOR);
  const issues = findUnsafeMarkdown(tree);
  if (issues.length) return { html: '', sections: [], issues, text };
  const prefix = options.idPrefix ? `${options.idPrefix}-` : '';
  const slugger = new GithubSlugger();
  const footnotes = new Map<string, RootContent>();
  for (const node of children) if (node.type === 'footnoteDefinition') footnotes.set(node.identifier, node);

  // First give every heading its id and level, so sections carry their sub-headings' levels.
  const headings: { index: number; node: Heading; recommendation?: string; anchor: string }[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const recommendation = recommendationIdOf(texts[index]!);
    const anchor = recommendation
      ? slugger.slug(`recommendation-${recommendation.replace(/\./g, '-')}`)
      : slugger.slug(`section-${texts[index] || 'untitled'}`);
    setId(node, anchor);
    headings.push({ index, node, recommendation, anchor });
  });

  const top = options.headingLevel ?? DOCUMENT_HEADING_LEVEL;
  const sectionTop = options.sectionHeadingLevel ?? SECTION_HEADING_LEVEL;
  const body = renderBlocks(children, prefix, top);
  const textStarts = offsetsOf(texts, BLOCK_SEPARATOR.length);
  const sections: Section[] = [];
  for (const { index, node, recommendation, anchor } of headings) {
    if (!recommendation) continue;
    const end = sectionEnd(children, index, node.depth);
    const content = children.slice(index + 1, end).filter((n) => n.type !== 'footnoteDefinition');
    const contiguous = content.length === end - index - 1;
    const cited = citedFootnotes(content, footnotes);
    sections.push({
      recommendation,
      // From the body's text, not the parsed tree, whose strings would keep the Markdown alive.
      heading: text.slice(textStarts[index], textStarts[index]! + texts[index]!.length),
      anchor,
      line: node.position?.start.line ?? 1,
      html: cited.length === 0 && content.every(isSelfContained)
        ? body.slice(index + 1, end)
        : toHtmlString([...content, ...cited], `${prefix}${anchor}-`, sectionTop),
      text: contiguous && end > index + 1
        ? text.slice(textStarts[index + 1]!, textStarts[end - 1]! + texts[end - 1]!.length)
        : content.map((n) => plainText(n)).join(BLOCK_SEPARATOR),
    });
  }
  return { html: body.html, sections, issues, text };
}

/** Plain text puts a blank line between blocks, as the data files' `sectionText` does. */
const BLOCK_SEPARATOR = '\n\n';

/** Where each of `parts` starts in `parts.join(separator)`. */
function offsetsOf(parts: readonly string[], separator: number): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length + separator;
  }
  return starts;
}

/**
 * A top-level block that renders the same alone as within the whole body: holding no heading
 * (a section drops its headings' ids and numbers its headings from its own level) and citing
 * no footnote or link definition (a section numbers its own footnotes and sees only its own
 * definitions).
 */
function isSelfContained(node: RootContent): boolean {
  const visit = (n: Nodes): boolean => {
    if (n.type === 'heading' || n.type === 'footnoteReference' || n.type === 'linkReference' || n.type === 'imageReference') return false;
    return !('children' in n) || n.children.every((child) => visit(child as Nodes));
  };
  return visit(node);
}

interface RenderedBlocks {
  html: string;
  /** The HTML of the top-level blocks `from` to `to` (exclusive), as rendering them alone gives it. */
  slice(from: number, to: number): string;
}

/**
 * Renders the body's blocks into one HTML string, noting where each block's HTML starts and
 * ends in it. Rendering the blocks within one tree keeps footnote numbering and link
 * definitions as they are across the whole document.
 */
function renderBlocks(children: RootContent[], prefix: string, top: number): RenderedBlocks {
  // Which top-level block each rendered node came from (a block may render to nothing).
  const owners: number[] = [];
  const tree: Root = { type: 'root', children };
  // toHast is given an empty root and renders the blocks from here: left to itself, it walks
  // the whole tree with unist-util-visit to find definitions first, which took a quarter of
  // the loader's rendering time; a plain loop finds them far faster.
  const hast = toHast({ type: 'root', children: [] }, {
    clobberPrefix: `user-content-${prefix}`,
    handlers: {
      root(state: State, empty: Root) {
        addDefinitions(state, children);
        const rendered: ElementContent[] = [];
        tree.children.forEach((child, index) => {
          const result = state.one(child, tree);
          for (const item of result === undefined ? [] : Array.isArray(result) ? result : [result]) {
            rendered.push(item);
            owners.push(index);
          }
        });
        const result: HastRoot = { type: 'root', children: state.wrap(rendered) };
        state.patch(tree, result);
        return state.applyData(empty, result) as unknown as ElementContent;
      },
    },
  }) as HastRoot;
  renumberHeadings(hast, top);
  fixIds(hast, prefix, false);
  // Serialised node by node: the same string as serialising the root, with the offsets.
  const parts = hast.children.map((node) => toHtml(node));
  const starts = offsetsOf(parts, 0);
  const html = parts.join('');
  // The blocks' nodes are the root's even children, a line break between each two.
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  owners.forEach((owner, k) => {
    if (!first.has(owner)) first.set(owner, 2 * k);
    last.set(owner, 2 * k);
  });
  return {
    html,
    slice(from, to) {
      let a: number | undefined;
      let b: number | undefined;
      for (let i = from; i < to; i++) {
        a ??= first.get(i);
        b = last.get(i) ?? b;
      }
      return a === undefined || b === undefined ? '' : html.slice(starts[a], starts[b]! + parts[b]!.length);
    },
  };
}

/**
 * Records the link and footnote definitions anywhere in `nodes` as toHast's own walk would:
 * by identifier in upper case, the first of a name winning, as in CommonMark.
 */
function addDefinitions(state: State, nodes: readonly Nodes[]): void {
  for (const node of nodes) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const id = String(node.identifier).toUpperCase();
      if (node.type === 'definition') {
        if (!state.definitionById.has(id)) state.definitionById.set(id, node);
      } else if (!state.footnoteById.has(id)) {
        state.footnoteById.set(id, node);
      }
    }
    if ('children' in node) addDefinitions(state, node.children);
  }
}

/** The index after the last top-level node of a section: the next heading of the same or a higher level, or the end. */
function sectionEnd(children: RootContent[], headingIndex: number, depth: Heading['depth']): number {
  for (let i = headingIndex + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading' && node.depth <= depth) return i;
  }
  return children.length;
}

/** The footnote definitions that `nodes` cite, so a section shown alone keeps its notes. */
function citedFootnotes(nodes: RootContent[], footnotes: Map<string, RootContent>): RootContent[] {
  const cited = new Set<string>();
  const visit = (node: Nodes) => {
    if (node.type === 'footnoteReference') cited.add(node.identifier);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const node of nodes) visit(node);
  return [...cited].map((id) => footnotes.get(id)).filter((n): n is RootContent => n !== undefined);
}

/** Gives a heading its id; it renders at the author's level until `renumberHeadings`. */
function setId(node: Heading, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
}

/**
 * Renders a section on its own, for a page that shows it under a heading of its own: its
 * headings numbered from `top`, without the ids the full document gives them.
 */
function toHtmlString(nodes: RootContent[], prefix: string, top: number): string {
  const hast = toHast({ type: 'root', children: nodes }, {
    clobberPrefix: `user-content-${prefix}`,
  }) as HastRoot | Element;
  renumberHeadings(hast, top);
  // A section shown beside other documents' sections must not repeat their heading ids;
  // the footnotes' label keeps an id of its own, which its references point to.
  fixIds(hast, prefix, true);
  return toHtml(hast);
}
