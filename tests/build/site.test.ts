import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { STATUSES } from '../../src/lib/basics/statuses.ts';
import { readForces, readInspections, readResponses, scopeOf } from '../support/content.ts';
import { between, readPage, textOf } from '../support/html.ts';
import { SITE, SUBPATH_BASE, SUBPATH_SITE } from '../support/paths.ts';

const forces = readForces();
const inspections = readInspections();
const responses = readResponses();
const STATUS_LABELS: Record<string, string> = Object.fromEntries(STATUSES.map((s) => [s.id, s.label]));

describe('the site built from the shipped content', () => {
  test('has every page type at its contract URL', () => {
    const paths = [
      '/', '/inspections/', '/forces/', '/data/',
      ...inspections.map((i) => `/inspections/${i.id}/`),
      ...inspections.flatMap((i) => i.recommendations.map((r) => `/inspections/${i.id}/recommendations/${r.id}/`)),
      ...forces.map((f) => `/forces/${f.id}/`),
      ...responses.map((r) => `/responses/${r.id}/`),
    ];
    for (const path of paths) expect(() => readPage(SITE, path), path).not.toThrow();
    expect(existsSync(join(SITE, 'data/responses.json'))).toBe(true);
    expect(existsSync(join(SITE, 'data/responses.csv'))).toBe(true);
  });

  test('ships the 43 territorial forces of England and Wales', () => {
    expect(forces).toHaveLength(43);
    expect(new Set(forces.map((f) => f.id)).size).toBe(43);
    const page = textOf(readPage(SITE, '/forces/'));
    for (const force of forces) expect(page).toContain(force.name);
  });

  // Changed on purpose: a force with no document is a name in one list at the end, not a section each.
  test('lists every force in scope on every comparison page: a section with its status, or its name in the list of forces with no document', () => {
    for (const inspection of inspections) {
      for (const rec of inspection.recommendations) {
        const html = readPage(SITE, `/inspections/${inspection.id}/recommendations/${rec.id}/`);
        const entries = between(html, 'What each force said', 'id="no-document"');
        const missing = textOf(between(html, 'id="no-document"', '</ul>'));
        for (const force of scopeOf(inspection, forces)) {
          const documents = responses.filter((r) => r.force === force.id && r.inspection === inspection.id);
          if (documents.length === 0) {
            expect(missing, `${force.id} on ${inspection.id} #${rec.id}`).toContain(force.name);
            expect(html).not.toContain(`id="force-${force.id}"`);
            continue;
          }
          const entry = between(entries, `id="force-${force.id}"`, '</section>');
          expect(textOf(`<x ${entry}`), `${force.id} on ${inspection.id} #${rec.id}`).toContain(force.name);
          for (const document of documents) {
            const status = document.recommendations[rec.id];
            expect(textOf(entry)).toContain(status ? STATUS_LABELS[status] : 'No status given');
          }
        }
      }
    }
  });

  test('shows the seed responses side by side, each in its own words', () => {
    const html = readPage(SITE, '/inspections/shining-a-light-on-betrayal/recommendations/2/');
    const text = textOf(html);
    // Cambridgeshire's and Suffolk's own words on recommendation 2, from their letters.
    expect(text).toContain('This recommendation is addressed to the NPCC Lead for Vetting. The Constabulary will await further information.');
    expect(text).toContain('Norfolk and Suffolk will be standardising the requests that are made of other forces in respect of transferees');
    // Northamptonshire's letter does not take the recommendations one by one.
    expect(textOf(between(html, 'id="force-northamptonshire"', '<section'))).toContain('Not addressed');
  });

  test('shows the undated Cleveland form as undated, never with an invented date', () => {
    const text = textOf(readPage(SITE, '/responses/cleveland/shining-a-light-on-betrayal/'));
    expect(text).toContain('Undated: the document carries no date');
    expect(text).not.toMatch(/On time|Late by/);
  });

  test('gives each response page its metadata, statuses, timeliness and coverage', () => {
    for (const response of responses) {
      const inspection = inspections.find((i) => i.id === response.inspection)!;
      const text = textOf(readPage(SITE, `/responses/${response.id}/`));
      expect(text).toContain(inspection.title);
      for (const rec of inspection.recommendations) {
        const status = response.recommendations[rec.id];
        expect(text).toContain(status ? STATUS_LABELS[status] : 'No status given');
      }
    }
    const northants = textOf(readPage(SITE, '/responses/northamptonshire/shining-a-light-on-betrayal/'));
    // Recommendation 5 is in progress (the counter-corruption team "has been strengthened"); 1 to 4 are not dealt with.
    expect(northants).toContain('Of 5 recommendations, the response addresses 1: it does not deal with recommendation 1, recommendation 2, recommendation 3 and recommendation 4.');
    const cambs = textOf(readPage(SITE, '/responses/cambridgeshire/shining-a-light-on-betrayal/'));
    // Published 27 September 2019; dated 15 November 2019: day 50 of 56.
    expect(cambs).toContain('On time: day 50 of 56');
    expect(cambs).toContain('The response gives a status for all 5 recommendations.');
  });

  test('shows dates the GOV.UK way', () => {
    const text = textOf(readPage(SITE, '/inspections/shining-a-light-on-betrayal/'));
    expect(text).toContain('27 September 2019');
    expect(text).toContain('21 November 2019');
    expect(textOf(readPage(SITE, '/inspections/peel-police-legitimacy-2016/'))).toContain('December 2016');
  });

  test('ships no JavaScript on the pages that only show content', () => {
    for (const path of ['/', '/inspections/', '/forces/', `/responses/${responses[0]!.id}/`]) {
      expect(readPage(SITE, path)).not.toMatch(/<script/i);
    }
  });
});

describe('the data files', () => {
  const json = JSON.parse(readFileSync(join(SITE, 'data/responses.json'), 'utf8')) as Record<string, unknown>[];

  test('hold one JSON record per document, agreeing with the content files', () => {
    expect(json.map((r) => r.id).sort()).toEqual(responses.map((r) => r.id).sort());
    for (const response of responses) {
      const record = json.find((r) => r.id === response.id)!;
      const inspection = inspections.find((i) => i.id === response.inspection)!;
      expect(record.force).toBe(response.force);
      expect(record.inspection).toBe(response.inspection);
      expect(record.kind).toBe(response.kind ?? 'pcc-response');
      expect(record.date).toBe(response.date ?? null);
      expect(record.url).toBe(`/responses/${response.id}/`);
      expect(record.statuses).toEqual(Object.fromEntries(inspection.recommendations.map((r) => [r.id, response.recommendations[r.id] ?? null])));
    }
  });

  test('give the CSV the same records as the JSON', () => {
    const csv = readFileSync(join(SITE, 'data/responses.csv'), 'utf8');
    const rows = parseCsv(csv) as string[][];
    const header = rows[0]!;
    const records = rows.slice(1).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
    expect(records).toHaveLength(json.length);
    for (const record of records) {
      const match = json.find((r) => r.id === record.id)!;
      expect(record.force).toBe(match.force);
      expect(record.timeliness).toBe(match.timeliness);
      expect(record.date).toBe(match.date ?? '');
      expect(record.statuses).toBe(Object.entries(match.statuses as object).map(([id, s]) => `${id}=${s ?? ''}`).join('; '));
    }
  });
});

describe('the site built under a sub-path', () => {
  test('keeps every internal link inside the sub-path', () => {
    const html = readPage(SUBPATH_SITE, '/inspections/shining-a-light-on-betrayal/');
    const hrefs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href.startsWith(SUBPATH_BASE), href).toBe(true);
    const json = JSON.parse(readFileSync(join(SUBPATH_SITE, 'data/responses.json'), 'utf8')) as { url: string }[];
    for (const record of json) expect(record.url.startsWith(SUBPATH_BASE)).toBe(true);
  });
});
