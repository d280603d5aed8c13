import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { SITE } from '../support/paths.ts';

describeInBrowser('reading the site in a browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('goes from the home page to a comparison page by following links', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Inspections', exact: true }).click();
    await page.getByRole('link', { name: /Shining a light on betrayal/ }).first().click();
    await page.getByRole('link', { name: 'Compare forces on recommendation 2' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Recommendation 2');
    expect(await page.getByRole('heading', { name: 'Suffolk Constabulary' }).count()).toBe(1);
    await page.close();
  });

  test('fits a 320px-wide screen without scrolling sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}responses/suffolk/shining-a-light-on-betrayal/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
