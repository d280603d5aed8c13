/**
 * Every view that takes a language, built in Welsh over a generated site of every shape,
 * holds no English of the catalogue: no English catalogue string, nor any run of words of
 * one (the text between its `{values}`), appears in a string of a Welsh view. What the
 * views do not yet give in Welsh is listed below with its reason, so the list shrinks as
 * the work goes on and a new English leak fails. (Words not yet in the catalogue at all,
 * such as the timeline chart's axis (src/lib/charts/) or "About this copy", are beyond what this test can see.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CATALOGUES, type MessageKey } from '../../../src/i18n/index.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { createSite } from '../../../src/lib/site/site.ts';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { toDataView } from '../../../src/lib/views/data.ts';
import { toDueView, toHomeDueView } from '../../../src/lib/views/due.ts';
import { getForceYears, toForceYearView } from '../../../src/lib/views/force-year.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { toForceListView } from '../../../src/lib/views/force-list.ts';
import { toHomeView } from '../../../src/lib/views/home.ts';
import { getInspectionYears, toInspectionYearView } from '../../../src/lib/views/inspection-list.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { toLayoutView } from '../../../src/lib/views/layout.ts';
import { MATRIX_ORDERS, toOrderedMatrixView } from '../../../src/lib/views/matrix.ts';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { toSearchPageView } from '../../../src/lib/views/search.ts';
import { toStatementView } from '../../../src/lib/views/accessibility.ts';
import { siteConfigSchema } from '../../../src/schemas/site-config.ts';
import { generateContent } from '../../support/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-welsh-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * View fields still made in English, each with why: they are the next to move (docs/welsh.md
 * says what is in Welsh so far). A field here whose English is gone fails the last test, so
 * the list cannot go stale.
 */
const NOT_YET_WELSH: Record<string, string> = {
  '.recordFields.': 'the data files\' field descriptions (src/lib/data-fields.ts) are not in the catalogue yet',
  '.statusFields.': 'the data files\' field descriptions (src/lib/data-fields.ts) are not in the catalogue yet',
  '.inspectionFields.': 'the data files\' field descriptions (src/lib/data-fields.ts) are not in the catalogue yet',
};

/**
 * Fields of the search page a reader never sees, each with why: the index's own English, which
 * the page sends to the index or its script reads the index's facts by, showing the Welsh instead.
 */
const NEVER_SHOWN: { path: RegExp; why: string }[] = [
  { path: /^\.filters\.\d+\.options\.\d+\.value$/, why: 'a search filter\'s value as the form sends it to the index (shown by its label)' },
  { path: /^\.words\.forms\.\d+\.0$/, why: 'the English sentence of the index\'s facts the script reads (shown by the Welsh beside it)' },
];

/** Every string in `value`, with where it is. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** The runs of words of each English catalogue string that Welsh does not share: at least two words and ten characters. */
function englishRuns(): { key: MessageKey; run: string }[] {
  const welsh = Object.values(CATALOGUES.cy).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  return Object.entries(CATALOGUES.en).flatMap(([key, value]) => (typeof value === 'string' ? [value] : Object.values(value))
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((run) => run.trim())
    .filter((run) => run.length >= 10 && /\S\s+\S/.test(run) && !welsh.some((w) => w.includes(run)))
    .map((run) => ({ key: key as MessageKey, run })));
}

function welshViews(): [string, unknown][] {
  generateContent(dir);
  const { corpus } = loadContent(dir, dir);
  const site = createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() });
  const today = corpus.inspections[0]!.published;
  return [
    ['layout', toLayoutView({ ...siteConfigSchema.parse({}), officeName: 'Swyddfa Ffuglennol' }, '/cy/', undefined, 'cy')],
    ['home', toHomeView(site, 10, 10, 'cy')],
    ['due', toDueView(site, today, 'cy')],
    ['home due', toHomeDueView(site, corpus.forces[0]!.id, today, 'cy')],
    ['search', toSearchPageView(site, 'cy')],
    ...(['full', 'partial', 'none'] as const).map((compliance) => [
      `accessibility statement (${compliance})`,
      toStatementView({ compliance, prepared: '2024-03-01', lastReviewed: '2025-01-15', lastTested: '2025-01-10', testedBy: 'profwyr dros dro' }, siteConfigSchema.parse({}), 'cy'),
    ] as [string, unknown]),
    ['data', toDataView(site, 'cy')],
    ['forces', toForceListView(site, 'cy')],
    ...getInspectionYears(site).map((y) => [`inspections of ${y}`, toInspectionYearView(site, y, 'cy')] as [string, unknown]),
    ...corpus.inspections.flatMap((i) => [
      [`inspection ${i.id}`, toInspectionView(site, i.id, 'cy')],
      ...MATRIX_ORDERS.map((o) => [`inspection ${i.id} by ${o.id}`, toOrderedMatrixView(site, i.id, o.id, 'cy')]),
      ...i.recommendations.map((r) => [`comparison ${i.id} ${r.id}`, toComparisonView(site, i.id, r.id, 'cy')]),
    ] as [string, unknown][]),
    ...corpus.forces.flatMap((f) => [
      [`force ${f.id}`, toForceView(site, f.id, 'cy')],
      ...getForceYears(site, f.id).map((y) => [`force ${f.id} in ${y}`, toForceYearView(site, f.id, y, 'cy')]),
    ] as [string, unknown][]),
    ...corpus.responses.map((r) => [`response ${r.id}`, toResponseView(site, r.id, { lang: 'cy' })] as [string, unknown]),
  ];
}

test('no Welsh view holds English words of the catalogue, but for the fields listed as not yet in Welsh', () => {
  const runs = englishRuns();
  expect(runs.length).toBeGreaterThan(100);
  const views = welshViews();
  expect(views.length).toBeGreaterThan(50);
  const leaks = new Set<string>();
  const pending = new Set<string>();
  for (const [page, view] of views) {
    for (const [path, value] of strings(view, '', [])) {
      for (const { key, run } of runs) {
        if (!value.includes(run) || (page === 'search' && NEVER_SHOWN.some((n) => n.path.test(path)))) continue;
        const known = Object.keys(NOT_YET_WELSH).find((field) => `${path}.`.includes(field));
        if (known) pending.add(known);
        else leaks.add(`${page} ${path}: "${run}" (${key})`);
      }
    }
  }
  expect([...leaks]).toEqual([]);
  // Every field listed as not yet in Welsh still has English in it: once it has none, take it off the list.
  expect([...pending].sort()).toEqual(Object.keys(NOT_YET_WELSH).sort());
});
