import { expect, test } from 'vitest';
import { describeInBrowser, useSiteInBrowser } from '../support/browser.ts';
import { SITE } from '../support/paths.ts';

describeInBrowser('a journalist comparing forces in a browser', () => {
  const site = useSiteInBrowser(SITE);

  test('reaches the matrix from the inspection page and re-orders it by timeliness and by force name by following links, with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}inspections/shining-a-light-on-betrayal/`);
    await page.getByRole('main').getByRole('link', { name: 'by region' }).click();
    expect(page.url()).toContain('/by-region/#responses');
    const matrix = page.getByRole('region', { name: /latest statuses from each of the 43 forces/i });
    await page.getByRole('navigation', { name: 'Order of the table' }).getByRole('link', { name: 'by timeliness' }).click();
    expect(page.url()).toContain('/by-timeliness/#responses');
    const firstForce = await matrix.locator('tbody th[scope="row"]').first().textContent();
    expect(firstForce).toBe('Northamptonshire Police');
    await page.getByRole('link', { name: 'by force name' }).click();
    expect(page.url()).toContain('/by-name/#responses');
    expect(await matrix.locator('tbody th[scope="row"]').first().textContent()).toBe('Avon and Somerset Police');
    await page.getByRole('link', { name: 'by region' }).click();
    expect(await matrix.locator('tbody th[scope="row"]').first().textContent()).toBe('Cleveland Police');
    await context.close();
  });

  test('lets a keyboard user reach and scroll the wide matrix on a 320px screen without the page scrolling sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.server.url}inspections/shining-a-light-on-betrayal/by-region/`);
    const region = page.getByRole('region', { name: /latest statuses/i });
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling may be animated: wait for it to move.
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 3000 }).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('draws the charts without breaking the content security policy', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.server.url}inspections/shining-a-light-on-betrayal/recommendations/2/`);
    const bar = page.locator('.chart-bar.status-awaiting-national');
    expect(await bar.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(181, 136, 0)');
    expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(0);
    await page.goto(`${site.server.url}forces/cambridgeshire/`);
    await page.goto(`${site.server.url}inspections/shining-a-light-on-betrayal/`);
    expect(violations).toEqual([]);
    await page.close();
  });
});
