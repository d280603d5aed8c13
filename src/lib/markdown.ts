/**
 * Markdown bodies: parsed once, checked for anything unsafe, split into the sections that
 * answer each recommendation, and turned into HTML.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';

/**
 * Sätteri (Astro 7's own Markdown parser, in Rust) gives the same mdast as remark-parse with
 * remark-gfm, some 30 times faster (docs/performance.md); tests/unit/markdown-parser.test.ts
 * holds the two to the same output.
 * No frontmatter: the body comes after it, and a body may begin with a `---` rule.
 */
const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false }, position: true } as const;

/** A heading that opens a recommendation's section: "Recommendation 4a", "Recommendation 1:", "Recommendation 2 –". */
const RECOMMENDATION_HEADING = /^recommendation\s+([0-9A-Za-z.]*[0-9][0-9A-Za-z.]*?)(?=$|[\s:.,–—-])/i;

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

/** Parses a Markdown body into mdast (GitHub-flavoured: tables, footnotes, strikethrough). */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, PARSE_OPTIONS) as Root;
}

/** The recommendation id a heading's text names, if it starts "Recommendation N". */
export function recommendationIdOf(headingText: string): string | undefined {
  const match = RECOMMENDATION_HEADING.exec(headingText.trim());
  return match?.[1]?.replace(/[.]+$/, '');
}

/** Finds what cannot be published: raw HTML, scripts in links, images from elsewhere. */
export function findUnsafeMarkdown(tree: Root): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      issues.push({
        line,
        message: `raw HTML (${JSON.stringify(node.value.trim().slice(0, 40))}) is not allowed in a response; allowed: Markdown only — write the text without tags`,
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
        message: 'images are not allowed in a response; allowed: text only — describe the image in words, or link to the original document',
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

/**
 * Renders a parsed body: gives every heading an id (recommendation headings get
 * `recommendation-<id>`), extracts the recommendation sections, and makes the HTML.
 */
export function renderBody(tree: Root): RenderedBody {
  const issues = findUnsafeMarkdown(tree);
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  const children = tree.children;

  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const headingText = toString(node);
    const recommendation = recommendationIdOf(headingText);
    const anchor = recommendation
      ? slugger.slug(`recommendation-${recommendation}`)
      : slugger.slug(headingText || 'section');
    setId(node, anchor);
    if (!recommendation) return;
    const content = sectionContent(children, index, node.depth);
    sections.push({
      recommendation,
      heading: headingText,
      anchor,
      line: node.position?.start.line ?? 1,
      html: toHtmlString(content, `${anchor}-`, { dropIds: true }),
      text: content.map((n) => toString(n)).join('\n\n'),
    });
  });
  return {
    html: issues.length ? '' : toHtmlString(children, '', { dropIds: false }),
    sections: issues.length ? [] : sections,
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
    content.push(node);
  }
  return content;
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

function toHtmlString(nodes: RootContent[], clobberPrefix: string, options: { dropIds: boolean }): string {
  const hast = toHast({ type: 'root', children: nodes }, {
    // Footnote ids must be unique on pages that show many documents' sections together.
    clobberPrefix: `user-content-${clobberPrefix}`,
  }) as HastRoot | Element;
  // A section shown beside other documents' sections must not repeat their heading ids.
  if (options.dropIds) dropHeadingIds(hast);
  return toHtml(hast);
}

function dropHeadingIds(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (/^h[1-6]$/.test(child.tagName)) delete child.properties.id;
    dropHeadingIds(child);
  }
}
