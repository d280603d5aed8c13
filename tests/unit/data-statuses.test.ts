import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/outputs/data/csv.ts';
import { STATUS_RECORD_FIELDS, toStatusRecords } from '../../src/lib/outputs/data/data-statuses.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

const inspection = makeInspection({ id: 'lorem-review' });
const northshire = makeResponse({
  force: 'northshire', inspection: 'lorem-review', date: '2019-11-01',
  recommendations: { '1': 'planned', '2': 'in-progress', '3': 'not-addressed' },
  evidence: { '1': ['Placeholder words, with "quotes".', 'A second placeholder quotation.'], '2': ['Placeholder words of a fictional reply.'] },
  updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: { '1': ['Placeholder words from a fictional progress letter.'] }, note: 'Placeholder progress letter.' }],
  body: '## Recommendation 1\n\nPlaceholder words, with "quotes". A second placeholder quotation.\n',
});
const westmere = makeResponse({ force: 'westmere', inspection: 'lorem-review', recommendations: { '2': 'complete' } });
const site = makeSite({ inspections: [inspection], responses: [northshire, westmere] });
const records = toStatusRecords(site);

describe('the site-wide statuses table', () => {
  test('has one row per document and recommendation of its inspection, in report order', () => {
    expect(records.map((r) => [r.document, r.recommendation])).toEqual([
      ['northshire/lorem-review', '1'], ['northshire/lorem-review', '2'], ['northshire/lorem-review', '3'],
      ['westmere/lorem-review', '1'], ['westmere/lorem-review', '2'], ['westmere/lorem-review', '3'],
    ]);
  });

  test('joins a status\'s quotations with an ellipsis, and leaves evidence empty where there is none', () => {
    expect(records[0]!.evidence).toBe('Placeholder words, with "quotes". … A second placeholder quotation.');
    expect(records[1]!.evidence).toBe('Placeholder words of a fictional reply.');
    expect(records[2]!.evidence).toBeNull();
    expect(records[4]!.evidence).toBeNull();
  });

  test('gives the latest status with its date and the words of the update that gave it', () => {
    expect(records[0]).toMatchObject({ status: 'planned', statusDate: '2019-11-01', latestStatus: 'complete', latestStatusDate: '2020-02-01', latestEvidence: 'Placeholder words from a fictional progress letter.' });
    expect(records[1]).toMatchObject({ status: 'in-progress', latestStatus: 'in-progress', latestStatusDate: '2019-11-01', latestEvidence: 'Placeholder words of a fictional reply.' });
  });

  test('gives no status for a recommendation the document does not mention', () => {
    expect(records[3]).toMatchObject({ status: null, statusDate: null, latestStatus: null, latestStatusDate: null, latestEvidence: null });
  });

  test('links the document\'s own section where it has one, else its page', () => {
    expect(records[0]!.sectionUrl).toMatch(/^\/responses\/northshire\/lorem-review\/#recommendation-1$/);
    expect(records[1]!.sectionUrl).toBe('/responses/northshire/lorem-review/');
  });

  test('gives each quotation\'s whole sentence, unmarked and joined like evidence, as the last columns', () => {
    const cut = makeResponse({
      force: 'southdale', inspection: 'lorem-review', date: '2019-11-01',
      recommendations: { '1': 'in-progress', '2': 'planned' },
      evidence: { '1': ['fictional work is done', 'Placeholder end.'], '2': ['A whole placeholder sentence.'] },
      updates: [{ date: '2020-02-01', recommendations: { '2': 'complete' }, reasons: {}, evidence: { '2': ['Placeholder words from a fictional progress letter.'] } }],
      body: 'Some fictional work is done, but placeholder parts wait. Placeholder end.\n\nA whole placeholder sentence.\n',
    });
    const [one, two, three] = toStatusRecords(makeSite({ inspections: [inspection], responses: [cut] }));
    expect(one!.evidenceSentences).toBe('Some fictional work is done, but placeholder parts wait. … Placeholder end.');
    expect(one!.latestEvidenceSentences).toBe(one!.evidenceSentences);
    expect(two!.evidenceSentences).toBe('A whole placeholder sentence.');
    // The latest status rests on an update's quotation, whose source the site does not hold.
    expect(two!.latestEvidenceSentences).toBeNull();
    expect(three).toMatchObject({ evidenceSentences: null, latestEvidenceSentences: null });
    expect(STATUS_RECORD_FIELDS.slice(16, 18).map((f) => f.name)).toEqual(['evidenceSentences', 'latestEvidenceSentences']);
  });

  test('reads back from CSV with a standard parser as the records hold it', () => {
    const rows = parseCsv(toCsv(records, STATUS_RECORD_FIELDS.map((f) => f.name)), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual(records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? '']))));
  });
});

describe('the site\'s reasons and corrections in the statuses table', () => {
  const corrected = makeResponse({
    force: 'northshire', inspection: 'lorem-review', date: '2019-11-01',
    recommendations: { '1': 'awaiting-national', '2': 'planned' },
    reasons: { '1': 'Placeholder reasons: the fictional recommendation is for national bodies.' },
    corrections: [
      { date: '2020-01-05', recommendation: '1', field: 'status', from: 'planned', to: 'in-progress', reason: 'Placeholder first reading corrected.' },
      { date: '2020-01-09', recommendation: '1', field: 'reasons', from: 'Placeholder old reasons.', to: 'Placeholder reasons.', reason: 'Placeholder.' },
      { date: '2020-03-02', recommendation: '1', field: 'status', from: 'in-progress', to: 'awaiting-national', reason: 'Placeholder second reading corrected.' },
      { date: '2020-04-01', field: 'text', from: 'Placeholder typo', to: 'Placeholder words', reason: 'Placeholder transcription slip.' },
    ],
  });
  const rows = toStatusRecords(makeSite({ inspections: [inspection], responses: [corrected] }));

  test('give each status its reasons, and the date of its newest status correction', () => {
    expect(rows.map((r) => [r.recommendation, r.reasons, r.corrected])).toEqual([
      ['1', 'Placeholder reasons: the fictional recommendation is for national bodies.', '2020-03-02'],
      ['2', null, null],
      ['3', null, null],
    ]);
  });

  test('follow the columns published before them, so no earlier column moves', () => {
    expect(STATUS_RECORD_FIELDS.map((f) => f.name).slice(14)).toEqual(['reasons', 'corrected', 'evidenceSentences', 'latestEvidenceSentences', 'translationOf']);
    const [header, first] = parseCsv(toCsv(rows, STATUS_RECORD_FIELDS.map((f) => f.name))) as string[][];
    expect(header!.slice(0, 14)).toEqual(['document', 'force', 'forceName', 'inspection', 'kind', 'recommendation', 'recommendationTitle', 'status', 'statusDate', 'evidence', 'latestStatus', 'latestStatusDate', 'latestEvidence', 'sectionUrl']);
    expect(first!.slice(14, 16)).toEqual(['Placeholder reasons: the fictional recommendation is for national bodies.', '2020-03-02']);
  });
});

