/** An office's own colours and logo, as a reader's browser shows them. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { VALID } from '../fixtures/fixtures.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { tempDir } from '../support/isolation.ts';

describeInBrowser('a single-force office site in a browser', () => {
  const root = tempDir('pcc-office-e2e-');
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    writeFileSync(join(root, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0b3d2e"/></svg>');
    writeFileSync(join(root, 'site.config.json'), JSON.stringify({
      title: 'Northshire inspection responses',
      logo: { src: 'logo.svg', alt: 'Northshire OPCC' },
      colours: { brand: '#0b3d2e', brandText: '#ffffff' },
      base: '/northshire/',
      force: 'northshire',
    }));
    const result = buildSite({ contentDir: VALID, outDir: join(root, 'dist'), env: { PCC_CONFIG: join(root, 'site.config.json') } });
    if (result.status !== 0) throw new Error(result.output);
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(join(root, 'dist'), '/northshire/')]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('paints the header in the office colour and shows its logo, under its own base path', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe('rgb(11, 61, 46)');
    const logo = page.getByRole('img', { name: 'Northshire OPCC' });
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.getByRole('link', { name: 'Forces', exact: true }).click();
    expect(page.url()).toBe(`${server.url}forces/`);
    expect(await page.getByRole('link', { name: 'Westmere Police' }).count()).toBe(0);
    await page.close();
  });

  test('fits a 320px-wide screen with the logo in the header', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(server.url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
