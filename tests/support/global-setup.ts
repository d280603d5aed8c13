/**
 * Builds the shipped content once, plainly and under a sub-path, for the build and browser
 * tests, and the fictional fixture (see FIXTURE_SITE_EDITS). `PCC_UNIT_ONLY=1 npx vitest run
 * tests/unit` skips it while working on unit tests.
 */
import { rmSync } from 'node:fs';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { buildSite } from './build.ts';
import { FIXTURE_SITE_EDITS } from './fixture-site.ts';
import { FIXTURE_SITE, OUTPUT, SITE, SUBPATH_BASE, SUBPATH_SITE } from './paths.ts';

export default function setup() {
  if (process.env.PCC_UNIT_ONLY) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const [outDir, base] of [[SITE, undefined], [SUBPATH_SITE, SUBPATH_BASE]] as const) {
    const result = buildSite({ outDir, base });
    if (result.status !== 0) throw new Error(`The site did not build (exit ${result.status}):\n${result.output}`);
  }
  const fixture = makeContent(FIXTURE_SITE_EDITS);
  const result = buildSite({ outDir: FIXTURE_SITE, contentDir: fixture.dir });
  removeContentCopies();
  if (result.status !== 0) throw new Error(`The fixture site did not build (exit ${result.status}):\n${result.output}`);
}
