/**
 * The pages a journalist checks a status on: the comparison page (forces with a document
 * first, by status, with the quoted words marked in their sections; the others in one list),
 * a force's own list of documents, and the sentence saying whose reading the statuses are.
 * Checked on the fixture site (FIXTURE_SITE_EDITS gives Northshire and Dyffryn evidence and
 * the site its own sentence) and on the shipped content (the default sentence).
 */
import { describe, expect, test } from 'vitest';
import { urls } from '../../src/lib/basics/urls.ts';
import { IN_SENTENCE_NOTE } from '../../src/lib/views/evidence-view.ts';
import { DEFAULT_STATUS_READING } from '../../src/schemas/site-config.ts';
import { FIXTURE_STATUS_READING, LONG_QUOTES, SHORT_QUOTE, WELSH_QUOTE } from '../support/fixture-site.ts';
import { between, readPage, textOf } from '../support/html.ts';
import { expectedQuoteId } from '../support/quote-id.ts';
import { FIXTURE_SITE, SITE } from '../support/paths.ts';
import { bodyRows, tableHtml } from '../support/tables.ts';
import { readInspections, readResponses } from '../support/content.ts';

const INSPECTION = 'vetting-review-2021';
const comparison = (rec: string) => readPage(FIXTURE_SITE, urls.comparison(INSPECTION, rec));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const count = (text: string, part: string) => text.split(part).length - 1;
/** A quotation shown in its sentence: the words around it, the quoted words marked, all within one quotation. */
const inSentence = (before: string, quoted: string, after: string) => `<q class="in-sentence">${escape(before)}<mark>${escape(quoted)}</mark>${escape(after)}</q>`;
/** The sentences the fixture site's quotations are cut from, in Northshire's body (the valid fixture's words). */
const SHORT_IN_SENTENCE = inSentence('Placeholder text for ', SHORT_QUOTE, '.');
const LINK_IN_SENTENCE = inSentence('Placeholder text for a fictional response to recommendation 4a, ', LONG_QUOTES[1]!, '.');

describe('a comparison page', () => {
  test('starts with a summary of the forces with a document, by status then force name, each linking its section', () => {
    // Recommendation 1: Northshire and Dyffryn complete, Westmere in progress; Eastmarch has nothing.
    const rows = bodyRows(tableHtml(comparison('1'), 'summary'));
    expect(rows.map((r) => [r[0], r[1]!.split(' As of')[0]])).toEqual([
      ['Heddlu Dyffryn', 'Complete'],
      ['Northshire Constabulary', 'Complete'],
      ['Westmere Police', 'In progress'],
    ]);
    // Published 22 April 2021, day 39 counting 15 March as day 1. The quotation is shown in its sentence (below).
    expect(rows[1]!.slice(3)).toEqual(['20 April 2021', 'On time: day 39 of 56']);
    // Recommendation 2: in progress, planned, no action; Northshire's status is in the short form, with no quotation.
    const two = bodyRows(tableHtml(comparison('2'), 'summary'));
    expect(two.map((r) => r[0])).toEqual(['Northshire Constabulary', 'Heddlu Dyffryn', 'Westmere Police']);
    expect(two[0]![2]).toBe('No quoted evidence');
    const table = tableHtml(comparison('1'), 'summary');
    expect(table).toContain('<a href="#force-northshire">Northshire Constabulary</a>');
  });

  test('gives each responding force\'s section in the summary\'s order, then the forces with no document as one list', () => {
    const html = comparison('2');
    const sections = [...between(html, 'What each force said', 'id="no-document"').matchAll(/<h3 id="force-([a-z-]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(['northshire', 'dyffryn', 'westmere']);
    expect(textOf(html)).toContain('No document on this site from 1 force in scope: Eastmarch Police');
    expect(html).toContain(`<a href="${urls.force('eastmarch')}">Eastmarch Police</a>`);
    expect(html).not.toContain('id="force-eastmarch"');
  });

  test('marks the quoted words inside the force\'s section, in English and in Welsh, and quotes them in full', () => {
    const one = between(comparison('1'), 'id="force-northshire"', '</section>');
    expect(one).toContain(`<mark>${SHORT_QUOTE}</mark>`);
    expect(textOf(between(comparison('2'), 'id="force-northshire"', '</section>'))).toContain('No quoted evidence');
    const welsh = between(comparison('2'), 'id="force-dyffryn"', '</section>');
    expect(welsh).toContain(`<mark>${WELSH_QUOTE}</mark>`);
    // A quotation across a link is marked inside it, the link kept.
    const four = between(comparison('4a'), 'id="force-northshire"', '</section>');
    expect(four).toContain(`<mark>${LONG_QUOTES[0]}</mark>`);
    expect(four).toMatch(/<mark>with <\/mark><a [^>]*><mark>a safe link<\/mark><\/a>/);
    // The first quotation is a whole paragraph, so it stands alone; the second is cut from a sentence, shown whole.
    expect(four).toContain(`<q>${escape(LONG_QUOTES[0]!)}</q>`);
    expect(four).toContain(LINK_IN_SENTENCE);
  });

  test('shows every quotation in the summary in full, one cut from a sentence with the rest of it and the quoted words marked', () => {
    const one = tableHtml(comparison('1'), 'summary');
    expect(one.slice(one.indexOf('Northshire Constabulary'))).toContain(SHORT_IN_SENTENCE);
    const four = tableHtml(comparison('4a'), 'summary');
    const northshire = four.slice(four.indexOf('Northshire Constabulary'));
    expect(northshire).toContain(`<q>${escape(LONG_QUOTES[0]!)}</q>`);
    expect(northshire).toContain(LINK_IN_SENTENCE);
    expect(textOf(comparison('1'))).toContain(IN_SENTENCE_NOTE);
  });

  test('charts the statuses without making "No document on this site" a bar, and still counts it in the chart\'s table', () => {
    const html = comparison('1');
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    expect(svg).not.toContain('No document on this site');
    expect(bodyRows(tableHtml(html, 'chart-statuses-table')).at(-1)).toEqual(['No document on this site', '1']);
  });
});

describe('a force\'s page', () => {
  test('lists its documents newest first, each with inspection, kind, date, timeliness and its statuses in one line', () => {
    const rows = bodyRows(tableHtml(readPage(FIXTURE_SITE, urls.force('northshire')), 'documents'));
    expect(rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["Policing body's response", '20 April 2021', '1 complete, 1 in progress, 1 planned'],
      ["Chief officer's response", '10 April 2021', '2 complete, 1 awaiting national action'],
    ]);
    expect(rows[0]![0]).toBe('Fictional vetting review: a placeholder inspection');
    const html = readPage(FIXTURE_SITE, urls.force('northshire'));
    expect(html).toContain(`<a href="${urls.response('northshire/vetting-review-2021')}">`);
    expect(html).toContain(`<a href="${urls.response('northshire/vetting-review-2021--force-response')}">`);
  });

  test('puts an undated document after the dated ones', () => {
    const rows = bodyRows(tableHtml(readPage(FIXTURE_SITE, urls.force('westmere')), 'documents'));
    expect(rows.map((r) => [r[2], r[4]])).toEqual([['30 July 2021', '1 in progress, 1 no action, 1 not addressed'], ['Undated', '1 planned']]);
  });

  test('lists the inspections concerning the force that have no document from it on the site', () => {
    const text = textOf(readPage(FIXTURE_SITE, urls.force('northshire')));
    expect(text).toContain('1 inspection concerning Northshire Constabulary has no document on this site: Fictional custody review: a placeholder inspection (published June 2022)');
    expect(textOf(readPage(FIXTURE_SITE, urls.force('westmere')))).toContain('Every inspection on this site that concerns Westmere Police has a document from it here.');
    expect(textOf(readPage(FIXTURE_SITE, urls.force('eastmarch')))).toContain('No documents about this force are on this site yet.');
  });
});

describe('evidence wherever a status is shown', () => {
  test('on a document\'s page, each status with its quotations or "No quoted evidence"', () => {
    const table = tableHtml(readPage(FIXTURE_SITE, urls.response('northshire/vetting-review-2021')), 'statuses');
    expect(bodyRows(table).map((r) => r[2])[1]).toBe('No quoted evidence');
    const cells = [...table.matchAll(/<td[^>]*class="evidence">([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    // Each quotation links to its words in the document below (#q-<recommendation>-<hash of the words>).
    const [first, second] = LONG_QUOTES.map((quote) => expectedQuoteId('4a', quote));
    expect(cells).toEqual([
      `<a href="#${expectedQuoteId('1', SHORT_QUOTE)}">${SHORT_IN_SENTENCE}</a>`,
      `<a href="#${first}"><q>${escape(LONG_QUOTES[0]!)}</q></a> … <a href="#${second}">${LINK_IN_SENTENCE}</a>`,
    ]);
  });

  test('in the matrix, a status with evidence links to it on the comparison page; one without says so in its title', () => {
    const table = tableHtml(readPage(FIXTURE_SITE, urls.inspectionOrdered(INSPECTION, 'name')), 'responses');
    const northshire = table.slice(table.indexOf('Northshire Constabulary'));
    expect(northshire).toMatch(/<td class="g"><a href="\.\.\/recommendations\/1\/#force-northshire">Complete<\/a><\/td>/);
    expect(northshire).toMatch(/<td class="b" title="No quoted evidence">In progress<\/td>/);
  });
});

describe('the shipped quotations whose cut misled (issue 23), shown with the words they had left out', () => {
  // The re-reading of 6 December 2026 quotes both whole, so wherever they stand apart from the
  // letter a reader meets the words the old cut left out (the fixture's tests above show a
  // quotation still cut inside a sentence marked in it).
  const shipped = (path: string) => readPage(SITE, path);
  const places = (comparison: string, force: string, response: string) => {
    const page = shipped(comparison);
    const summary = tableHtml(page, 'summary');
    return [
      textOf(summary.slice(summary.indexOf(force))),
      textOf(between(page, `id="force-${force.toLowerCase().split(' ')[0]}"`, '</section>')),
      textOf(tableHtml(shipped(response), 'statuses')),
    ].map((text) => text.replace(/\s+/g, ' '));
  };

  test('Northamptonshire\'s "There is still work to be done" goes on "but I firmly believe", on the comparison page and the letter\'s page', () => {
    for (const text of places(urls.comparison('shining-a-light-on-betrayal', '5'), 'Northamptonshire Police', urls.response('northamptonshire/shining-a-light-on-betrayal'))) {
      expect(text).toMatch(/There is still work to be done, but I firmly believe .*Northamptonshire Police has made impressive inroads/);
    }
  });

  test('Cambridgeshire\'s PEEL letter\'s quotation on the plans comes after its one reservation, "While the result of your review"', () => {
    for (const text of places(urls.comparison('peel-police-legitimacy-2016', '1'), 'Cambridgeshire Constabulary', urls.response('cambridgeshire/peel-police-legitimacy-2016'))) {
      expect(text).toMatch(/While the result of your review of the capability and capacity of your counter-corruption unit was unclear, the plans did include/);
    }
  });
});

describe('whose reading the statuses are', () => {
  const withStatuses = (dir: string, inspections: { id: string; recommendations: { id: string }[] }[], responses: { id: string; force: string }[]) => [
    ...inspections.flatMap((i) => i.recommendations.map((r) => urls.comparison(i.id, r.id))),
    ...inspections.map((i) => urls.inspectionOrdered(i.id, 'region')),
    ...responses.map((r) => urls.response(r.id)),
    ...[...new Set(responses.map((r) => r.force))].map((f) => urls.force(f)),
  ].map((path) => [path, readPage(dir, path)] as const);

  test('is said once on every page with statuses, in the office\'s own words when it sets them', () => {
    const pages = withStatuses(FIXTURE_SITE, [{ id: INSPECTION, recommendations: [{ id: '1' }, { id: '2' }, { id: '4a' }] }], [
      { id: 'northshire/vetting-review-2021', force: 'northshire' }, { id: 'westmere/custody-review-2022', force: 'westmere' },
    ]);
    for (const [path, html] of pages) {
      expect(count(textOf(html), FIXTURE_STATUS_READING), path).toBe(1);
      expect(textOf(html), path).not.toContain(DEFAULT_STATUS_READING);
    }
  });

  test('is the site\'s reading by default, on the shipped content', () => {
    for (const [path, html] of withStatuses(SITE, readInspections(), readResponses())) {
      expect(count(textOf(html), DEFAULT_STATUS_READING), path).toBe(1);
    }
  });
});
