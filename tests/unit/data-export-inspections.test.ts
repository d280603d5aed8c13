import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/outputs/data/csv.ts';
import { CSV_RECORD_FIELDS, INSPECTION_RECORD_FIELDS, toInspectionRecords, toResponseRecords } from '../../src/lib/outputs/data/data-export.ts';
import { FORCES, makeInspection, makeResponse, makeSite } from './support/factories.ts';

const AWKWARD = 'Placeholder, with "quotes", commas,\r\nand a Windows line break.\n\nLorem ipsum: dolor sit amet.';
const inspection = makeInspection({ id: 'lorem-review' });
const northshire = makeResponse({
  force: 'northshire', inspection: 'lorem-review', date: '2019-11-01',
  recommendations: { '1': 'planned', '2': 'in-progress' },
  updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: {} }],
  body: '## Recommendation 1\n\nPlaceholder, with "quotes", commas.\n\nLorem ipsum second paragraph.\n',
});
const chief = makeResponse({ force: 'northshire', inspection: 'lorem-review', kind: 'force-response', recommendations: { '1': 'no-action' } });
const site = makeSite({ inspections: [inspection], responses: [northshire, chief] });

describe('an inspection\'s data file', () => {
  const records = toInspectionRecords(site, inspection);

  test('has a row for every force in scope and recommendation, and one per document where a force has two', () => {
    // Northshire has two documents, Westmere and Southdale none: (2 + 1 + 1) forces' rows × 3 recommendations.
    expect(records).toHaveLength(4 * 3);
    expect(records.filter((r) => r.force === 'westmere').map((r) => [r.recommendation, r.document])).toEqual([['1', null], ['2', null], ['3', null]]);
    expect(records.filter((r) => r.force === 'northshire' && r.recommendation === '1').map((r) => r.kind)).toEqual(['pcc-response', 'force-response']);
    expect(new Set(records.map((r) => r.force))).toEqual(new Set(FORCES.map((f) => f.id)));
  });

  test('carries the original status and the latest, each with its date', () => {
    const row = records.find((r) => r.document === northshire.id && r.recommendation === '1')!;
    expect([row.originalStatus, row.originalStatusDate, row.latestStatus, row.latestStatusDate]).toEqual(['planned', '2019-11-01', 'complete', '2020-02-01']);
    const unchanged = records.find((r) => r.document === northshire.id && r.recommendation === '2')!;
    expect([unchanged.latestStatus, unchanged.latestStatusDate]).toEqual(['in-progress', '2019-11-01']);
    const none = records.find((r) => r.document === northshire.id && r.recommendation === '3')!;
    expect([none.originalStatus, none.originalStatusDate, none.latestStatus]).toEqual([null, null, null]);
  });

  test('holds the words of the document\'s section for the recommendation', () => {
    expect(records.find((r) => r.document === northshire.id && r.recommendation === '1')!.sectionText).toBe('Placeholder, with "quotes", commas.\n\nLorem ipsum second paragraph.');
    expect(records.find((r) => r.document === northshire.id && r.recommendation === '2')!.sectionText).toBeNull();
  });

  test('gives each quotation\'s whole sentence after its evidence, in the last column', () => {
    const cut = makeResponse({
      force: 'westmere', inspection: 'lorem-review', recommendations: { '1': 'in-progress' },
      evidence: { '1': ['the placeholder plan has started'] }, body: 'Placeholder start. So far the placeholder plan has started, and fictional work waits.\n',
    });
    const rows = toInspectionRecords(makeSite({ inspections: [inspection], responses: [cut] }), inspection).filter((r) => r.document === cut.id);
    expect(rows.map((r) => [r.evidence, r.evidenceSentences])).toEqual([
      ['the placeholder plan has started', 'So far the placeholder plan has started, and fictional work waits.'],
      [null, null],
      [null, null],
    ]);
    expect(INSPECTION_RECORD_FIELDS.at(-1)!.name).toBe('evidenceSentences');
  });
});

describe('CSV', () => {
  test('round-trips text with commas, quotes and line breaks through a standard parser', () => {
    const csv = toCsv([{ a: AWKWARD, b: null, c: 3 }], ['a', 'b', 'c']);
    expect(parseCsv(csv, { columns: true })).toEqual([{ a: AWKWARD, b: '', c: '3' }]);
  });

  test('gives an inspection file its documented columns, and the site-wide file its flat ones', () => {
    const rows = parseCsv(toCsv(toInspectionRecords(site, inspection), INSPECTION_RECORD_FIELDS.map((f) => f.name)), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(INSPECTION_RECORD_FIELDS.map((f) => f.name));
    const all = parseCsv(toCsv(toResponseRecords(site), CSV_RECORD_FIELDS), { columns: true }) as Record<string, string>[];
    expect(Object.keys(all[0]!)).not.toContain('updates');
    expect(all.find((r) => r.id === northshire.id)!.latestStatuses).toBe('1=complete; 2=in-progress; 3=');
    expect(all.find((r) => r.id === northshire.id)!.lastUpdated).toBe('2020-02-01');
  });
});
