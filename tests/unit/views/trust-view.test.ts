/** What a correction changed and when a redaction was made, as a document's page says them, in English and in Welsh. */
import { describe, expect, test } from 'vitest';
import { toCorrectionViews, toProvenanceView } from '../../../src/lib/views/trust-view.ts';
import type { Correction } from '../../../src/schemas/trust.ts';

const corrections: Correction[] = [
  { date: '2021-04-03', recommendation: '3', field: 'status', from: 'planned', to: 'complete', reason: 'Placeholder: a fictional re-reading.' },
  { date: '2021-05-09', recommendation: '2', field: 'evidence', from: 'a fictional quotation', reason: 'Placeholder: not in the document.' },
  { date: '2021-06-01', field: 'text', from: 'teh', to: 'the', reason: 'Placeholder: a fictional slip of transcription.' },
];

describe('a document\'s corrections', () => {
  test('say what changed in English', () => {
    expect(toCorrectionViews(corrections).map((c) => c.what)).toEqual([
      'The status of recommendation 3', 'The quoted evidence for recommendation 2', 'The text',
    ]);
  });

  test('say what changed, and when, in Welsh', () => {
    const views = toCorrectionViews(corrections, 'cy');
    expect(views.map((c) => c.what)).toEqual(['Statws argymhelliad 3', 'Y dystiolaeth a ddyfynnwyd ar gyfer argymhelliad 2', 'Y testun']);
    expect(views[0]!.date).toBe('3 Ebrill 2021');
    expect(views[0]!.ends.map((e) => e.end.status?.label)).toEqual(['Wedi\'i gynllunio', 'Wedi\'i gwblhau']);
  });
});

describe('"About this copy"', () => {
  test('dates a redaction in the page\'s language', () => {
    const redactions = [{ id: 'officer-mobile', date: '2021-05-09', reason: 'a fictional officer\'s mobile number' }];
    expect(toProvenanceView({ from: 'Placeholder: a fictional source.' }, redactions)!.redactions[0]!.date).toBe('9 May 2021');
    expect(toProvenanceView({ from: 'Placeholder: a fictional source.' }, redactions, 'cy')!.redactions[0]!.date).toBe('9 Mai 2021');
  });
});
