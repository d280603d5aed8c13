/**
 * Markdown bodies: parsed once with remark, checked for anything unsafe, split into the
 * sections that answer each recommendation, and turned into HTML.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A heading that opens a recommendation's section: "Recommendation 4a", "Recommendation 1:", "Recommendation 2 –". */
const RECOMMENDATION_HEADING = /^recommendation\s+([0-9A-Za-z.]*[0-9][0-9A-Za-z.]*?)(?=$|[\s:.,;)–—-])/i;

/** Schemes a link in a document may use. Relative links and #fragments are fine too. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface BodyIssue {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

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

/** Parses a Markdown body with remark (GitHub-flavoured: tables, footnotes, strikethrough). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** The recommendation id a heading's text names, if it starts "Recommendation N". */
export function recommendationIdOf(headingText: string): string | undefined {
  const match = RECOMMENDATION_HEADING.exec(headingText.trim());
  return match?.[1]?.replace(/[.]+$/, '');
}

/** Finds what cannot be published: raw HTML, scripts in links, images from elsewhere. */
export function findUnsafeMarkdown(tree: Root): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const htmlLines = new Set<number>();
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      // An inline element is two HTML nodes (its opening and closing tags): report the line once.
      if (htmlLines.has(line)) return;
      htmlLines.add(line);
      issues.push({
        line,
        message: `raw HTML (${JSON.stringify(node.value.trim().slice(0, 40))}) is not allowed in content; allowed: Markdown only — write the text without tags`,
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      if (!isSafeUrl(node.url)) {
        issues.push({
          line,
          message: `the link address ${JSON.stringify(node.url.slice(0, 60))} is not allowed; allowed: https://, http://, mailto: or tel: addresses, or links within the site`,
        });
      }
    } else if (node.type === 'image' || node.type === 'imageReference') {
      issues.push({
        line,
        message: 'images are not allowed in content; allowed: text only — describe the image in words, or link to the original document',
      });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return issues;
}

function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  // Browsers ignore tabs and newlines inside schemes ("java\tscript:"), so judge without them.
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return true;
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
}

export interface RenderOptions {
  /**
   * Makes footnote and label ids unique to this document, so that sections of several
   * documents can stand on one page (the comparison pages) without clashing ids.
   */
  idPrefix?: string;
}

/**
 * Renders a parsed body: gives every heading an id (recommendation headings get
 * `recommendation-<id>`, others `section-<slug>`), renders headings one level down,
 * extracts the recommendation sections, and makes the HTML.
 */
export function renderBody(tree: Root, options: RenderOptions = {}): RenderedBody {
  const issues = findUnsafeMarkdown(tree);
  if (issues.length) return { html: '', sections: [], issues, text: toString(tree) };
  const prefix = options.idPrefix ? `${options.idPrefix}-` : '';
  const slugger = new GithubSlugger();
  const children = tree.children;
  const footnotes = new Map<string, RootContent>();
  for (const node of children) if (node.type === 'footnoteDefinition') footnotes.set(node.identifier, node);

  // First give every heading its id and level, so sections carry their sub-headings' levels.
  const headings: { index: number; node: Heading; recommendation?: string; anchor: string }[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const recommendation = recommendationIdOf(toString(node));
    const anchor = recommendation
      ? slugger.slug(`recommendation-${recommendation.replace(/\./g, '-')}`)
      : slugger.slug(`section-${toString(node) || 'untitled'}`);
    setId(node, anchor);
    headings.push({ index, node, recommendation, anchor });
  });

  const sections: Section[] = [];
  for (const { index, node, recommendation, anchor } of headings) {
    if (!recommendation) continue;
    const content = sectionContent(children, index, node.depth);
    const cited = citedFootnotes(content, footnotes);
    sections.push({
      recommendation,
      heading: toString(node),
      anchor,
      line: node.position?.start.line ?? 1,
      html: toHtmlString([...content, ...cited], `${prefix}${anchor}-`, { inSection: true }),
      text: content.map((n) => toString(n)).join('\n\n'),
    });
  }
  return {
    html: toHtmlString(children, prefix, { inSection: false }),
    sections,
    issues,
    text: toString(tree),
  };
}

/** The nodes after a heading, up to the next heading of the same or a higher level. */
function sectionContent(children: RootContent[], headingIndex: number, depth: Heading['depth']): RootContent[] {
  const content: RootContent[] = [];
  for (let i = headingIndex + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading' && node.depth <= depth) break;
    // Footnote definitions gather at the end of a document; they belong to whoever cites them.
    if (node.type !== 'footnoteDefinition') content.push(node);
  }
  return content;
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

/**
 * Gives a heading its id and renders it one level down: a document's page has its own h1
 * and h2s, so the document's "##" headings become h3s beneath "The document".
 */
function setId(node: Heading, id: string): void {
  node.data = {
    ...node.data,
    hName: `h${Math.min(6, node.depth + 1)}`,
    hProperties: { ...(node.data?.hProperties ?? {}), id },
  };
}

const FOOTNOTE_LABEL = 'footnote-label';

function toHtmlString(nodes: RootContent[], prefix: string, options: { inSection: boolean }): string {
  const hast = toHast({ type: 'root', children: nodes }, {
    clobberPrefix: `user-content-${prefix}`,
  }) as HastRoot | Element;
  // A section shown beside other documents' sections must not repeat their heading ids;
  // the footnotes' label keeps an id of its own, which its references point to.
  fixIds(hast, prefix, options.inSection);
  return toHtml(hast);
}

function fixIds(node: HastRoot | Element, prefix: string, dropHeadingIds: boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { properties } = child;
    if (properties.id === FOOTNOTE_LABEL) properties.id = `${prefix}${FOOTNOTE_LABEL}`;
    else if (dropHeadingIds && /^h[1-6]$/.test(child.tagName)) delete properties.id;
    if (Array.isArray(properties.ariaDescribedBy)) {
      properties.ariaDescribedBy = properties.ariaDescribedBy.map((id) => (id === FOOTNOTE_LABEL ? `${prefix}${FOOTNOTE_LABEL}` : id));
    }
    fixIds(child, prefix, dropHeadingIds);
  }
}
