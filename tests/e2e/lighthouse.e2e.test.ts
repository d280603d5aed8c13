/**
 * Lighthouse over one page of each type of the fictional fixture site, served locally: every
 * category at 100 (performance, accessibility, best practices, SEO), as a council's or an
 * office's web team would measure it. Pages run one after another in one Chromium.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { takeHeavyBrowserLock } from '../support/isolation.ts';
import { calibratedCpuSlowdown, CATEGORIES, startLighthouse, type Category, type LighthouseBrowser, type LighthouseReport } from '../support/lighthouse.ts';
import { FIXTURE, mayRunScripts, onePagePerType, readSite } from '../support/sites.ts';

/** Every category must score this on every page type. */
const THRESHOLD: Record<Category, number> = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * Performance is the one category that depends on the machine: Lighthouse simulates a
 * mid-range phone by slowing the CPU time the page took here fourfold, which assumes a machine
 * of a given speed. This one is slow and shared (load averages over 20 on two cores were seen
 * while the tests ran), so a page with no script at all lost points to "total blocking time".
 * A page under 100 is measured again, up to this many times in all, with the slowdown
 * calibrated to the speed Lighthouse measured in the previous run (`calibratedCpuSlowdown`,
 * Lighthouse's own advice for slower machines), and its best run counts. The other three
 * categories do not depend on the machine and count from the first run.
 */
const PERFORMANCE_RUNS = 3;

/**
 * The search page is checked with a query, so its results load while Lighthouse watches: two
 * words, which no prepared first page answers (src/lib/outputs/search/first-results.ts), so the
 * page loads Pagefind, its WebAssembly and the index, the heavier of its two ways to results.
 */
const SEARCH_QUERY = '?q=vetting+review';

describeInBrowser('Lighthouse on each type of page of the fixture site', () => {
  const built = readSite(FIXTURE);
  const samples = [...onePagePerType(built.pages.keys(), built.base)];
  let lighthouse: LighthouseBrowser;
  let server: StaticServer;
  let releaseHeavy: (() => void) | undefined;
  beforeAll(async () => {
    // Measured with the machine to itself: not while the editor's test loads its 5 MB of script.
    releaseHeavy = takeHeavyBrowserLock();
    [lighthouse, server] = await Promise.all([startLighthouse(), serveStatic(FIXTURE.dir, FIXTURE.base)]);
  }, 600_000);
  afterAll(async () => {
    await lighthouse?.close();
    await server?.close();
    releaseHeavy?.();
  });

  test('covers every type of page, search and a document among them', () => {
    expect(samples.map(([type]) => type)).toEqual(expect.arrayContaining(['/', '/search/', '/responses/:id/:id/', '/inspections/:id/recommendations/:id/']));
  });

  test.each(samples)('%s scores 100 in every category', async (type, path) => {
    const url = `${server.origin}${path}${type === '/search/' ? SEARCH_QUERY : ''}`;
    const withScript = mayRunScripts(path, built.base);
    const report: LighthouseReport = await lighthouse.run(url, undefined, withScript);
    const runs = [report];
    while (runs.length < PERFORMANCE_RUNS && Math.max(...runs.map((r) => r.scores.performance)) < THRESHOLD.performance) {
      runs.push(await lighthouse.run(url, calibratedCpuSlowdown(runs.at(-1)!.benchmarkIndex), withScript));
    }
    const scores = { ...report.scores, performance: Math.max(...runs.map((r) => r.scores.performance)) };
    const below = CATEGORIES.filter((c) => scores[c] < THRESHOLD[c]);
    // On failure, what Lighthouse found in each run, not just the score.
    const found = runs.map((r) => ({ scores: r.scores, cpuSlowdown: r.cpuSlowdown, benchmarkIndex: r.benchmarkIndex, failing: r.failing }));
    expect(below.length ? found : 'every category at its threshold').toBe('every category at its threshold');
    if (type === '/search/') expect(report.cls, 'layout shift while the results load').toBeLessThan(0.1);
  }, 180_000);
});
