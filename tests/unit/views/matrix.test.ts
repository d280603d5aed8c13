import { describe, expect, test } from 'vitest';
import { matrixPath, sortForces, toMatrixView } from '../../../src/lib/views/matrix.ts';
import { STATUS_COLOURS } from '../../../src/lib/views/format.ts';
import { makeForce, makeInspection, makeResponse, makeSite } from '../support/factories.ts';

const zeta = makeForce({ id: 'zeta', name: 'Zeta Fictional Police', region: 'North East' });
const alpha = makeForce({ id: 'alpha', name: 'Alpha Fictional Police', region: 'Wales' });
const mid = makeForce({ id: 'mid', name: 'Mid Fictional Police', region: 'London' });
const none = makeForce({ id: 'none', name: 'Beta Fictional Police', region: 'North East' });
const inspection = makeInspection({ id: 'lorem-review', published: '2019-09-27' });
const site = makeSite({
  forces: [zeta, alpha, mid, none],
  inspections: [inspection],
  responses: [
    makeResponse({ force: 'zeta', inspection: 'lorem-review', date: '2019-12-01', recommendations: { '1': 'planned' } }), // late
    makeResponse({ force: 'alpha', inspection: 'lorem-review', recommendations: { '1': 'complete' } }), // undated
    makeResponse({
      force: 'mid', inspection: 'lorem-review', date: '2019-10-01', recommendations: { '1': 'planned' }, // on time
      updates: [{ date: '2020-01-15', recommendations: { '1': 'complete' }, reasons: {}, evidence: {} }],
    }),
  ],
});
const names = (order: 'name' | 'region' | 'timeliness') => toMatrixView(site, inspection, order).rows.map((r) => r.force);

describe('the inspection matrix', () => {
  test('orders forces by name', () => {
    expect(names('name')).toEqual(['Alpha Fictional Police', 'Beta Fictional Police', 'Mid Fictional Police', 'Zeta Fictional Police']);
  });

  test('orders forces by region in the site\'s region order, keeping the registry\'s order within a region', () => {
    // Registry order: Zeta, Alpha, Mid, Beta; Zeta and Beta are both in the North East.
    expect(names('region')).toEqual(['Zeta Fictional Police', 'Beta Fictional Police', 'Mid Fictional Police', 'Alpha Fictional Police']);
  });

  test('orders forces by timeliness: on time, late, undated, then those with nothing on the site', () => {
    expect(names('timeliness')).toEqual(['Mid Fictional Police', 'Zeta Fictional Police', 'Alpha Fictional Police', 'Beta Fictional Police']);
  });

  test('orders on-time forces soonest first', () => {
    const entries = [{ force: zeta, rank: 0, days: 40 }, { force: alpha, rank: 0, days: 12 }];
    expect(sortForces(entries, 'timeliness').map((e) => e.force.id)).toEqual(['alpha', 'zeta']);
  });

  test('shows the latest status with the date of the update that gave it', () => {
    const row = toMatrixView(site, inspection, 'region').rows.find((r) => r.force === 'Mid Fictional Police')!;
    expect(row.statuses[0]).toEqual({ id: 'complete', label: 'Complete', colour: STATUS_COLOURS.complete, updated: 'since 15 January 2020', evidence: null });
    expect(row.statuses[1]).toEqual({ id: 'none', label: 'No status given', colour: STATUS_COLOURS.none, updated: null, evidence: null });
  });

  test('links a status with quoted evidence to the force\'s section on the comparison page, relative to the matrix page', () => {
    const quoted = makeSite({
      forces: [zeta],
      inspections: [inspection],
      responses: [makeResponse({
        force: 'zeta', inspection: 'lorem-review', recommendations: { '1': 'planned', '2': 'complete' },
        evidence: { '1': ['Placeholder response text.'] }, body: 'Placeholder response text.',
      })],
    });
    const [first, second] = toMatrixView(quoted, inspection, 'name').rows[0]!.statuses;
    expect(first!.evidence).toBe('../recommendations/1/#force-zeta');
    expect(second!.evidence).toBeNull();
  });

  test('links each order to its own page, marking the one shown', () => {
    const view = toMatrixView(site, inspection, 'name');
    expect(view.orders.map((o) => [o.href, o.current])).toEqual([
      ['/inspections/lorem-review/by-region/#responses', false],
      ['/inspections/lorem-review/by-name/#responses', true],
      ['/inspections/lorem-review/by-timeliness/#responses', false],
    ]);
    expect(matrixPath('x', 'region')).toBe('/inspections/x/by-region/#responses');
  });

  test('links each recommendation\'s column to its comparison page with a short relative link', () => {
    const view = toMatrixView(site, inspection, 'timeliness');
    expect(view.recommendations.map((r) => r.comparison)).toEqual(
      inspection.recommendations.map((r) => ({ href: `../recommendations/${r.id}/`, text: `Rec. ${r.id}` })),
    );
  });
});
