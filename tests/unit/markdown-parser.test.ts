/**
 * The site parses bodies with Sätteri for speed; remark-parse with remark-gfm is the reference
 * it replaced. These tests hold the two to the same result (HTML, sections, their lines,
 * unsafe-Markdown issues and plain text) on the real documents and on awkward Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { parseMarkdown, renderBody } from '../../src/lib/markdown.ts';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { VALID } from '../fixtures/fixtures.ts';
import { CONTENT } from '../support/paths.ts';

const remark = unified().use(remarkParse).use(remarkGfm);
const withRemark = (markdown: string) => renderBody(remark.parse(markdown) as Root);
const withSite = (markdown: string) => renderBody(parseMarkdown(markdown));

const EXAMPLES: Record<string, string> = {
  'recommendation headings of several levels': '# Letter\n\n## Recommendation 1\n\nText.\n\n### Recommendation 4a: detail\n\nMore.\n\n## Other\n\nEnd.',
  'a setext heading': 'Recommendation 2\n----------------\n\nAnswer.',
  'a heading inside a code fence is not a heading': '```\n## Recommendation 1\n```\n\n## Recommendation 2\n\nText.',
  'raw HTML, block and inline': '<div>block</div>\n\nText with <span>inline</span> tags.',
  'unsafe and safe links': '[a](javascript:alert(1)) [b](https://example.org) [c](mailto:x@example.org) [d](/local) [e](java\tscript:x)',
  'a reference definition': '[text][ref]\n\n[ref]: javascript:alert(1)',
  'an image': '![alt](https://example.org/a.png)',
  'footnotes': 'Text[^1] and more[^note].\n\n[^1]: First.\n[^note]: Second.',
  'a table': '| a | b |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |',
  'autolinks and literal addresses': 'See https://example.org/path?x=1 and www.example.org and someone@example.org.',
  'strikethrough, task lists and emphasis': '- [x] done ~~struck~~\n- [ ] *open* **bold** _under_\n  1. nested\n  2. list',
  'hard breaks, entities and a rule first': '---\n\nLine one\\\nLine two  \nLine three &amp; &copy; &#8212;',
  'a body that begins like frontmatter': '---\ntitle: not frontmatter\n---\n\nText.',
  'Windows line endings': '## Recommendation 1\r\n\r\nText\r\nmore text\r\n\r\n## Recommendation 2\r\n\r\nDone.',
  'headings in a blockquote and a list': '> ## Recommendation 1\n> quoted\n\n- ## Recommendation 2\n  in a list',
  'Welsh and typographic characters': '## Argymhelliad 1\n\n“Quoted” — ŵ ŷ â; café ‘single’ …',
};

describe('Sätteri parses bodies as remark-gfm does', () => {
  test.each(Object.entries(EXAMPLES))('%s', (_name, markdown) => {
    expect(withSite(markdown)).toEqual(withRemark(markdown));
  });

  const bodies = (dir: string) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'))
      .map((file) => [file, splitFrontmatter(readFileSync(join(dir, file), 'utf8')).body] as const);

  test.each(bodies(CONTENT))('the real document %s', (_file, body) => {
    expect(withSite(body)).toEqual(withRemark(body));
  });

  test.each(bodies(VALID))('the fixture %s', (_file, body) => {
    expect(withSite(body)).toEqual(withRemark(body));
  });

  test('fifty generated documents', () => {
    const files = generateCorpus({ documents: 50, seed: 11 }).files.filter((f) => f.path.endsWith('.md'));
    for (const file of files) {
      const body = splitFrontmatter(file.text).body;
      expect(withSite(body), file.path).toEqual(withRemark(body));
    }
  });
});
