import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The browser tests that measure speed: Lighthouse's performance score, which on a busy machine
 * fell below 100 even with its CPU slowdown calibrated to the machine (load average 28: three
 * page types failed). They run last, with the machine to themselves: two files, side by side,
 * as one Lighthouse run keeps less than one of the two cores busy (0.75 on average, measured:
 * its waits for quiet, its analysis in Node while the browser idles). Two at once checked the
 * fixture's 16 page types in 30 s instead of 52, every one at 100. (The editor's test, which
 * once ran here too, passed at that load, waiting on what the officer sees rather than on a clock.)
 */
const ALONE = ['tests/e2e/lighthouse-site-wide.e2e.test.ts', 'tests/e2e/lighthouse-records.e2e.test.ts'];

/**
 * Three projects. `unit` (tests/unit/ and the benchmark's own tests) needs no built site and
 * runs alone with `npm run test:unit`. `build` (tests/build/, tests/e2e/) checks the sites
 * that its global setup builds first; `alone` is the files above, run after every other file.
 * `npm test` runs all three, as CI does: `unit` and `build` on two workers, then `alone` on two
 * (vitest's sequence.groupOrder).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // A page that fills itself in (search results, the editor's quotation check) is given time
    // on a busy machine: the default is one second. A check that never comes true still fails.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'bench/tests/**/*.test.ts'],
          // One module graph per worker instead of one per file: half the CPU time, as the
          // loader's modules are imported once. So a unit test must leave no global state behind.
          isolate: false,
          // The PDF tests print with Chromium.
          globalSetup: ['tests/support/chromium-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ALONE],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/chromium-setup.ts'],
          // As `unit`: one module graph per worker, so the project's modules and playwright-core
          // are imported once a worker, not once a file (the run's time spent importing: 4% to 2%). So a test file here too must leave no global state behind
          // (tests/build/search-shards.test.ts puts back the `fetch` it wraps).
          isolate: false,
          // Each build has a cache folder of its own and builds into the project's tests/.output/
          // (tests/support/isolation.ts), so two files' builds may run at once.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: ALONE,
          // The same sites; built once however many projects ask (global-setup.ts).
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/chromium-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
