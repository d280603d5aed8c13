/**
 * Markdown bodies: parsed once here (Sätteri, a native module: the build's and the commands'
 * parser), then checked, split into sections and rendered by markdown-render.ts, whose
 * functions are exported from here too.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';

export { recommendationIdOf, renderBody, type RenderedBody, type RenderOptions, type Section } from './markdown-render.ts';

/**
 * Sätteri (Astro 7's own Markdown parser, in Rust) gives the same mdast as remark-parse with
 * remark-gfm, some 30 times faster (docs/performance.md); tests/unit/markdown-parser.test.ts
 * holds the two to the same output.
 * No frontmatter: the body comes after it, and a body may begin with a `---` rule.
 */
const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false }, position: true } as const;

/** Parses a Markdown body into mdast (GitHub-flavoured: tables, footnotes, strikethrough). */
export function parseMarkdown(markdown: string): Root {
  return markdownToMdast(markdown, PARSE_OPTIONS) as Root;
}
