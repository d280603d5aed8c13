import { describe, expect, test } from 'vitest';
import { STATUS_IDS } from '../../../src/lib/statuses.ts';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { toForceListView } from '../../../src/lib/views/force-list.ts';
import { toForceDocuments, toForceYearView } from '../../../src/lib/views/force-year.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { inspectionKindLabel, statusLegend } from '../../../src/lib/views/format.ts';
import { toHomeView } from '../../../src/lib/views/home.ts';
import { toInspectionList, toInspectionYearsView, toInspectionYearView } from '../../../src/lib/views/inspection-list.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { toOrderedMatrixView } from '../../../src/lib/views/matrix.ts';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';

// The corpus these tests share. Forces, in registry order: Northshire (North East),
// Westmere (West Midlands), Southdale (South West).
//
// lorem-ipsum: published 2019-09-27, all forces, recommendations 1-3. Day 56 is 2019-11-21
// (27-30 September are days 1-4, October days 5-35, 1 November day 36).
const lorem = makeInspection({ id: 'lorem-ipsum', title: 'Lorem ipsum report', published: '2019-09-27', scope: 'all' });
// dolor-sit: only the month is known; Westmere only.
const dolor = makeInspection({
  id: 'dolor-sit',
  title: 'Dolor sit report',
  published: '2020-03',
  kind: 'force',
  scope: ['westmere'],
  recommendations: [makeRecommendation('1')],
});
// amet: Northshire and Southdale, one recommendation.
const amet = makeInspection({
  id: 'amet',
  title: 'Amet report',
  published: '2021-05-04',
  kind: 'peel',
  scope: ['northshire', 'southdale'],
  recommendations: [makeRecommendation('1')],
});

// Northshire: on time (day 56), a section for recommendations 1 and 2, and a chief officer's
// response that gives recommendation 1 a different status.
const northshirePcc = makeResponse({
  force: 'northshire',
  inspection: 'lorem-ipsum',
  date: '2019-11-21',
  author: { name: 'A. N. Other', role: 'Police and Crime Commissioner for Northshire' },
  recipient: 'HM Chief Inspector of Constabulary',
  source: 'https://www.example.org/northshire.pdf',
  recommendations: { '1': 'complete', '2': 'in-progress', '3': 'planned' },
  body: 'Placeholder introduction.\n\n## Recommendation 1\n\nNorthshire placeholder one.\n\n## Recommendation 2\n\nNorthshire placeholder two.\n',
});
const northshireChief = makeResponse({
  force: 'northshire',
  inspection: 'lorem-ipsum',
  kind: 'force-response',
  date: '2019-11-01',
  recommendations: { '1': 'planned' },
});
// Westmere: published on day 60, four days late; does not deal with 1, gives no status for 3.
const westmerePcc = makeResponse({
  force: 'westmere',
  inspection: 'lorem-ipsum',
  published: '2019-11-25',
  recommendations: { '1': 'not-addressed', '2': 'complete' },
});
const westmereDolor = makeResponse({ force: 'westmere', inspection: 'dolor-sit', date: '2020-04-15', recommendations: { '1': 'complete' } });
// Southdale: nothing for lorem-ipsum; only a chief officer's response for amet.
const southdaleAmet = makeResponse({
  force: 'southdale',
  inspection: 'amet',
  kind: 'force-response',
  date: '2021-06-01',
  recommendations: { '1': 'no-action' },
});

const parts = {
  inspections: [amet, dolor, lorem],
  responses: [northshireChief, northshirePcc, southdaleAmet, westmereDolor, westmerePcc],
};
const site = makeSite(parts);

describe('inspectionKindLabel', () => {
  test('writes an inspection kind in words', () => {
    expect(inspectionKindLabel('national-thematic')).toBe('National thematic');
    expect(inspectionKindLabel('force')).toBe('Force');
    expect(inspectionKindLabel('peel')).toBe('PEEL');
  });
});

describe('toInspectionView', () => {
  const view = toInspectionView(site, 'lorem-ipsum');

  test('lists every force in scope, in registry order', () => {
    expect(view.documents.map((r) => r.force)).toEqual([
      'Northshire Constabulary', 'Northshire Constabulary', 'Westmere Police', 'Southdale Police',
    ]);
  });

  test('gives a force without a document one "no document" row', () => {
    const southdale = view.documents.filter((r) => r.force === 'Southdale Police');
    expect(southdale).toEqual([
      {
        force: 'Southdale Police',
        region: 'South West',
        document: null,
        firstForForce: true,
        rowsForForce: undefined,
      },
    ]);
  });

  test('gives one row per document, the policing body\'s response first', () => {
    const northshire = view.documents.filter((r) => r.force === 'Northshire Constabulary');
    expect(northshire.map((r) => [r.document?.kind, r.firstForForce, r.rowsForForce])).toEqual([
      ["Policing body's response", true, 2],
      ["Chief officer's response", false, 2],
    ]);
  });

  test('gives each document\'s status for every recommendation, "none" where it gives none, on the matrix pages', () => {
    expect(toOrderedMatrixView(site, 'lorem-ipsum', 'region').matrix.rows.map((r) => r.statuses.map((s) => s.id))).toEqual([
      ['complete', 'in-progress', 'planned'],
      ['planned', 'none', 'none'],
      ['not-addressed', 'complete', 'none'],
      [],
    ]);
  });

  test('links each document and says whether it was on time', () => {
    const [northshire, , westmere] = view.documents;
    expect(northshire!.document).toMatchObject({
      link: { href: '/responses/northshire/lorem-ipsum/', text: "Policing body's response" },
      date: '21 November 2019',
      timeliness: { status: 'on-time', text: 'On time: day 56 of 56' },
    });
    expect(westmere!.document).toMatchObject({
      date: 'Published 25 November 2019',
      timeliness: { status: 'late', text: 'Late by 4 days' },
    });
  });

  test('counts forces in scope, with documents, and the timeliness of their responses', () => {
    expect(view.summary).toEqual({ inScope: 3, withDocuments: 2, onTime: 1, late: 1, undated: 0 });
  });

  test('gives the due date and how it was worked out', () => {
    expect(view.published).toBe('27 September 2019');
    expect(view.due).toBe('21 November 2019');
    expect(view.dueExplanation).toBe(
      'The 56th day counting 27 September 2019, the day of publication, as day 1 (Police Act 1996 s55(5A)).',
    );
  });

  test('says the deadline cannot be worked out when only the month is known', () => {
    const monthOnly = toInspectionView(site, 'dolor-sit');
    expect(monthOnly.published).toBe('March 2020');
    expect(monthOnly.due).toBeNull();
    expect(monthOnly.dueExplanation).toBe('Only the month of publication is recorded, so the 56-day deadline cannot be worked out.');
  });

  test('lists only the forces an inspection concerns', () => {
    expect(toInspectionView(site, 'dolor-sit').documents.map((r) => r.force)).toEqual(['Westmere Police']);
  });

  test('counts a force with only a chief officer\'s response as having a document, but not in timeliness', () => {
    expect(toInspectionView(site, 'amet').summary).toEqual({ inScope: 2, withDocuments: 1, onTime: 0, late: 0, undated: 0 });
  });

  test('counts an undated response as undated', () => {
    const undated = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum' });
    expect(toInspectionView(makeSite({ inspections: [lorem], responses: [undated] }), 'lorem-ipsum').summary)
      .toEqual({ inScope: 3, withDocuments: 1, onTime: 0, late: 0, undated: 1 });
  });

  test('lists the recommendations with links to their comparisons', () => {
    expect(view.recommendations[0]).toEqual({
      id: '1',
      title: 'Placeholder title 1',
      html: '<p>Lorem ipsum recommendation 1.</p>',
      addressedTo: ['all forces'],
      due: null,
      comparison: { href: '/inspections/lorem-ipsum/recommendations/1/', text: 'Compare forces on recommendation 1' },
    });
  });

  test('formats a recommendation\'s own due date, a month or a day', () => {
    const withDue = makeInspection({
      id: 'lorem-ipsum',
      recommendations: [makeRecommendation('1', { due: '2020-03' }), makeRecommendation('2', { due: '2020-03-31' })],
    });
    const items = toInspectionView(makeSite({ inspections: [withDue] }), 'lorem-ipsum').recommendations;
    expect(items.map((r) => r.due)).toEqual(['March 2020', '31 March 2020']);
  });

  test('puts the base path in every link of a site under a sub-path', () => {
    const under = toInspectionView(makeSite(parts, { base: '/pcc-responses/' }), 'lorem-ipsum');
    expect(under.documents[0]!.document!.link.href).toBe('/pcc-responses/responses/northshire/lorem-ipsum/');
    expect(under.recommendations[0]!.comparison.href).toBe('/pcc-responses/inspections/lorem-ipsum/recommendations/1/');
  });
});

describe('toComparisonView', () => {
  const countsOf = (view: ReturnType<typeof toComparisonView>) =>
    Object.fromEntries(view.counts.map((c) => [c.status.id, c.count]));

  test('counts each force once, by its main document', () => {
    // Northshire: its response says complete (its chief officer's "planned" is not counted);
    // Westmere: not-addressed; Southdale: no document.
    const view = toComparisonView(site, 'lorem-ipsum', '1');
    expect(countsOf(view)).toEqual({
      complete: 1, 'in-progress': 0, planned: 0, 'awaiting-national': 0, 'no-action': 0, 'not-addressed': 1, none: 0,
    });
    expect(view.noDocument).toBe(1);
  });

  test('counts a document that gives no status as "none"', () => {
    // Recommendation 3: Northshire planned, Westmere gives no status.
    const view = toComparisonView(site, 'lorem-ipsum', '3');
    expect(countsOf(view)).toMatchObject({ planned: 1, none: 1 });
  });

  test('accounts for every force in scope exactly once', () => {
    for (const id of ['1', '2', '3']) {
      const view = toComparisonView(site, 'lorem-ipsum', id);
      const counted = view.counts.reduce((sum, c) => sum + c.count, 0);
      expect(counted + view.noDocument).toBe(3);
    }
  });

  test('lists the counts in the order of the status list, then "none"', () => {
    expect(toComparisonView(site, 'lorem-ipsum', '1').counts.map((c) => c.status.id)).toEqual([...STATUS_IDS, 'none']);
  });

  test('uses the chief officer\'s response when a force has nothing else', () => {
    const view = toComparisonView(site, 'amet', '1');
    expect(countsOf(view)).toMatchObject({ 'no-action': 1 });
    expect(view.noDocument).toBe(1);
  });

  // Changed on purpose: forces with no document are one list after the others' sections, not an entry each.
  test('gives an entry for every force with a document, and lists the forces with none apart', () => {
    const view = toComparisonView(site, 'lorem-ipsum', '1');
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
    const [pcc] = toComparisonView(site, 'lorem-ipsum', '1').entries[0]!.documents;
    expect(pcc).toMatchObject({
      link: { href: '/responses/northshire/lorem-ipsum/#recommendation-1', text: "Policing body's response" },
      kind: "Policing body's response",
      date: '21 November 2019',
      status: { id: 'complete', label: 'Complete', colour: 'g' },
      sectionHtml: '<p>Northshire placeholder one.</p>',
    });
  });

  test('says when a document has no section of its own', () => {
    const chief = toComparisonView(site, 'lorem-ipsum', '1').entries[0]!.documents[1]!;
    expect(chief.sectionHtml).toBeNull();
    expect(chief.link.href).toBe('/responses/northshire/lorem-ipsum--force-response/');
    expect(chief.note).toBe('The document has no section of its own for this recommendation; read the full document for its comments.');
  });

  test('says when a document does not deal with the recommendation', () => {
    const westmere = toComparisonView(site, 'lorem-ipsum', '1').entries[1]!.documents[0]!;
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
    const first = toComparisonView(site, 'lorem-ipsum', '1');
    const middle = toComparisonView(site, 'lorem-ipsum', '2');
    const last = toComparisonView(site, 'lorem-ipsum', '3');
    expect(first.previous).toBeNull();
    expect(first.next).toEqual({ href: '/inspections/lorem-ipsum/recommendations/2/', text: 'Recommendation 2: Placeholder title 2' });
    expect(middle.previous?.text).toBe('Recommendation 1: Placeholder title 1');
    expect(last.next).toBeNull();
  });

  test('gives the report\'s publication and due dates', () => {
    expect(toComparisonView(site, 'lorem-ipsum', '1').publishedAndDue).toEqual({ published: '27 September 2019', due: '21 November 2019' });
    expect(toComparisonView(site, 'dolor-sit', '1').publishedAndDue).toEqual({ published: 'March 2020', due: null });
  });

  test('links back to the inspection', () => {
    const view = toComparisonView(site, 'lorem-ipsum', '2');
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

describe('toResponseView', () => {
  test('says a response that gives every recommendation a status is complete', () => {
    const all = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      recommendations: { '1': 'complete', '2': 'no-action', '3': 'awaiting-national' },
    });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [all] }), 'northshire/lorem-ipsum');
    expect(view.coverage).toEqual({ complete: true, text: 'The response gives a status for all 3 recommendations.' });
  });

  test('says which recommendations an incomplete response leaves out, and why that matters', () => {
    expect(toResponseView(site, 'westmere/lorem-ipsum').coverage).toEqual({
      complete: false,
      text: 'Of 3 recommendations, the response addresses 1: it does not deal with recommendation 1 and gives no status for recommendation 3. '
        + 'Section 55(5B) of the Police Act 1996 asks the comments to say, for each recommendation, what action has been or will be taken, or why none.',
    });
  });

  test('lists several left-out recommendations with commas and "and"', () => {
    const partial = makeInspection({ id: 'lorem-ipsum', recommendations: ['1', '2', '3', '4'].map((id) => makeRecommendation(id)) });
    const none = makeResponse({ force: 'northshire', inspection: 'lorem-ipsum', recommendations: { '4': 'not-addressed' } });
    const view = toResponseView(makeSite({ inspections: [partial], responses: [none] }), 'northshire/lorem-ipsum');
    expect(view.coverage?.text).toMatch(
      /^Of 4 recommendations, the response addresses 0: it does not deal with recommendation 4 and gives no status for recommendation 1, recommendation 2 and recommendation 3\. /,
    );
  });

  test('does not say "1 recommendations" for an inspection with one recommendation', () => {
    const single = makeResponse({ force: 'northshire', inspection: 'amet', recommendations: { '1': 'complete' } });
    const view = toResponseView(makeSite({ inspections: [amet], responses: [single] }), 'northshire/amet');
    expect(view.coverage?.complete).toBe(true);
    expect(view.coverage?.text).not.toMatch(/\b1 recommendations\b/);
  });

  test('gives no coverage for a kind of document the duty does not cover', () => {
    const view = toResponseView(site, 'northshire/lorem-ipsum--force-response');
    expect(view.coverage).toBeNull();
    expect(view.statutory).toBe(false);
    expect(view.timeliness.status).toBe('not-applicable');
  });

  test('gives the document\'s facts in words', () => {
    const view = toResponseView(site, 'northshire/lorem-ipsum');
    expect(view).toMatchObject({
      title: 'Response to Lorem ipsum report',
      lang: 'en',
      force: { href: '/forces/northshire/', text: 'Northshire Constabulary' },
      policingBody: 'Police and Crime Commissioner for Northshire',
      inspection: { href: '/inspections/lorem-ipsum/', text: 'Lorem ipsum report' },
      kind: "Policing body's response",
      date: '21 November 2019',
      published: null,
      author: 'A. N. Other, Police and Crime Commissioner for Northshire',
      recipient: 'HM Chief Inspector of Constabulary',
      source: 'https://www.example.org/northshire.pdf',
      due: '21 November 2019',
      statutory: true,
      year: 2019,
    });
    expect(view.timeliness).toEqual({
      status: 'on-time',
      colour: 'g',
      text: 'On time: day 56 of 56',
      basis: 'Based on the date on the document, 21 November 2019 (no publication date is recorded).',
    });
    expect(view.html).toBe(northshirePcc.html);
  });

  test('says when a document carries no date', () => {
    const view = toResponseView(site, 'westmere/lorem-ipsum');
    expect(view.date).toBe('Undated: the document carries no date');
    expect(view.published).toBe('25 November 2019');
    expect(view.year).toBeNull();
    expect(view.author).toBeNull();
    expect(view.recipient).toBeNull();
    expect(view.source).toBeNull();
  });

  test('lists each recommendation with its status, comparison and section in this document', () => {
    expect(toResponseView(site, 'northshire/lorem-ipsum').recommendations).toEqual([
      {
        id: '1',
        title: 'Placeholder title 1',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/1/', text: 'Placeholder title 1' },
        status: { id: 'complete', label: 'Complete', colour: 'g' },
        evidence: [],
        section: { href: '#recommendation-1', text: 'Go to its section' },
      },
      {
        id: '2',
        title: 'Placeholder title 2',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/2/', text: 'Placeholder title 2' },
        status: { id: 'in-progress', label: 'In progress', colour: 'b' },
        evidence: [],
        section: { href: '#recommendation-2', text: 'Go to its section' },
      },
      {
        id: '3',
        title: 'Placeholder title 3',
        comparison: { href: '/inspections/lorem-ipsum/recommendations/3/', text: 'Placeholder title 3' },
        status: { id: 'planned', label: 'Planned', colour: 'p' },
        evidence: [],
        section: null,
      },
    ]);
  });

  test('gives each status, in the table and in the history, the words it rests on: the document\'s, then each update\'s', () => {
    const quoted = makeResponse({
      force: 'northshire',
      inspection: 'lorem-ipsum',
      recommendations: { '1': 'planned', '2': 'in-progress' },
      evidence: { '1': ['Placeholder introduction.'] },
      updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, evidence: { '1': ['Placeholder words from a fictional update.'] } }],
      body: 'Placeholder introduction.\n',
    });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [quoted] }), 'northshire/lorem-ipsum');
    expect(view.recommendations.map((r) => r.evidence)).toEqual([['Placeholder introduction.'], [], []]);
    expect(view.history.map((step) => step.changes.map((c) => [c.recommendation, c.to.id, c.evidence]))).toEqual([
      [['1', 'planned', ['Placeholder introduction.']], ['2', 'in-progress', []]],
      [['1', 'complete', ['Placeholder words from a fictional update.']]],
    ]);
  });

  test('has no due date when the report has only a month', () => {
    const view = toResponseView(site, 'westmere/dolor-sit');
    expect(view.due).toBeNull();
    expect(view.timeliness.status).toBe('unknown');
  });

  test('keeps a Welsh document\'s language', () => {
    const welsh = makeResponse({ force: 'westmere', inspection: 'lorem-ipsum', lang: 'cy', title: 'Ymateb enghreifftiol' });
    const view = toResponseView(makeSite({ inspections: [lorem], responses: [welsh] }), 'westmere/lorem-ipsum');
    expect(view.lang).toBe('cy');
    expect(view.title).toBe('Ymateb enghreifftiol');
  });
});

describe('toForceView', () => {
  test('lists the inspections in scope that have no document from the force', () => {
    // Northshire has documents for lorem-ipsum; amet concerns it and has none; dolor-sit does not concern it.
    expect(toForceDocuments(site, 'northshire').missing).toEqual([{ href: '/inspections/amet/', text: 'Amet report', year: '2021' }]);
    // Southdale: lorem-ipsum is for all forces; amet has its chief officer's response.
    expect(toForceDocuments(site, 'southdale').missing).toEqual([{ href: '/inspections/lorem-ipsum/', text: 'Lorem ipsum report', year: '2019' }]);
    expect(toForceDocuments(site, 'westmere').missing).toEqual([]);
  });

  test('lists the force\'s documents, newest inspection first, with their inspection', () => {
    const view = toForceDocuments(site, 'westmere');
    expect(view.documents.map((d) => [d.inspection.text, d.inspectionPublished, d.link.text, d.timeliness.status])).toEqual([
      ['Dolor sit report', 'March 2020', "Policing body's response", 'unknown'],
      ['Lorem ipsum report', '27 September 2019', "Policing body's response", 'late'],
    ]);
  });

  test('counts the force\'s documents by timeliness', () => {
    expect(toForceView(site, 'northshire').record).toEqual({ 'on-time': 1, late: 0, undated: 0, unknown: 0, 'not-applicable': 1 });
  });

  test('gives the force\'s name, policing body and region', () => {
    expect(toForceView(site, 'southdale')).toMatchObject({
      name: 'Southdale Police',
      policingBody: 'Southdale Police, Fire and Crime Commissioner',
      region: 'South West',
    });
  });

  test('lists every inspection as missing for a force with no documents', () => {
    const empty = makeSite({ inspections: [amet, dolor, lorem] });
    expect(toForceDocuments(empty, 'northshire').missing.map((l) => l.text)).toEqual(['Amet report', 'Lorem ipsum report']);
    expect(toForceDocuments(empty, 'northshire').documents).toEqual([]);
  });
});

describe('a force\'s documents by year', () => {
  test('links a page per year of the inspections, newest first, with its documents and missing inspections', () => {
    expect(toForceView(site, 'northshire').years).toEqual([
      { link: { href: '/forces/northshire/2021/', text: '2021' }, documents: 0, missing: 1 },
      { link: { href: '/forces/northshire/2019/', text: '2019' }, documents: 2, missing: 0 },
    ]);
    expect(toForceView(site, 'northshire').documentCount).toBe(2);
  });

  test('reaches every document of the force exactly once through its year pages', () => {
    for (const force of ['northshire', 'westmere', 'southdale']) {
      const all = toForceDocuments(site, force).documents.map((d) => d.link.href).sort();
      const paged = toForceView(site, force).years.flatMap((y) => toForceYearView(site, force, y.link.text).documents.map((d) => d.link.href)).sort();
      expect(paged, force).toEqual(all);
    }
  });

  test('puts the inspections the force has no document for on the page of their year, and links the neighbouring years', () => {
    const year2021 = toForceYearView(site, 'northshire', '2021');
    expect(year2021.missing).toEqual([{ href: '/inspections/amet/', text: 'Amet report' }]);
    expect(year2021.newer).toBeNull();
    expect(year2021.older).toEqual({ href: '/forces/northshire/2019/', text: '2019' });
    expect(toForceYearView(site, 'northshire', '2019').newer).toEqual({ href: '/forces/northshire/2021/', text: '2021' });
  });
});

describe('the inspections by year', () => {
  test('links a page per year of publication, newest first, with how many reports', () => {
    expect(toInspectionYearsView(site).years).toEqual([
      { link: { href: '/inspections/by-year/2021/', text: '2021' }, inspections: 1 },
      { link: { href: '/inspections/by-year/2020/', text: '2020' }, inspections: 1 },
      { link: { href: '/inspections/by-year/2019/', text: '2019' }, inspections: 1 },
    ]);
  });

  test('lists each year\'s inspections with their data files, and the neighbouring years', () => {
    const view = toInspectionYearView(site, '2020');
    expect(view.inspections.map((i) => [i.link.text, i.downloads.map((d) => d.href)])).toEqual([
      ['Dolor sit report', ['/data/inspections/dolor-sit.csv', '/data/inspections/dolor-sit.json']],
    ]);
    expect([view.newer?.text, view.older?.text]).toEqual(['2021', '2019']);
  });
});

describe('toForceListView', () => {
  test('groups forces by region in the site\'s region order, leaving out empty regions', () => {
    expect(toForceListView(site).regions).toEqual([
      { name: 'North East', forces: [{ link: { href: '/forces/northshire/', text: 'Northshire Constabulary' }, policingBody: 'Police and Crime Commissioner for Northshire', documents: 2 }] },
      { name: 'West Midlands', forces: [{ link: { href: '/forces/westmere/', text: 'Westmere Police' }, policingBody: 'Police and Crime Commissioner for Westmere', documents: 2 }] },
      { name: 'South West', forces: [{ link: { href: '/forces/southdale/', text: 'Southdale Police' }, policingBody: 'Southdale Police, Fire and Crime Commissioner', documents: 1 }] },
    ]);
  });
});

describe('toHomeView', () => {
  const view = toHomeView(site);

  test('counts what the site holds', () => {
    expect(view.counts).toEqual({ forces: 3, inspections: 3, documents: 5, forcesWithDocuments: 3 });
  });

  test('lists the newest documents first, by publication date where recorded', () => {
    expect(view.latest.map((d) => [d.force, d.date])).toEqual([
      ['Southdale Police', '1 June 2021'],
      ['Westmere Police', '15 April 2020'],
      ['Westmere Police', 'Published 25 November 2019'],
      ['Northshire Constabulary', '21 November 2019'],
      ['Northshire Constabulary', '1 November 2019'],
    ]);
  });

  test('shows only as many latest documents as asked', () => {
    expect(toHomeView(site, 2).latest).toHaveLength(2);
  });

  test('lists the inspections with how many forces in scope have a document', () => {
    expect(toInspectionList(site).map((i) => [i.link.text, i.published, i.kind, i.recommendations, i.forcesWithDocuments, i.forcesInScope])).toEqual([
      ['Amet report', '4 May 2021', 'PEEL', 1, 1, 2],
      ['Dolor sit report', 'March 2020', 'Force', 1, 1, 1],
      ['Lorem ipsum report', '27 September 2019', 'National thematic', 3, 2, 3],
    ]);
    expect(view.inspections).toEqual(toInspectionList(site));
    expect(toHomeView(site, 10, 2).inspections).toEqual(toInspectionList(site).slice(0, 2));
  });

  test('says "1 recommendation", not "1 recommendations"', () => {
    expect(toInspectionList(site).map((i) => i.recommendationsText)).toEqual(['1 recommendation', '1 recommendation', '3 recommendations']);
  });
});

describe('statusLegend', () => {
  test('describes every status, in order', () => {
    const legend = statusLegend();
    expect(legend.map((l) => l.status.id)).toEqual(STATUS_IDS);
    expect(legend[0]).toEqual({ status: { id: 'complete', label: 'Complete', colour: 'g' }, description: 'The action has been taken.' });
  });
});

describe('toResponseView: the language of a Welsh document', () => {
  const welsh = (title?: string) =>
    makeResponse({ force: 'westmere', inspection: 'dolor-sit', date: '2020-04-15', lang: 'cy', recommendations: { '1': 'complete' }, ...(title ? { title } : {}) });
  const siteWith = (document: ReturnType<typeof makeResponse>) =>
    makeSite({ inspections: [dolor], responses: [document] });

  test('marks the title the site makes as English, since the site writes it in English', () => {
    const view = toResponseView(siteWith(welsh()), 'westmere/dolor-sit');
    expect(view.lang).toBe('cy');
    expect(view.titleLang).toBe('en');
  });

  test("leaves a Welsh document's own title in Welsh", () => {
    const view = toResponseView(siteWith(welsh('Ymateb i adolygiad dychmygol')), 'westmere/dolor-sit');
    expect(view.title).toBe('Ymateb i adolygiad dychmygol');
    expect(view.titleLang).toBeUndefined();
  });
});
