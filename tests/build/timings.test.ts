/**
 * The build's phase timings (PCC_TIMINGS, read by `npm run bench`): a real build of the valid
 * fixture records each phase, the search index among them, and loads the content only once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { parseTimings } from '../../src/lib/basics/timings.ts';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { buildSite } from '../support/build.ts';

afterAll(removeContentCopies);

test('records every phase of a build, the search index included, and loads the content once', () => {
  const copy = makeContent();
  const timings = join(copy.root, 'timings.jsonl');
  const result = buildSite({ contentDir: copy.dir, outDir: join(copy.root, 'dist'), env: { PCC_TIMINGS: timings } });
  expect(result.status, result.output).toBe(0);

  const lines = readFileSync(timings, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { phase: string; ms: number });
  const phases = parseTimings(readFileSync(timings, 'utf8'));
  expect([...phases.keys()].sort()).toEqual(['astro:done-hooks', 'astro:render', 'astro:setup', 'content:validate', 'data-files', 'index', 'pagefind', 'site']);
  // Each phase once: the pages took the validation's load rather than loading again (no content:load).
  expect(lines).toHaveLength(phases.size);
  for (const { ms } of lines) expect(Number.isInteger(ms) && ms >= 0).toBe(true);
  // The index is made while the pages render; what is left of it is waited for inside the build:done hooks, so it cannot take longer than they did.
  expect(phases.get('index')).toBeLessThanOrEqual(phases.get('astro:done-hooks')!);
  // So are the whole-site data files.
  expect(phases.get('data-files')).toBeLessThanOrEqual(phases.get('astro:done-hooks')!);
}, 300_000);
