import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (tests/unit/ and the benchmark's own tests) needs no built site and
 * runs alone with `npm run test:unit`; `build` (tests/build/, tests/e2e/) checks the sites
 * that its global setup builds first. `npm test` runs both, as CI does.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Build and browser tests start Astro and Chromium, and some measure speed (Lighthouse) or
    // wait on a preview server: run beside one another on two cores, they failed by turns on
    // timing alone (a Lighthouse score, an editor save). One file at a time.
    maxWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'bench/tests/**/*.test.ts'],
          // One module graph per worker instead of one per file: half the CPU time, as the
          // loader's modules are imported once. So a unit test must leave no global state behind.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
