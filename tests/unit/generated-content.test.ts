/**
 * The generated content (tests/support/generate.ts) is what gives the quality gates and the
 * view tests every shape a page can take. The browser gates check it at a small size
 * (GENERATED_SIZE), the unit tests at the default: at both, each shape must still be there,
 * so that making the site smaller to save time can never quietly drop one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REGIONS } from '../../src/lib/basics/regions.ts';
import { STATUS_IDS } from '../../src/lib/basics/statuses.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { getTimeliness, TIMELINESS_STATUSES } from '../../src/lib/site/deadline.ts';
import { generateContent, GENERATED_SIZE } from '../support/generate.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-generated-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
  { name: 'the size the browser gates check', options: GENERATED_SIZE },
  { name: 'the default size the unit tests read', options: {} },
])('generated content at $name', ({ name, options }) => {
  const dir = join(root, name.replace(/\W+/g, '-'));
  generateContent(dir, options);
  const { corpus, problems } = loadContent(dir, dir);
  const inspectionOf = (id: string) => corpus.inspections.find((i) => i.id === id)!;
  const documentsOf = (inspection: string) => corpus.responses.filter((r) => r.inspection === inspection);

  test('is valid content', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('has documents of every timeliness: on time, late, undated, after a month-only report, and second documents with no deadline', () => {
    const timeliness = new Set(corpus.responses.map((r) => getTimeliness(r, inspectionOf(r.inspection).published).status));
    expect([...timeliness].sort()).toEqual([...TIMELINESS_STATUSES].sort());
    expect(corpus.inspections.some((i) => i.published.length === 7 && documentsOf(i.id).length > 0)).toBe(true);
    expect(corpus.responses.some((r) => r.kind === 'force-response')).toBe(true);
  });

  test('gives every status, leaves some recommendations without one, and answers a lettered recommendation', () => {
    const given = new Set(corpus.responses.flatMap((r) => Object.values(r.recommendations)));
    expect([...given].sort()).toEqual([...STATUS_IDS].sort());
    expect(corpus.responses.some((r) => inspectionOf(r.inspection).recommendations.some((rec) => !(rec.id in r.recommendations)))).toBe(true);
    expect(corpus.responses.some((r) => r.recommendations['4a'])).toBe(true);
  });

  test('has comparison pages with several forces on them', () => {
    const most = Math.max(...corpus.inspections.flatMap((i) => i.recommendations.map((rec) => documentsOf(i.id).filter((r) => r.recommendations[rec.id]).length)));
    expect(most).toBeGreaterThanOrEqual(3);
  });

  test('has a force in Wales whose documents are in Welsh, and forces in several regions of England', () => {
    const welsh = corpus.forces.filter((f) => f.region === 'Wales');
    expect(welsh.length).toBeGreaterThan(0);
    expect(corpus.responses.some((r) => r.lang === 'cy' && welsh.some((f) => f.id === r.force))).toBe(true);
    const english = new Set(corpus.forces.map((f) => f.region).filter((region) => region !== 'Wales'));
    expect(english.size).toBeGreaterThanOrEqual(3);
    expect([...english].every((region) => (REGIONS as readonly string[]).includes(region))).toBe(true);
  });

  test('has a force that never answers, and an inspection of a few forces that nobody has answered', () => {
    expect(corpus.forces.some((f) => !corpus.responses.some((r) => r.force === f.id))).toBe(true);
    const unanswered = corpus.inspections.filter((i) => Array.isArray(i.scope) && i.scope.length < corpus.forces.length && documentsOf(i.id).length === 0);
    expect(unanswered.length).toBeGreaterThan(0);
  });
});
