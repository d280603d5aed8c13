/**
 * A single-force office's home page opening with an open deadline, and its /due/ page, in a
 * real browser: the shared gates (tests/support/browser-gates.ts) walk only the shared sites,
 * none of which is a single-force site on a day inside a comment period.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { VALID } from '../fixtures/fixtures.ts';
import { findAxeViolations } from '../support/axe.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURE_SITE_ENV } from '../support/fixture-site.ts';
import { findReflowProblems, tabThrough } from '../support/page-checks.ts';
import { tempDir } from '../support/isolation.ts';

describeInBrowser('what is due on a single-force office site, in a browser', () => {
  const root = tempDir('pcc-due-e2e-');
  let browser: Browser;
  let server: StaticServer;
  const PAGES = ['/', '/due/'];

  beforeAll(async () => {
    writeFileSync(join(root, 'site.config.json'), JSON.stringify({ title: 'Eastmarch inspection responses', force: 'eastmarch', compareWithOtherForces: true }));
    const result = buildSite({
      contentDir: VALID,
      outDir: join(root, 'dist'),
      env: { ...FIXTURE_SITE_ENV, PCC_CONFIG: join(root, 'site.config.json'), PCC_CACHE_DIR: join(root, 'cache') },
    });
    if (result.status !== 0) throw new Error(result.output);
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(join(root, 'dist'), '/')]);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the home page opens with the open deadline, and neither page has an axe violation or scrolls sideways at 320px', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const firstSection = page.locator('main h2').first();
    expect(await firstSection.textContent()).toBe('Comments due');
    expect(await page.getByRole('link', { name: 'Fictional vetting review: a placeholder inspection' }).first().isVisible()).toBe(true);
    const violations: string[] = [];
    const reflow: string[] = [];
    for (const path of PAGES) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${server.origin}${path}`);
      violations.push(...(await findAxeViolations(page, path)));
      await page.setViewportSize({ width: 320, height: 640 });
      violations.push(...(await findAxeViolations(page, `${path} at 320px`)));
      reflow.push(...(await findReflowProblems(page)).map((problem) => `${path}: ${problem}`));
    }
    expect(violations).toEqual([]);
    expect(reflow).toEqual([]);
    await page.close();
  }, 120_000);

  test('every link on both pages is reached by Tab and shows focus', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${server.origin}${path}`);
      const report = await tabThrough(page);
      if (report.reached === 0) problems.push(`${path}: Tab reached nothing`);
      problems.push(...report.unreached.map((name) => `${path}: Tab never reaches ${name}`));
      problems.push(...report.noIndicator.map((name) => `${path}: no visible focus indicator on ${name}`));
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
