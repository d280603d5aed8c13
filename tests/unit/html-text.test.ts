import { describe, expect, test } from 'vitest';
import { renderBody, parseMarkdown } from '../../src/lib/text/markdown.ts';
import { toHtmlText } from '../../src/lib/text/html-text.ts';

const textOf = (markdown: string) => toHtmlText(renderBody(parseMarkdown(markdown)).html);

describe('the words a page gives the search index', () => {
  test('keeps words either side of a block apart: paragraphs, headings, list items and table cells', () => {
    const text = textOf('# Recommendation 1\n\nFirst paragraph.\n\nSecond one.\n\n- item one\n- item two\n\n| a | b |\n| --- | --- |\n| cell | other |\n');
    for (const joined of ['1First', 'paragraph.Second', 'oneitem', 'cellother']) expect(text).not.toContain(joined);
    expect(text.split(/\s+/)).toEqual(expect.arrayContaining(['1', 'First', 'paragraph.', 'Second', 'item', 'one', 'two', 'cell', 'other']));
  });

  test('joins emphasis, links and code to the words around them, without their tags', () => {
    expect(textOf('A *very* [linked](https://example.org "a > b") `code` word, **un**finished.')).toBe('A very linked code word, unfinished.');
  });

  test('gives back the characters the HTML had to escape', () => {
    expect(textOf('Fish & chips < 5 "quoted" it\'s')).toBe('Fish & chips < 5 "quoted" it\'s');
  });
});
