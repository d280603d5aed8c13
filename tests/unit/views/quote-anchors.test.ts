import { describe, expect, test } from 'vitest';
import { quoteAnchors } from '../../../src/lib/views/evidence-view.ts';
import { expectedQuoteId } from '../../support/quote-id.ts';

describe('quoteAnchors', () => {
  const first = 'Placeholder words of a fictional first quotation';
  const second = 'fictional second words';

  test('names each quotation by its recommendation and its words, wherever it stands in the list', () => {
    expect(quoteAnchors('3', [first, second])).toEqual([expectedQuoteId('3', first), expectedQuoteId('3', second)]);
    // A quotation added before it, or the order changed, leaves a quotation's address as it was.
    expect(quoteAnchors('3', ['fictional words added later', second, first]).slice(1)).toEqual([expectedQuoteId('3', second), expectedQuoteId('3', first)]);
    expect(quoteAnchors('4a', [first])).toEqual([expectedQuoteId('4a', first)]);
  });

  test('gives the same words the same id however they were typed, and corrected words a new one', () => {
    const typed = 'Placeholder  words of a\nfictional \u201cfirst\u201d quotation';
    expect(quoteAnchors('1', [typed])).toEqual(quoteAnchors('1', ['Placeholder words of a fictional "first" quotation']));
    expect(quoteAnchors('1', [`${first}, corrected`])).not.toEqual(quoteAnchors('1', [first]));
  });

  test('numbers a second quotation with the same words, so no two ids on a page are the same', () => {
    const id = expectedQuoteId('2', first);
    expect(quoteAnchors('2', [first, second, first, first])).toEqual([id, expectedQuoteId('2', second), `${id}-2`, `${id}-3`]);
  });
});
