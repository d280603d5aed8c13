/**
 * Pages' cache keys (src/astro/cache-key.ts) are digests of their view models, which only
 * works if a view model is plain data: a Map, a function or a NaN in one would let its page
 * change while its key stayed the same, and the incremental build would publish it stale.
 * Every view a keyed page renders, over a generated site of every shape, must be plain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findNonPlainData } from '../../../src/astro/cache-key.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { toInspectionRecords } from '../../../src/lib/outputs/data/data-export.ts';
import { toFeeds } from '../../../src/lib/outputs/feeds/feeds.ts';
import { createSite } from '../../../src/lib/site/site.ts';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { getForceYears, toForceYearView } from '../../../src/lib/views/force-year.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { getInspectionYears, toInspectionYearView } from '../../../src/lib/views/inspection-list.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { MATRIX_ORDERS, toOrderedMatrixView } from '../../../src/lib/views/matrix.ts';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { generateContent } from '../../support/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-plain-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every keyed page\'s view model is plain data', () => {
  generateContent(dir);
  const { corpus } = loadContent(dir, dir);
  const site = createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() });
  const views: [string, unknown][] = [
    ...corpus.responses.map((r) => [`response ${r.id}`, toResponseView(site, r.id)] as [string, unknown]),
    ...corpus.inspections.flatMap((i) => [
      [`inspection ${i.id}`, toInspectionView(site, i.id)],
      ...MATRIX_ORDERS.map(({ id: order }) => [`inspection ${i.id} by ${order}`, toOrderedMatrixView(site, i.id, order)] as [string, unknown]),
      [`data of ${i.id}`, toInspectionRecords(site, i)],
      ...i.recommendations.map((rec) => [`comparison ${i.id}/${rec.id}`, toComparisonView(site, i.id, rec.id)] as [string, unknown]),
    ] as [string, unknown][]),
    ...corpus.forces.map((f) => [`force ${f.id}`, toForceView(site, f.id)] as [string, unknown]),
    ...corpus.forces.flatMap((f) => getForceYears(site, f.id).map((year) => [`force ${f.id} in ${year}`, toForceYearView(site, f.id, year)] as [string, unknown])),
    ...getInspectionYears(site).map((year) => [`inspections of ${year}`, toInspectionYearView(site, year)] as [string, unknown]),
    ...[...toFeeds(site)].map(([url, feed]) => [`feed ${url}`, feed] as [string, unknown]),
  ];
  expect(views.length).toBeGreaterThan(50);
  const found = views.flatMap(([page, view]) => {
    const where = findNonPlainData(view);
    return where ? [`${page}: ${where}`] : [];
  });
  expect(found).toEqual([]);
});
