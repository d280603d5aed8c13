/**
 * Builds the shipped content once, plainly and under a sub-path, for the build and browser
 * tests. `PCC_UNIT_ONLY=1 npx vitest run tests/unit` skips it while working on unit tests.
 */
import { rmSync } from 'node:fs';
import { buildSite } from './build.ts';
import { OUTPUT, SITE, SUBPATH_BASE, SUBPATH_SITE } from './paths.ts';

export default function setup() {
  if (process.env.PCC_UNIT_ONLY) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const [outDir, base] of [[SITE, undefined], [SUBPATH_SITE, SUBPATH_BASE]] as const) {
    const result = buildSite({ outDir, base });
    if (result.status !== 0) throw new Error(`The site did not build (exit ${result.status}):\n${result.output}`);
  }
}
