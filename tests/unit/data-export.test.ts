import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from '../../src/lib/outputs/data/csv.ts';
import { CSV_RECORD_FIELDS, RECORD_FIELDS, toResponseRecords, type ResponseRecord } from '../../src/lib/outputs/data/data-export.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

/**
 * A small RFC 4180 reader, written from the RFC, to check that what csvField writes reads
 * back as it was: fields separated by commas, records by CRLF, quoted fields may hold commas,
 * line breaks and doubled quotes.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\r' || c === '\n') throw new Error(`a bare line break outside quotes at ${i}`);
    field += c; i++;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

describe('csvField', () => {
  test('writes plain text as it is', () => {
    expect(csvField('northshire')).toBe('northshire');
    expect(csvField('Lorem ipsum dolor')).toBe('Lorem ipsum dolor');
  });

  test('writes null and undefined as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  test('writes numbers, zero included', () => {
    expect(csvField(0)).toBe('0');
    expect(csvField(41)).toBe('41');
  });

  test('quotes a field with a comma', () => {
    expect(csvField('Lorem, ipsum')).toBe('"Lorem, ipsum"');
  });

  test('quotes a field with a quote, doubling the quote', () => {
    expect(csvField('the "Lorem" report')).toBe('"the ""Lorem"" report"');
  });

  test('quotes a field with a line break of any kind', () => {
    expect(csvField('Lorem\nipsum')).toBe('"Lorem\nipsum"');
    expect(csvField('Lorem\r\nipsum')).toBe('"Lorem\r\nipsum"');
    expect(csvField('Lorem\ripsum')).toBe('"Lorem\ripsum"');
  });

  test('writes statuses as id=status pairs, an empty status where none is given', () => {
    expect(csvField({ '1': 'complete', '2': null, '4a': 'planned' })).toBe('1=complete; 2=; 4a=planned');
  });

  test.each([
    'plain',
    'Lorem, ipsum',
    '"quoted"',
    'say "hi", then\r\nleave',
    'a\nb\rc',
    ',,,',
    '""',
    ' leading and trailing spaces ',
    '',
  ])('reads back exactly as written: %j', (value) => {
    const line = `${csvField(value)},${csvField('next')}\r\n`;
    expect(parseCsv(line)).toEqual([[value, 'next']]);
  });
});

describe('toCsv', () => {
  test('writes a header row and one row per record, each ending CRLF', () => {
    const csv = toCsv([{ a: 'x', b: 1 }, { a: 'y', b: null }], ['a', 'b']);
    expect(csv).toBe('a,b\r\nx,1\r\ny,\r\n');
  });

  test('writes only the fields asked for, in the order asked', () => {
    expect(toCsv([{ a: 'x', b: 'y', c: 'z' }], ['c', 'a'])).toBe('c,a\r\nz,x\r\n');
  });

  test('writes just the header when there are no records', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
  });
});

describe('toResponseRecords', () => {
  // Published 2019-09-27: day 56 is 2019-11-21 (27-30 Sep are days 1-4, October days 5-35).
  const lorem = makeInspection({
    id: 'lorem-ipsum',
    title: 'Lorem, "ipsum"\ndolor: a placeholder report',
    published: '2019-09-27',
  });
  const monthOnly = makeInspection({ id: 'dolor-sit', title: 'Dolor sit amet', published: '2020-03' });
  const late = makeResponse({
    force: 'northshire',
    inspection: 'lorem-ipsum',
    date: '2019-11-20',
    published: '2019-11-22',
    author: { name: 'A. N. Other', role: 'Police and Crime Commissioner for Northshire, acting' },
    source: 'https://www.example.org/northshire/response.pdf',
    recommendations: { '1': 'complete', '3': 'not-addressed' },
    evidence: { '1': ['Placeholder words of a fictional reply.', 'Placeholder second quotation.'] },
  });
  const letter = makeResponse({
    force: 'westmere',
    inspection: 'lorem-ipsum',
    kind: 'inspectorate-letter',
    author: { name: 'Jane Placeholder' },
    recommendations: { '2': 'in-progress' },
  });
  const onMonthOnlyReport = makeResponse({ force: 'southdale', inspection: 'dolor-sit', date: '2020-04-01' });
  const parts = { inspections: [monthOnly, lorem], responses: [late, letter, onMonthOnlyReport] };

  test('gives one record per document, in the corpus\'s order', () => {
    expect(toResponseRecords(makeSite(parts)).map((r) => r.id)).toEqual([
      'northshire/lorem-ipsum',
      'westmere/lorem-ipsum--inspectorate-letter',
      'southdale/dolor-sit',
    ]);
  });

  test('fills every field of a late response', () => {
    const [record] = toResponseRecords(makeSite(parts));
    expect(record).toEqual({
      id: 'northshire/lorem-ipsum',
      force: 'northshire',
      forceName: 'Northshire Constabulary',
      policingBody: 'Police and Crime Commissioner for Northshire',
      region: 'North East',
      inspection: 'lorem-ipsum',
      inspectionTitle: 'Lorem, "ipsum"\ndolor: a placeholder report',
      inspectionPublished: '2019-09-27',
      kind: 'pcc-response',
      date: '2019-11-20',
      published: '2019-11-22',
      due: '2019-11-21',
      // Judged on the publication date, day 57.
      timeliness: 'late',
      timelinessBasis: 'published',
      daysLate: 1,
      daysFromReport: 56,
      statuses: { '1': 'complete', '2': null, '3': 'not-addressed' },
      evidence: { '1': ['Placeholder words of a fictional reply.', 'Placeholder second quotation.'] },
      author: 'A. N. Other, Police and Crime Commissioner for Northshire, acting',
      source: 'https://www.example.org/northshire/response.pdf',
      url: '/responses/northshire/lorem-ipsum/',
      // No updates: the latest statuses are the document's own.
      latestStatuses: { '1': 'complete', '2': null, '3': 'not-addressed' },
      lastUpdated: null,
      // Day 57 as the pages count it: the report's publication day is day 1.
      dayOfPeriod: 57,
      updates: [],
      // Nothing recorded of the site's reasons, corrections, provenance or redactions.
      reasons: {},
      corrections: [],
      provenance: null,
      redactions: [],
      // Not the translation of another document.
      translationOf: null,
    } satisfies ResponseRecord);
  });

  test('gives nulls for an undated letter, and no deadline', () => {
    const record = toResponseRecords(makeSite(parts))[1]!;
    expect(record).toMatchObject({
      kind: 'inspectorate-letter',
      date: null,
      published: null,
      due: '2019-11-21',
      timeliness: 'not-applicable',
      timelinessBasis: null,
      daysLate: null,
      daysFromReport: null,
      dayOfPeriod: null,
      statuses: { '1': null, '2': 'in-progress', '3': null },
      evidence: {},
      author: 'Jane Placeholder',
      source: null,
    });
  });

  test('has no due date and cannot tell timeliness when the report has only a month', () => {
    const record = toResponseRecords(makeSite(parts))[2]!;
    expect(record).toMatchObject({
      inspectionPublished: '2020-03',
      due: null,
      timeliness: 'unknown',
      timelinessBasis: 'date',
      daysLate: null,
      daysFromReport: null,
      author: null,
    });
  });

  test('lists a status for every recommendation of the inspection, in its order, and no others', () => {
    const site = makeSite({
      inspections: [lorem],
      responses: [makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', recommendations: { '3': 'planned', '1': 'complete' } })],
    });
    expect(Object.entries(toResponseRecords(site)[0]!.statuses)).toEqual([['1', 'complete'], ['2', null], ['3', 'planned']]);
  });

  test('puts the base path in the url of a site served under /pcc-responses/', () => {
    const [record] = toResponseRecords(makeSite(parts, { base: '/pcc-responses/' }));
    expect(record!.url).toBe('/pcc-responses/responses/northshire/lorem-ipsum/');
  });

  test('gives a full address when the site\'s address is known', () => {
    const records = toResponseRecords(makeSite(parts, { base: '/pcc-responses/', siteUrl: 'https://example.org' }));
    expect(records.map((r) => r.url)).toEqual([
      'https://example.org/pcc-responses/responses/northshire/lorem-ipsum/',
      'https://example.org/pcc-responses/responses/westmere/lorem-ipsum--inspectorate-letter/',
      'https://example.org/pcc-responses/responses/southdale/dolor-sit/',
    ]);
  });

  test('gives a full address at the root of a site', () => {
    const [record] = toResponseRecords(makeSite(parts, { siteUrl: 'https://example.org/' }));
    expect(record!.url).toBe('https://example.org/responses/northshire/lorem-ipsum/');
  });

  test('documents every field of a record, in the order of the record', () => {
    const [record] = toResponseRecords(makeSite(parts));
    expect(RECORD_FIELDS.map((f) => f.name)).toEqual(Object.keys(record!));
    for (const field of RECORD_FIELDS) expect(field.description).not.toBe('');
  });

  test('survives a round trip through CSV, commas, quotes and line breaks included', () => {
    const records = toResponseRecords(makeSite(parts));
    const names = RECORD_FIELDS.map((f) => f.name);
    const [header, ...rows] = parseCsv(toCsv(records, names));
    expect(header).toEqual(names);
    expect(rows).toHaveLength(records.length);
    const first = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(first).toMatchObject({
      inspectionTitle: 'Lorem, "ipsum"\ndolor: a placeholder report',
      author: 'A. N. Other, Police and Crime Commissioner for Northshire, acting',
      daysLate: '1',
      statuses: '1=complete; 2=; 3=not-addressed',
    });
    const letterRow = Object.fromEntries(header!.map((name, i) => [name, rows[1]![i]]));
    expect(letterRow).toMatchObject({ date: '', published: '', daysLate: '', timelinessBasis: '' });
  });
});

describe('the trust fields in responses.json', () => {
  test('carry the reasons, corrections, provenance and redactions of a document, and an update\'s reasons', () => {
    const inspection = makeInspection({ id: 'lorem-review' });
    const document = makeResponse({
      force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'awaiting-national' },
      reasons: { '1': 'Placeholder reasons.' },
      updates: [{ date: '2020-01-01', recommendations: { '1': 'complete' }, evidence: {}, reasons: { '1': 'Placeholder reasons of an update.' } }],
      corrections: [
        { date: '2020-05-06', recommendation: '1', field: 'status', from: 'planned', to: 'awaiting-national', reason: 'Placeholder.' },
        { date: '2020-05-06', recommendation: '1', field: 'evidence', from: 'Placeholder quotation', reason: 'Placeholder removal.' },
      ],
      provenance: { from: 'Placeholder: a fictional PDF.', notes: ['Placeholder note.'] },
      redactions: [{ id: 'mobile', date: '2020-05-06', reason: 'a fictional officer\'s mobile number' }],
    });
    const [record] = toResponseRecords(makeSite({ inspections: [inspection], responses: [document] }));
    expect(record).toMatchObject({
      reasons: { '1': 'Placeholder reasons.' },
      corrections: [
        { date: '2020-05-06', recommendation: '1', field: 'status', from: 'planned', to: 'awaiting-national', reason: 'Placeholder.' },
        // A removal keeps the same shape: to is null, never missing.
        { date: '2020-05-06', recommendation: '1', field: 'evidence', from: 'Placeholder quotation', to: null, reason: 'Placeholder removal.' },
      ],
      provenance: { from: 'Placeholder: a fictional PDF.', changes: [], notes: ['Placeholder note.'] },
      redactions: [{ id: 'mobile', date: '2020-05-06', reason: 'a fictional officer\'s mobile number' }],
    });
    expect(record!.updates[0]!.reasons).toEqual({ '1': 'Placeholder reasons of an update.' });
  });

  test('are JSON only: the CSV file\'s columns do not change', () => {
    for (const name of ['reasons', 'corrections', 'provenance', 'redactions']) expect(CSV_RECORD_FIELDS).not.toContain(name);
  });
});

