/**
 * The site's account of its own reading, as built from the fictional fixture: "Why this
 * status" beside each status, the chief officer's response's corrections, "About this copy",
 * a redaction shown as its reason everywhere and the original nowhere, the notes on a
 * recommendation and a force, and the same facts in the data files and the feeds. What the
 * pages must say is read from the fixture's own files with the yaml package, not the loader.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { urls } from '../../src/lib/basics/urls.ts';
import { VALID, VALID_FILES as F } from '../fixtures/fixtures.ts';
import { walkFiles } from '../support/content.ts';
import { between, readPage, textOf } from '../support/html.ts';
import { openSiteIndex } from '../support/pagefind.ts';
import { FIXTURE_SITE } from '../support/paths.ts';
import { bodyRows, tableHtml } from '../support/tables.ts';

interface Frontmatter {
  recommendations: Record<string, { status: string; reasons?: string }>;
  provenance: { from: string; changes: string[]; notes: string[] };
  corrections: { date: string; recommendation: string; reason: string }[];
  redactions: { id: string; reason: string }[];
}
const frontmatterOf = (file: string) => parse(readFileSync(join(VALID, file), 'utf8').split(/^---$/m)[1]!) as Frontmatter;
const chief = frontmatterOf(F.forceResponse);
const late = frontmatterOf(F.late);
const CHIEF_ID = 'northshire/vetting-review-2021--force-response';
const CHIEF_PAGE = urls.response(CHIEF_ID);
const REDACTED = `[Redacted: ${chief.redactions[0]!.reason}]`;
const MARKER = `[redacted: ${chief.redactions[0]!.id}]`;
const page = readPage(FIXTURE_SITE, CHIEF_PAGE);

describe('a document\'s page', () => {
  test('gives each status the site\'s reasons, and marks the corrected one with a link to its correction', () => {
    const rows = bodyRows(tableHtml(page, 'statuses'));
    const row = (id: string) => rows.find((r) => r[0]!.startsWith(`${id}.`))!;
    expect(row('1')[1]).toBe(`Complete Why this status ${chief.recommendations['1']!.reasons}`);
    expect(row('4a')[1]).toBe(`Awaiting national action Why this status ${chief.recommendations['4a']!.reasons!.replace(/\s+/g, ' ')} Corrected 1 June 2021`);
    expect(row('2')[1]).toBe('Complete');
    expect(tableHtml(page, 'statuses')).toContain('<a href="#corrections">Corrected 1 June 2021</a>');
    // In the table the reasons are one press away, so a row stays short on a phone.
    expect(tableHtml(page, 'statuses')).toContain(`<details class="reasons"><summary>Why this status</summary><p>${chief.recommendations['1']!.reasons}</p></details>`);
  });

  test('lists its corrections: date, what, was, now and why', () => {
    // textOf puts a space where a tag was: the date is in a <time> element.
    const section = textOf(between(page, '<h2 id="corrections">', '</ol>')).replace(/ :/g, ':');
    expect(section).toContain(`1 June 2021: The status of recommendation 4a Was Planned Changed to Awaiting national action Why ${chief.corrections[0]!.reason}`);
    expect(page).toContain('<time datetime="2021-06-01">1 June 2021</time>');
  });

  test('says where the copy came from, what transcribing changed, and notes on it, under About this copy', () => {
    const about = textOf(between(page, '<h2 id="about-this-copy">', '</section>'));
    const provenance = ['About this copy', chief.provenance.from, 'Changes made in transcribing', ...chief.provenance.changes, 'Notes on this copy', ...chief.provenance.notes].join(' ');
    expect(about.startsWith(`${provenance} Redactions `)).toBe(true);
    // Then each redaction, with its date and what was taken out.
    for (const redaction of chief.redactions) expect(about).toContain(redaction.reason);
  });

  test('shows a redaction as its reason, set apart, and never the marker', () => {
    const spans = [...page.matchAll(/<span class="redacted">([^<]*)<\/span>/g)].map((m) => textOf(m[1]!));
    expect(spans).toEqual([REDACTED]);
    // textOf puts a space where a tag was, before the full stop after the span.
    expect(textOf(page).replace(/ \./g, '.')).toContain(`call the officer who wrote it on ${REDACTED}.`);
    expect(page).not.toContain('[redacted:');
  });

  test('has no status reasons or corrections where the file gives none', () => {
    const other = readPage(FIXTURE_SITE, urls.response('northshire/vetting-review-2021'));
    expect(other).not.toContain('Why this status');
    expect(other).not.toContain('id="corrections"');
    expect(other).not.toContain('About this copy');
  });
});

describe('a comparison page', () => {
  const four = readPage(FIXTURE_SITE, urls.comparison('vetting-review-2021', '4a'));

  test('gives the reasons and the correction mark in the force\'s section, linking to the document\'s corrections', () => {
    const northshire = between(four, 'id="force-northshire"', '</section>');
    expect(textOf(northshire)).toContain(`Why this status: ${chief.recommendations['4a']!.reasons!.replace(/\s+/g, ' ')}`);
    expect(northshire).toContain(`<a href="${CHIEF_PAGE}#corrections">Corrected 1 June 2021</a>`);
    expect(readPage(FIXTURE_SITE, CHIEF_PAGE)).toContain('id="corrections"');
  });

  test('gives the main document\'s reasons beside its status in the summary', () => {
    const rows = bodyRows(tableHtml(readPage(FIXTURE_SITE, urls.comparison('vetting-review-2021', '2')), 'summary'));
    expect(rows.find((r) => r[0] === 'Westmere Police')![1]).toContain(`Why this status ${late.recommendations['2']!.reasons}`);
    expect(rows.find((r) => r[0] === 'Northshire Constabulary')![1]).not.toContain('Why this status');
  });
});

describe('notes', () => {
  const inspection = parse(readFileSync(join(VALID, F.dayInspection), 'utf8').split(/^---$/m)[1]!) as { recommendations: { id: string; note?: string }[]; provenance: { from: string } };
  const note = inspection.recommendations.find((r) => r.id === '1')!.note!;

  test('on a recommendation, on the inspection page and its comparison page; the inspection\'s provenance under About this copy', () => {
    const html = readPage(FIXTURE_SITE, urls.inspection('vetting-review-2021'));
    expect(textOf(html)).toContain(`Note: ${note}`);
    expect(textOf(between(html, '<h2 id="about-this-copy">', '</section>'))).toContain(inspection.provenance.from);
    expect(textOf(readPage(FIXTURE_SITE, urls.comparison('vetting-review-2021', '1')))).toContain(`Note ${note}`);
  });

  test('on a force, on its page', () => {
    const forces = parse(readFileSync(join(VALID, F.forces), 'utf8')) as { id: string; note?: string }[];
    expect(textOf(readPage(FIXTURE_SITE, urls.force('northshire')))).toContain(`Note ${forces.find((f) => f.id === 'northshire')!.note}`);
  });
});

describe('the data files and feeds', () => {
  test('statuses carry the reasons and the newest status correction\'s date, in the two columns after those published before them', () => {
    const json = JSON.parse(readFileSync(join(FIXTURE_SITE, 'data/statuses.json'), 'utf8')) as Record<string, string | null>[];
    const row = (document: string, rec: string) => json.find((r) => r.document === document && r.recommendation === rec)!;
    expect(row(CHIEF_ID, '4a')).toMatchObject({ reasons: chief.recommendations['4a']!.reasons!.trim(), corrected: '2021-06-01' });
    expect(row(CHIEF_ID, '2')).toMatchObject({ reasons: null, corrected: null });
    const [header] = parseCsv(readFileSync(join(FIXTURE_SITE, 'data/statuses.csv'), 'utf8'), { toLine: 1 }) as string[][];
    expect(header!.slice(14, 16)).toEqual(['reasons', 'corrected']);
  });

  test('responses.json carries the corrections, the provenance and the redactions', () => {
    const records = JSON.parse(readFileSync(join(FIXTURE_SITE, 'data/responses.json'), 'utf8')) as { id: string; corrections: unknown[]; provenance: unknown; redactions: { id: string }[] }[];
    const record = records.find((r) => r.id === CHIEF_ID)!;
    expect(record.corrections).toEqual([expect.objectContaining({ date: '2021-06-01', recommendation: '4a', from: 'planned', to: 'awaiting-national' })]);
    expect(record.provenance).toEqual({ from: chief.provenance.from, changes: chief.provenance.changes, notes: chief.provenance.notes });
    expect(record.redactions.map((r) => r.id)).toEqual([chief.redactions[0]!.id]);
  });

  test('the feeds date the corrected document by its correction and tell of it', () => {
    const feed = readFileSync(join(FIXTURE_SITE, urls.forceFeed('northshire')), 'utf8');
    const entry = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]).find((e) => e.includes(CHIEF_PAGE))!;
    expect(entry).toContain('<updated>2021-06-01T00:00:00Z</updated>');
    expect(entry).toContain('Corrected 1 June 2021: the status of recommendation 4a, from Planned to Awaiting national action.');
  });

  test('no file of the site holds the marker as written, and the search index finds the reason in its place', async () => {
    for (const file of [...walkFiles(FIXTURE_SITE)].filter((f) => /\.(html|json|csv|xml|ics)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain(MARKER);
    }
    const index = await openSiteIndex(FIXTURE_SITE);
    try {
      const found = await index.search('redacted');
      expect(found.map((p) => p.url)).toContain(CHIEF_PAGE);
      expect(found.find((p) => p.url === CHIEF_PAGE)!.excerpt).toMatch(/Redacted/i);
    } finally {
      await index.close();
    }
  });
});
