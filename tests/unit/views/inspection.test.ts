import { describe, expect, test } from 'vitest';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { toOrderedMatrixView } from '../../../src/lib/views/matrix.ts';
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';
import { lorem, parts, site } from './shared-site.ts';

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

  test('puts the answers first: the forces with a document in the table, the others as one list, every force by region', () => {
    expect(view.answered.map((r) => r.force)).toEqual(['Northshire Constabulary', 'Northshire Constabulary', 'Westmere Police']);
    expect(view.missing).toEqual({ text: 'No document on this site from 1 force in scope:', forces: [{ href: '/forces/southdale/', text: 'Southdale Police' }] });
    const forces = view.byRegion.flatMap((r) => r.forces.map((f) => `${r.region}: ${f.text}: ${f.note}`));
    expect(forces).toHaveLength(3);
    expect(forces).toContain("South West: Southdale Police: no document on this site");
    expect(forces.find((f) => f.includes('Northshire'))).toMatch(/: Policing body's response, Chief officer's response$/);
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
      note: null,
      comparison: { href: '/inspections/lorem-ipsum/recommendations/1/', text: 'Compare forces on recommendation 1' },
    });
  });

  test('gives a recommendation\'s note and the copy\'s provenance, where recorded', () => {
    const noted = makeInspection({
      id: 'lorem-ipsum',
      recommendations: [makeRecommendation('1', { due: '2020-07', note: 'Placeholder: the fictional report says "by July 2020".' })],
      provenance: { from: 'Placeholder: the fictional report\'s summary.', changes: ['Placeholder: a list made a list.'] },
    });
    const noteView = toInspectionView(makeSite({ inspections: [noted] }), 'lorem-ipsum');
    expect(noteView.recommendations[0]!.note).toBe('Placeholder: the fictional report says "by July 2020".');
    expect(noteView.provenance).toEqual({ from: 'Placeholder: the fictional report\'s summary.', changes: ['Placeholder: a list made a list.'], notes: [], redactions: [] });
    expect(view.provenance).toBeNull();
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
