/**
 * Global setup of every test project: reads playwright-core's `--disable-features` switch once
 * a run (tests/support/chromium.ts) and hands it to the test files, so each browser they start
 * does not start another to read it.
 */
import type { TestProject } from 'vitest/node';
import { hasChromium, readFeatureSwitches, type FeatureSwitches } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumFeatureSwitches: FeatureSwitches | null;
  }
}

const READ = Symbol.for('pcc-tests: Chromium feature switches');

export default async function setup(project: TestProject) {
  const run = globalThis as { [READ]?: Promise<FeatureSwitches | null> };
  run[READ] ??= hasChromium ? readFeatureSwitches() : Promise.resolve(null);
  project.provide('chromiumFeatureSwitches', await run[READ]);
}
