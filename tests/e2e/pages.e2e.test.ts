import { expect, test } from 'vitest';
import { describeInBrowser, useSiteInBrowser } from '../support/browser.ts';
import { SITE } from '../support/paths.ts';

describeInBrowser('reading the site in a browser', () => {
  const site = useSiteInBrowser(SITE);

  test('goes from the home page to a comparison page by following links', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.getByRole('link', { name: 'Inspections', exact: true }).click();
    await page.getByRole('link', { name: '2019', exact: true }).click();
    await page.getByRole('link', { name: /Shining a light on betrayal/ }).first().click();
    await page.getByRole('link', { name: 'Compare forces on recommendation 2' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Recommendation 2');
    expect(await page.getByRole('heading', { name: 'Suffolk Constabulary' }).count()).toBe(1);
    await page.close();
  });

  test('fits a 320px-wide screen without scrolling sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.server.url}responses/suffolk/shining-a-light-on-betrayal/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
