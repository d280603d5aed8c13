/** The evidence check the editor runs as the officer types a quotation. */
import { describe, expect, test } from 'vitest';
import { checkQuotation, markdownWords } from '../../../src/lib/editor/evidence-check.ts';

const body = [
  '## Recommendation 1',
  '',
  '> The force should review its vetting.',
  '',
  'The Constabulary *will* review its [vetting policy](https://example.org/policy) by March — and report back.',
  '',
  '- First, the backlog.',
].join('\n');

describe('checking a quotation against the body', () => {
  test('finds words copied from the page, whatever the quotation marks, dashes and emphasis', () => {
    expect(checkQuotation(body, 'The Constabulary will review its vetting policy by March - and report back.')).toEqual({ state: 'found' });
    expect(checkQuotation(body, 'The force should review its vetting.')).toEqual({ state: 'found' });
    expect(checkQuotation(body, 'First, the backlog.')).toEqual({ state: 'found' });
  });

  test('flags words that are not in the body, naming the nearest passage', () => {
    const result = checkQuotation(body, 'The Constabulary will never review its vetting policy');
    expect(result.state).toBe('missing');
    expect(result.state === 'missing' && result.message).toMatch(/^This quotation is not in the document’s body.*The nearest words in the body are: “.*Constabulary/);
  });

  test('says nothing of an empty quotation', () => {
    expect(checkQuotation(body, '  ')).toEqual({ state: 'empty' });
  });

  test('reads Markdown as the page shows it: no link addresses, heading or quote marks', () => {
    const words = markdownWords(body);
    expect(words).not.toContain('https://');
    expect(words).not.toMatch(/^#|^>/m);
  });
});
