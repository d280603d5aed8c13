import { describe, expect, test } from 'vitest';
import { parseMarkdown, renderBody } from '../../src/lib/text/markdown.ts';
import { plainText } from '../../src/lib/text/markdown-text.ts';

const text = (markdown: string) => plainText(parseMarkdown(markdown));
const sectionText = (markdown: string) => renderBody(parseMarkdown(markdown)).sections.map((s) => s.text);

describe('the plain text of a body, as the data files give it', () => {
  test('keeps a signature\'s lines apart (hard line breaks), so a name and a title never run together', () => {
    const body = '## Recommendation 1\n\nWe agree.\n\nJane Placeholder  \nDetective Superintendent  \nHead of Fictional Standards\n';
    expect(sectionText(body)).toEqual(['We agree.\n\nJane Placeholder\nDetective Superintendent\nHead of Fictional Standards']);
  });

  test('puts each list item on a line of its own', () => {
    expect(text('- First item.\n- Second item.\n')).toBe('First item.\nSecond item.');
    expect(text('1. One.\n2. Two.\n')).toBe('One.\nTwo.');
  });

  test('keeps a quotation\'s paragraphs apart', () => {
    expect(text('> Where forces are yet to act, they should.\n>\n> By September 2020, all forces should.\n'))
      .toBe('Where forces are yet to act, they should.\nBy September 2020, all forces should.');
  });

  test('keeps table rows on lines and cells apart', () => {
    expect(text('| Action | Owner |\n| --- | --- |\n| Review | Lorem |\n')).toBe('Action\tOwner\nReview\tLorem');
  });

  test('adds nothing for inline markup, and nothing for a footnote reference', () => {
    expect(text('Lorem *ipsum* [dolor](https://example.org) `sit`.[^1]\n\n[^1]: Amet.\n')).toBe('Lorem ipsum dolor sit.\nAmet.');
  });

  test('separates top-level blocks with a blank line in a section', () => {
    expect(sectionText('## Recommendation 2\n\nFirst.\n\n- a\n- b\n\nLast.\n')).toEqual(['First.\n\na\nb\n\nLast.']);
  });
});
