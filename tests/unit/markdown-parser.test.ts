/**
 * The site parses bodies with Sätteri for speed; remark-parse with remark-gfm is the reference
 * it replaced. These tests hold the two to the same result (HTML, sections, their lines,
 * heading ids and levels, footnotes, unsafe-Markdown issues and plain text) on the real
 * documents, the real recommendations' texts and awkward Markdown, rendered as the loader
 * renders them (with an idPrefix for documents, without for recommendations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/basics/frontmatter.ts';
import { parseMarkdown, renderBody, type RenderOptions } from '../../src/lib/text/markdown.ts';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { VALID } from '../fixtures/fixtures.ts';
import { CONTENT } from '../support/paths.ts';

const remark = unified().use(remarkParse).use(remarkGfm);
const withRemark = (markdown: string, options?: RenderOptions) => renderBody(remark.parse(markdown) as Root, options);
const withSite = (markdown: string, options?: RenderOptions) => renderBody(parseMarkdown(markdown), options);
const AS_DOCUMENT: RenderOptions = { idPrefix: 'northshire-vetting-2020' };

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
  'headings ending in ) and ;': '## Recommendation 3) vetting\n\nText.\n\n## Recommendation 4; training\n\nMore.',
  'dotted and lettered recommendation ids': '## Recommendation 1.2\n\nA.\n\n## Recommendation 12\n\nB.\n\n### Recommendation 4b.\n\nC.',
  'sub-headings inside a section, one level down': '## Recommendation 1\n\n### Progress\n\nText.\n\n#### Detail\n\nMore.\n\n###### Deepest\n\nEnd.',
  'headings whose words repeat, or name a page id': '## Main\n\nA.\n\n## Main\n\nB.\n\n## Recommendation 1\n\nC.\n\n## Recommendation 1\n\nD.',
  'footnotes cited inside sections': '## Recommendation 1\n\nSee the plan.[^plan]\n\n## Recommendation 2\n\nDone.[^plan] Also.[^2]\n\n[^plan]: The plan.\n[^2]: Second note.',
  'two inline HTML tags on one line, and on another': 'One <b>bold</b> and <i>it</i>.\n\nTwo <span>x</span>.',
};

describe('Sätteri parses bodies as remark-gfm does', () => {
  test.each(Object.entries(EXAMPLES))('%s', (_name, markdown) => {
    expect(withSite(markdown)).toEqual(withRemark(markdown));
    expect(withSite(markdown, AS_DOCUMENT)).toEqual(withRemark(markdown, AS_DOCUMENT));
  });

  const bodies = (dir: string) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'))
      .map((file) => [file, splitFrontmatter(readFileSync(join(dir, file), 'utf8')).body] as const);

  test.each(bodies(CONTENT))('the real document %s', (_file, body) => {
    expect(withSite(body, AS_DOCUMENT)).toEqual(withRemark(body, AS_DOCUMENT));
  });

  test.each(bodies(VALID))('the fixture %s', (_file, body) => {
    expect(withSite(body, AS_DOCUMENT)).toEqual(withRemark(body, AS_DOCUMENT));
  });

  /** The recommendations' texts in an inspection file, named by file and id. */
  const recommendationTexts = (name: string, text: string) => {
    const { frontmatter } = splitFrontmatter(text);
    const { recommendations = [] } = parseYaml(frontmatter ?? '') as { recommendations?: { id: unknown; text: string }[] };
    return recommendations.map((rec) => [`${name} ${String(rec.id)}`, rec.text] as const);
  };
  const realRecommendations = readdirSync(join(CONTENT, 'inspections'))
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => recommendationTexts(file, readFileSync(join(CONTENT, 'inspections', file), 'utf8')));

  test('the real inspections have recommendations to compare', () => {
    expect(realRecommendations.length).toBeGreaterThan(0);
  });

  test.each(realRecommendations)('the real recommendation text %s', (_name, text) => {
    expect(withSite(text)).toEqual(withRemark(text));
  });

  test('fifty generated documents and their inspections\' recommendations', () => {
    const files = generateCorpus({ documents: 50, seed: 11 }).files.filter((f) => f.path.endsWith('.md'));
    for (const file of files) {
      const body = splitFrontmatter(file.text).body;
      expect(withSite(body, AS_DOCUMENT), file.path).toEqual(withRemark(body, AS_DOCUMENT));
      for (const [name, text] of file.path.startsWith('inspections/') ? recommendationTexts(file.path, file.text) : []) {
        expect(withSite(text), name).toEqual(withRemark(text));
      }
    }
  });
});
