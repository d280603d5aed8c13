import { describe, expect, test } from 'vitest';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { IN_SENTENCE_NOTE } from '../../../src/lib/views/evidence-view.ts';
import { expectedQuoteId } from '../../support/quote-id.ts';
import { makeForce, makeInspection, makeResponse, makeSite } from '../support/factories.ts';
import { STATUS_IDS } from '../../../src/lib/basics/statuses.ts';
import { lorem, site as sharedSite } from './shared-site.ts';

// Six fictional forces in registry order; the registry's order is not the page's.
const forces = [
  makeForce({ id: 'zeta', name: 'Zeta Fictional Police', region: 'North East' }),
  makeForce({ id: 'alpha', name: 'Alpha Fictional Police', region: 'Wales' }),
  makeForce({ id: 'mid', name: 'Mid Fictional Police', region: 'North East' }),
  makeForce({ id: 'beta', name: 'Beta Fictional Police', region: 'London' }),
  makeForce({ id: 'gamma', name: 'Gamma Fictional Police', region: 'London' }),
  makeForce({ id: 'delta', name: 'Delta Fictional Police', region: 'Wales' }),
];
const inspection = makeInspection({ id: 'lorem-review' });
const LONG = 'Placeholder words for a fictional plan, long enough that a summary table cannot show them all: they go on about placeholder steps, placeholder dates and placeholder teams until well past the limit.';
const body = `Placeholder introduction.\n\n## Recommendation 1\n\nPlaceholder *response* to recommendation 1.\n\n${LONG}\n`;
const site = makeSite({
  forces,
  inspections: [inspection],
  responses: [
    makeResponse({ force: 'zeta', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'in-progress' }, evidence: { '1': ['Placeholder response to recommendation 1.'] }, body }),
    makeResponse({ force: 'alpha', inspection: 'lorem-review', date: '2019-11-02', recommendations: { '1': 'in-progress' }, evidence: { '1': [LONG] }, body }),
    makeResponse({ force: 'mid', inspection: 'lorem-review', date: '2019-11-03', recommendations: { '1': 'complete' }, body }),
    makeResponse({
      force: 'beta', inspection: 'lorem-review', date: '2019-11-04', recommendations: { '1': 'planned' }, evidence: { '1': ['Placeholder introduction.'] }, body,
      updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: { '1': ['Placeholder words from a fictional update letter.'] } }],
    }),
    makeResponse({ force: 'gamma', inspection: 'lorem-review', date: '2019-11-05', recommendations: {}, body }),
  ],
});
const view = toComparisonView(site, 'lorem-review', '1');

describe('a comparison page', () => {
  test('puts the forces with a document first, by status in the status list\'s order, then by force name', () => {
    // Complete: Beta (by its update) and Mid; in progress: Alpha and Zeta; no status: Gamma.
    expect(view.summary.map((r) => [r.section.text, r.status.id])).toEqual([
      ['Beta Fictional Police', 'complete'],
      ['Mid Fictional Police', 'complete'],
      ['Alpha Fictional Police', 'in-progress'],
      ['Zeta Fictional Police', 'in-progress'],
      ['Gamma Fictional Police', 'none'],
    ]);
    expect(view.summary[0]!.section.href).toBe('#force-beta');
  });

  test('gives each force\'s section in full in the summary\'s order', () => {
    expect(view.entries.map((e) => e.anchor)).toEqual(view.summary.map((r) => r.section.href.slice(1)));
  });

  test('lists the forces in scope with no document once, with their number, linking their pages', () => {
    expect(view.missing).toEqual({ text: 'No document on this site from 1 force in scope:', forces: [{ href: '/forces/delta/', text: 'Delta Fictional Police' }] });
    expect(view.noDocument).toBe(1);
  });

  test('says nothing of missing forces when every force in scope has a document, and says so when none has', () => {
    const one = makeSite({ forces: [forces[0]!], inspections: [inspection], responses: [makeResponse({ force: 'zeta', inspection: 'lorem-review', recommendations: { '1': 'planned' } })] });
    expect(toComparisonView(one, 'lorem-review', '1').missing).toBeNull();
    const nobody = toComparisonView(makeSite({ forces, inspections: [inspection], responses: [] }), 'lorem-review', '1');
    expect(nobody.noneYet).toBe('None of the 6 forces in scope has a document on this site for this report yet.');
    expect(nobody.missing!.text).toBe('No document on this site from 6 forces in scope:');
    expect(nobody.summary).toEqual([]);
  });

  test('groups the same forces by region, in the regions\' order', () => {
    expect(view.byRegion.map((r) => [r.region, r.forces.map((f) => `${f.text}: ${f.status.label}`)])).toEqual([
      ['North East', ['Mid Fictional Police: Complete', 'Zeta Fictional Police: In progress']],
      ['London', ['Beta Fictional Police: Complete', 'Gamma Fictional Police: No status given']],
      ['Wales', ['Alpha Fictional Police: In progress']],
    ]);
  });

  test('shows every quotation in full in the summary, never shortened, and none where there are none', () => {
    const row = (name: string) => view.summary.find((r) => r.section.text === name)!;
    expect(row('Zeta Fictional Police').evidence).toEqual([{ before: '', quoted: 'Placeholder response to recommendation 1.', after: '' }]);
    expect(row('Alpha Fictional Police').evidence).toEqual([{ before: '', quoted: LONG, after: '' }]);
    expect(row('Mid Fictional Police').evidence).toEqual([]);
    // Every quotation here is whole sentences: nothing is marked, so the page does not explain marks.
    expect(view.marksNote).toBeNull();
  });

  test('shows a quotation cut inside a sentence with the rest of the sentence, in the summary and the force\'s section', () => {
    const cut = makeSite({
      forces,
      inspections: [inspection],
      responses: [makeResponse({
        force: 'zeta', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'in-progress' },
        evidence: { '1': ['Some placeholder work is done'] },
        body: '## Recommendation 1\n\nPlaceholder opening. Some placeholder work is done, but the fictional rest has not\nstarted at all. Placeholder close.\n',
      })],
    });
    const page = toComparisonView(cut, 'lorem-review', '1');
    const expected = { before: '', quoted: 'Some placeholder work is done', after: ', but the fictional rest has not started at all.' };
    expect(page.summary[0]!.evidence).toEqual([expected]);
    expect(page.entries[0]!.documents[0]!.evidence).toEqual([expected]);
    expect(page.marksNote).toBe(IN_SENTENCE_NOTE);
  });

  test('gives the full quotations in the force\'s section and marks them where they stand in its text', () => {
    const alpha = view.entries.find((e) => e.anchor === 'force-alpha')!.documents[0]!;
    expect(alpha.evidence).toEqual([{ before: '', quoted: LONG, after: '' }]);
    expect(alpha.sectionHtml).toContain(`<mark>${LONG}</mark>`);
    // A quotation across emphasis is marked piece by piece, the emphasis kept.
    const zeta = view.entries.find((e) => e.anchor === 'force-zeta')!.documents[0]!;
    expect(zeta.sectionHtml).toContain('<mark>Placeholder </mark><em><mark>response</mark></em><mark> to recommendation 1.</mark>');
    expect(view.entries.find((e) => e.anchor === 'force-mid')!.documents[0]!.sectionHtml).not.toContain('<mark>');
  });

  test('links each of the document\'s own quotations to its words on the document\'s page, in words that name the force', () => {
    const alpha = view.entries.find((e) => e.anchor === 'force-alpha')!.documents[0]!;
    expect(alpha.evidenceLinks).toHaveLength(1);
    expect(alpha.evidenceLinks[0]!.href).toMatch(new RegExp(`^/responses/alpha/[^/]+/#${expectedQuoteId('1', LONG)}$`));
    expect(alpha.evidenceLinks[0]!.text).toBe('Read in context');
    expect(alpha.evidenceLinks[0]!.context).toContain(view.entries.find((e) => e.anchor === 'force-alpha')!.force);
    // An update's words are not in the document's body, so there is nothing there to link to.
    expect(view.entries.find((e) => e.anchor === 'force-beta')!.documents[0]!.evidenceLinks).toEqual([]);
  });

  test('shows an update\'s quotations with the status it gave, saying where they come from, and marks none in the document', () => {
    const beta = view.entries.find((e) => e.anchor === 'force-beta')!.documents[0]!;
    expect(beta.status.id).toBe('complete');
    // The update's source is not on the site, so its quotation stands alone.
    expect(beta.evidence).toEqual([{ before: '', quoted: 'Placeholder words from a fictional update letter.', after: '' }]);
    expect(beta.evidenceSource).toBe('Quoted from the update of 1 February 2020, not from this document.');
    expect(beta.statusNote).toBe('Updated 1 February 2020 (the document said: Planned)');
    expect(view.summary[0]!.evidence).toEqual(beta.evidence);
  });

  test('charts the statuses without a bar for the forces with no document, which the table still counts', () => {
    expect(view.chart.svg).not.toContain('No document on this site');
    expect(view.chart.table.rows.at(-1)).toEqual({ header: 'No document on this site', cells: [1] });
    expect(view.chart.summary).toContain('1 has none');
  });
});

describe('toComparisonView', () => {
  const countsOf = (view: ReturnType<typeof toComparisonView>) =>
    Object.fromEntries(view.counts.map((c) => [c.status.id, c.count]));

  test('counts each force once, by its main document', () => {
    // Northshire: its response says complete (its chief officer's "planned" is not counted);
    // Westmere: not-addressed; Southdale: no document.
    const view = toComparisonView(sharedSite, 'lorem-ipsum', '1');
    expect(countsOf(view)).toEqual({
      complete: 1, 'in-progress': 0, planned: 0, 'awaiting-national': 0, 'no-action': 0, 'not-addressed': 1, none: 0,
    });
    expect(view.noDocument).toBe(1);
  });

  test('counts a document that gives no status as "none"', () => {
    // Recommendation 3: Northshire planned, Westmere gives no status.
    const view = toComparisonView(sharedSite, 'lorem-ipsum', '3');
    expect(countsOf(view)).toMatchObject({ planned: 1, none: 1 });
  });

  test('accounts for every force in scope exactly once', () => {
    for (const id of ['1', '2', '3']) {
      const view = toComparisonView(sharedSite, 'lorem-ipsum', id);
      const counted = view.counts.reduce((sum, c) => sum + c.count, 0);
      expect(counted + view.noDocument).toBe(3);
    }
  });

  test('lists the counts in the order of the status list, then "none"', () => {
    expect(toComparisonView(sharedSite, 'lorem-ipsum', '1').counts.map((c) => c.status.id)).toEqual([...STATUS_IDS, 'none']);
  });

  test('uses the chief officer\'s response when a force has nothing else', () => {
    const view = toComparisonView(sharedSite, 'amet', '1');
    expect(countsOf(view)).toMatchObject({ 'no-action': 1 });
    expect(view.noDocument).toBe(1);
  });

  // Changed on purpose: forces with no document are one list after the others' sections, not an entry each.
  test('gives an entry for every force with a document, and lists the forces with none apart', () => {
    const view = toComparisonView(sharedSite, 'lorem-ipsum', '1');
    expect(view.entries.map((e) => [e.anchor, e.force, e.documents.length])).toEqual([
      ['force-northshire', 'Northshire Constabulary', 2],
      ['force-westmere', 'Westmere Police', 1],
    ]);
    expect(view.entries[1]).toMatchObject({ region: 'West Midlands', policingBody: 'Police and Crime Commissioner for Westmere' });
    expect(view.missing).toEqual({
      text: 'No document on this site from 1 force in scope:',
      forces: [{ href: '/forces/southdale/', text: 'Southdale Police' }],
    });
  });

  test('shows a document\'s own section for the recommendation and links to the document at that section', () => {
    const [pcc] = toComparisonView(sharedSite, 'lorem-ipsum', '1').entries[0]!.documents;
    expect(pcc).toMatchObject({
      link: { href: '/responses/northshire/lorem-ipsum/#recommendation-1', text: "Policing body's response" },
      kind: "Policing body's response",
      date: '21 November 2019',
      status: { id: 'complete', label: 'Complete', colour: 'g' },
      sectionHtml: '<p>Northshire placeholder one.</p>',
    });
  });

  test('says when a document has no section of its own', () => {
    const chief = toComparisonView(sharedSite, 'lorem-ipsum', '1').entries[0]!.documents[1]!;
    expect(chief.sectionHtml).toBeNull();
    expect(chief.link.href).toBe('/responses/northshire/lorem-ipsum--force-response/');
    expect(chief.note).toBe('The document has no section of its own for this recommendation; read the full document for its comments.');
  });

  test('says when a document does not deal with the recommendation', () => {
    const westmere = toComparisonView(sharedSite, 'lorem-ipsum', '1').entries[1]!.documents[0]!;
    expect(westmere.status.id).toBe('not-addressed');
    expect(westmere.note).toBe('The document does not deal with this recommendation.');
  });

  test('joins two sections of one document about the same recommendation', () => {
    const twice = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      body: '## Recommendation 1\n\nFirst part.\n\n## Recommendation 2\n\nOther.\n\n## Recommendation 1\n\nSecond part.\n',
    });
    const view = toComparisonView(makeSite({ inspections: [lorem], responses: [twice] }), 'lorem-ipsum', '1');
    const document = view.entries[0]!.documents[0]!;
    expect(document.sectionHtml).toBe('<p>First part.</p>\n<p>Second part.</p>');
    expect(document.link.href).toBe('/responses/northshire/lorem-ipsum/#recommendation-1');
  });

  test('links to the previous and next recommendations, and none beyond the ends', () => {
    const first = toComparisonView(sharedSite, 'lorem-ipsum', '1');
    const middle = toComparisonView(sharedSite, 'lorem-ipsum', '2');
    const last = toComparisonView(sharedSite, 'lorem-ipsum', '3');
    expect(first.previous).toBeNull();
    expect(first.next).toEqual({ href: '/inspections/lorem-ipsum/recommendations/2/', text: 'Recommendation 2: Placeholder title 2' });
    expect(middle.previous?.text).toBe('Recommendation 1: Placeholder title 1');
    expect(last.next).toBeNull();
  });

  test('gives the report\'s publication and due dates', () => {
    expect(toComparisonView(sharedSite, 'lorem-ipsum', '1').publishedAndDue).toEqual({ published: '27 September 2019', due: '21 November 2019' });
    expect(toComparisonView(sharedSite, 'dolor-sit', '1').publishedAndDue).toEqual({ published: 'March 2020', due: null });
  });

  test('links back to the inspection', () => {
    const view = toComparisonView(sharedSite, 'lorem-ipsum', '2');
    expect(view.inspection).toEqual({ href: '/inspections/lorem-ipsum/', text: 'Lorem ipsum report' });
    expect(view.inspectionTitle).toBe('Lorem ipsum report');
    expect(view.recommendation.id).toBe('2');
  });

  // Every document's section has the anchor "recommendation-1": its footnote ids also carry the
  // document's id (the loader's idPrefix, which makeResponse passes too), so they do not clash.
  test('gives no two elements of the sections on a comparison page the same id', () => {
    const withNote = (force: string) => makeResponse({
      force,
      inspection: 'lorem-ipsum',
      recommendations: { '1': 'complete' },
      body: '## Recommendation 1\n\nPlaceholder response text[^1].\n\n[^1]: Placeholder note.\n',
    });
    const view = toComparisonView(
      makeSite({ inspections: [lorem], responses: [withNote('northshire'), withNote('westmere')] }),
      'lorem-ipsum',
      '1',
    );
    const html = view.entries.flatMap((e) => e.documents.map((d) => d.sectionHtml ?? '')).join('\n');
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the comparison page\'s summary table', () => {
  test('says in its caption how many forces it lists, and "the force" for one', () => {
    expect(toComparisonView(sharedSite, 'lorem-ipsum', '1').summaryCaption).toBe('The 2 forces with a document on this site, by status then force: the latest status of each force\'s main document');
    expect(toComparisonView(sharedSite, 'amet', '1').summaryCaption).toMatch(/^The force with a document on this site, by status then force/);
  });
});

describe('the site\'s reasons and corrections on a comparison page', () => {
  const correction = { date: '2020-03-05', recommendation: '1', field: 'status' as const, from: 'planned', to: 'in-progress', reason: 'Placeholder: the fictional letter says the work has begun.' };
  const reasoned = makeSite({
    forces: forces.slice(0, 2),
    inspections: [inspection],
    responses: [
      makeResponse({
        force: 'zeta', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'in-progress' }, body,
        reasons: { '1': 'Placeholder reasons: the fictional letter says the work has begun.' }, corrections: [correction],
      }),
      // Corrected too, but a later update gives the status now shown: that is not the corrected reading.
      makeResponse({
        force: 'alpha', inspection: 'lorem-review', date: '2019-11-02', recommendations: { '1': 'in-progress' }, body, corrections: [correction],
        reasons: { '1': 'Placeholder reasons for the document\'s own status.' },
        updates: [{ date: '2020-04-01', recommendations: { '1': 'complete' }, evidence: {}, reasons: {} }],
      }),
    ],
  });
  const reasonedView = toComparisonView(reasoned, 'lorem-review', '1');

  test('gives each force\'s reasons for the status shown, in the summary and in its section', () => {
    expect(reasonedView.summary.map((r) => [r.section.text, r.reasons])).toEqual([
      ['Alpha Fictional Police', null],
      ['Zeta Fictional Police', 'Placeholder reasons: the fictional letter says the work has begun.'],
    ]);
    expect(reasonedView.entries.map((e) => e.documents[0]!.reasons)).toEqual([null, 'Placeholder reasons: the fictional letter says the work has begun.']);
  });

  test('marks a status corrected since first published, linking to the document\'s corrections, unless an update replaced it', () => {
    const mark = { href: '/responses/zeta/lorem-review/#corrections', text: 'Corrected 5 March 2020' };
    expect(reasonedView.summary.map((r) => r.corrected)).toEqual([null, mark]);
    expect(reasonedView.entries.map((e) => e.documents[0]!.corrected)).toEqual([null, mark]);
    expect(view.summary.every((r) => r.corrected === null && r.reasons === null)).toBe(true);
  });
});
