/** The site-wide statuses table and the day count, as built from the fictional fixture. */
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE_URL, LONG_QUOTES } from '../support/fixture-site.ts';
import { describe, expect, test } from 'vitest';
import { STATUTORY_PERIOD_DAYS } from '../../src/lib/site/deadline.ts';
import { VALID_FILES } from '../fixtures/fixtures.ts';
import { readPage, textOf } from '../support/html.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

type Row = Record<string, string | null>;

const csvRows = parseCsv(readFileSync(join(FIXTURE_SITE, 'data/statuses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
const jsonRows = JSON.parse(readFileSync(join(FIXTURE_SITE, 'data/statuses.json'), 'utf8')) as Row[];
const row = (document: string, recommendation: string) => jsonRows.find((r) => r.document === document && r.recommendation === recommendation)!;

describe('data/statuses.csv and data/statuses.json', () => {
  test('have one row per document and recommendation of its inspection', () => {
    // Five documents: four answer the three-recommendation inspection, one the one-recommendation inspection.
    expect(jsonRows).toHaveLength(4 * 3 + 1);
    expect(new Set(jsonRows.map((r) => `${r.document} ${r.recommendation}`)).size).toBe(jsonRows.length);
  });

  test('round-trip: the CSV, read by a standard parser, holds what the JSON holds, empty where the JSON has null', () => {
    expect(csvRows).toEqual(jsonRows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? '']))));
  });

  test('carry each status\'s quotations from the content, several joined with an ellipsis', () => {
    expect(row('northshire/vetting-review-2021', '4a')).toMatchObject({
      status: 'planned',
      // The fixture site's own quotations for 4a (FIXTURE_SITE_EDITS), joined as the data page says.
      evidence: LONG_QUOTES.join(' … '),
    });
    expect(row('dyffryn/vetting-review-2021', '2')!.evidence).toBe('Testun dros dro ar gyfer ymateb ffuglennol i argymhelliad 2.');
  });

  test('carry each quotation\'s whole sentence, unmarked, in the columns added after the others, and none where there is no evidence', () => {
    // The second quotation for 4a is cut from "Placeholder text for a fictional response to recommendation 4a, with a safe link."
    const four = row('northshire/vetting-review-2021', '4a');
    expect(four.evidenceSentences).toBe(`${LONG_QUOTES[0]} … Placeholder text for a fictional response to recommendation 4a, ${LONG_QUOTES[1]}.`);
    expect(four.latestEvidenceSentences).toBe(four.evidenceSentences);
    expect(row('northshire/vetting-review-2021', '2')).toMatchObject({ evidenceSentences: null, latestEvidenceSentences: null });
    // Added at the end, as columns are (the contract adds, never moves): translationOf came after them.
    expect(Object.keys(csvRows[0]!).slice(-3)).toEqual(['evidenceSentences', 'latestEvidenceSentences', 'translationOf']);
  });

  test('leave evidence empty where a status has none: the short form, and not-addressed', () => {
    expect(row('northshire/vetting-review-2021', '2')).toMatchObject({ status: 'in-progress', evidence: null });
    expect(row('westmere/vetting-review-2021', '4a')).toMatchObject({ status: 'not-addressed', evidence: null });
  });

  test('link each row to the document\'s section on the recommendation, which exists on the page', () => {
    const { sectionUrl } = row('northshire/vetting-review-2021', '1');
    // A permanent link: the fixture site has an address (FIXTURE_SITE_URL).
    const url = new URL(sectionUrl!);
    expect(url.origin + '/').toBe(FIXTURE_SITE_URL);
    const [path, anchor] = [url.pathname, url.hash.slice(1)];
    expect(path).toBe('/responses/northshire/vetting-review-2021/');
    expect(readPage(FIXTURE_SITE, path!)).toContain(`id="${anchor}"`);
  });

  test('are listed and described field by field on the data page', () => {
    const page = readPage(FIXTURE_SITE, '/data/');
    expect(page).toContain('href="/data/statuses.csv"');
    expect(page).toContain('href="/data/statuses.json"');
    for (const name of Object.keys(jsonRows[0]!)) expect(page).toContain(`<code>${name}</code>`);
  });
});

describe('the day count', () => {
  const responses = JSON.parse(readFileSync(join(FIXTURE_SITE, 'data/responses.json'), 'utf8')) as Row[] & { dayOfPeriod: number | null; daysFromReport: number | null }[];
  const onTime = responses.find((r) => r.id === VALID_FILES.onTime.replace(/^responses\//, '').replace(/\.md$/, ''))! as unknown as { id: string; dayOfPeriod: number; daysFromReport: number };

  test('dayOfPeriod is the day the document\'s page says, one more than daysFromReport', () => {
    expect(onTime.dayOfPeriod).toBe(onTime.daysFromReport + 1);
    expect(textOf(readPage(FIXTURE_SITE, `/responses/${onTime.id}/`))).toContain(`day ${onTime.dayOfPeriod} of ${STATUTORY_PERIOD_DAYS}`);
  });

  test('responses.csv keeps daysFromReport and adds dayOfPeriod', () => {
    const rows = parseCsv(readFileSync(join(FIXTURE_SITE, 'data/responses.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const csv = rows.find((r) => r.id === onTime.id)!;
    expect([csv.daysFromReport, csv.dayOfPeriod]).toEqual([String(onTime.daysFromReport), String(onTime.dayOfPeriod)]);
  });
});
