/**
 * The real build and the content checks: bad content stops `astro build` with every error
 * (file, line, field) and writes nothing; the valid fixture builds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { makeContent, removeContentCopies, VALID_FILES as F } from '../fixtures/fixtures.ts';
import { combineFixtures, expectedPrefix } from '../fixtures/invalid.ts';
import { buildSite } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';

afterAll(removeContentCopies);

/** A build starts Astro and renders every page: far slower than a unit test. */
const BUILD_TIMEOUT = 300_000;

test('stops the build on content errors in two files, printing both and writing nothing', () => {
  const fixture = combineFixtures('unknown-force-near-miss', 'missing-recommendations');
  const copy = makeContent(fixture.edits);
  const outDir = join(copy.root, 'dist');
  const result = buildSite({ contentDir: copy.dir, outDir });

  expect(result.status, result.output).not.toBe(0);
  expect(new Set(fixture.errors.map((e) => e.file)).size).toBe(2);
  // The build runs in the project folder, so it prints paths relative to it.
  const lines = result.output.split('\n');
  for (const error of fixture.errors) {
    const prefix = expectedPrefix(copy, error, ROOT);
    expect(lines, `a line starting ${prefix}`).toSatisfy((all: string[]) =>
      all.some((line) => line.startsWith(prefix) && error.says.every((words) => line.includes(words))),
    );
  }
  expect(existsSync(outDir), 'the output folder').toBe(false);
}, BUILD_TIMEOUT);

test('builds the valid fixture, with a page for each of its documents', () => {
  const copy = makeContent();
  const outDir = join(copy.root, 'dist');
  const result = buildSite({ contentDir: copy.dir, outDir });

  expect(result.status, result.output).toBe(0);
  for (const file of [F.onTime, F.forceResponse, F.late, F.undated, F.welsh]) {
    const page = join(outDir, file.replace(/\.md$/, ''), 'index.html');
    expect(existsSync(page), page).toBe(true);
  }
}, BUILD_TIMEOUT);
