/**
 * Every quotation in the shipped content, in its sentence as the loader finds it, checked
 * against what a sentence's edges look like in the document's text (not against the
 * finder's own rules), and the two cuts issue 23 named.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { normaliseForQuote } from '../../src/lib/text/evidence.ts';
import { findQuoteSentence, sentenceText } from '../../src/lib/text/quote-sentence.ts';
import { readResponses } from '../support/content.ts';
import { CONTENT } from '../support/paths.ts';

const { corpus } = loadContent(CONTENT);
const quotations = corpus.responses.flatMap((document) =>
  Object.entries(document.evidence).flatMap(([id, quotes]) =>
    quotes.map((quote, index) => ({ document, id, quote, found: document.evidenceSentences[id]?.[index] ?? null }))),
);

/** Where `sentence` (its spaces standing for any run of spaces or line breaks) is in `text`. */
function locate(text: string, sentence: string): { start: number; end: number } | null {
  const pattern = new RegExp(sentence.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

describe('every shipped quotation in its sentence', () => {
  test('covers every quotation the content files hold', () => {
    const written = readResponses().reduce((sum, document) => sum + Object.values(document.evidence).flat().length, 0);
    expect(quotations.length).toBe(written);
    expect(written).toBeGreaterThan(30);
  });

  test.each(quotations.map((q) => [`${q.document.id} recommendation ${q.id}: "${q.quote.slice(0, 40)}"`, q] as const))('%s', (_, { document, quote, found }) => {
    expect(found).not.toBeNull();
    const sentence = sentenceText(found!);
    expect(normaliseForQuote(sentence)).toContain(normaliseForQuote(quote));
    expect(sentence).not.toMatch(/^…|…$/); // no shipped sentence is long enough to be cut
    const at = locate(document.text, sentence);
    expect(at).not.toBeNull();
    // It begins where a sentence begins: the start of the text, a line or a table cell, after a sentence's end and a
    // space, or after a label of a word or a few that starts a line and ends with a colon ("Response: ").
    expect(document.text.slice(0, at!.start)).toMatch(/(^|[\n\t]|[.?!]["'’”)]* +|(^|[\n\t])\p{Lu}\S*( \S+){0,3}: +)$/u);
    expect(sentence).not.toMatch(/^\p{Lu}\S*( \S+){0,3}: /u);
    // It ends where a sentence ends: the end of the text, a line or a cell, or at a sentence's end before a capital.
    const rest = document.text.slice(at!.end);
    expect(rest).toMatch(/^($|[\n\t]| +["'‘“(]?\p{Lu})/u);
    if (/^ /.test(rest)) expect(sentence).toMatch(/[.?!]["'’”)]*$/u);
  });

  // The content now quotes both whole (its re-reading of 6 December 2026 widened them); the cuts
  // it quoted before, found in the same shipped letters, still come with what they left out.
  const textOf = (id: string) => corpus.responses.find((document) => document.id === id)!.text;

  test('shows the Northamptonshire letter\'s "There is still work to be done" with the rest of its sentence', () => {
    const cut = findQuoteSentence(textOf('northamptonshire/shining-a-light-on-betrayal'), 'There is still work to be done')!;
    expect(cut.before).toBe('');
    expect(cut.after).toContain('but I firmly believe');
    expect(cut.after).toContain('Northamptonshire Police has made impressive inroads');
  });

  test('shows the Cambridgeshire letter\'s quotation on the plans with the reservation before it', () => {
    const cut = findQuoteSentence(textOf('cambridgeshire/peel-police-legitimacy-2016'), 'the plans did include improvements to IT systems\' monitoring capability')!;
    expect(cut.before).toMatch(/^While the result of your review of the capability and capacity of your counter-corruption unit was unclear, $/);
  });

  test('shows the Cambridgeshire 2019 letter\'s quotations after its bold "Response:" labels, not with them', () => {
    const document = corpus.responses.find((d) => d.id === 'cambridgeshire/shining-a-light-on-betrayal')!;
    for (const id of ['2', '3', '5']) {
      const found = document.evidenceSentences[id]!;
      expect(found.length, id).toBeGreaterThan(0);
      for (const quote of found) {
        expect(quote!.before, id).not.toContain('Response');
        expect(sentenceText(quote!), id).toMatch(/^\p{Lu}/u);
      }
    }
  });

  test('shows the shipped quotations that were widened as whole sentences, with nothing left around them', () => {
    const widened = quotations.filter((q) => q.quote.startsWith('There is still work to be done') || q.quote.startsWith('While the result of your review'));
    expect(widened).toHaveLength(2);
    for (const { found } of widened) expect([found!.before, found!.after]).toEqual(['', '']);
  });
});
