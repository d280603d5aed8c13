/**
 * The Welsh office's search page (/cy/search/), in a real browser: a Welsh word finds the
 * document in Welsh, and the result links to its Welsh page, so a reader searching in Welsh
 * stays on the Welsh pages.
 */
import { expect, test } from 'vitest';
import { describeInBrowser, useSiteInBrowser } from '../support/browser.ts';
import { WELSH_WORD } from '../support/fixture-site.ts';
import { WELSH_SITE } from '../support/paths.ts';

describeInBrowser('searching a Welsh office\'s site in Welsh', () => {
  const site = useSiteInBrowser(WELSH_SITE);

  test('finds the document in Welsh by a Welsh word, and links to its Welsh page', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}cy/search/?q=${WELSH_WORD}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    const links = page.locator('.search-results h3 a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/cy/responses/dyffryn/vetting-review-2021/']);
    expect(await page.locator('.search-result .excerpt').getAttribute('lang')).toBe('cy');
    // The script says what it found in the page's words, Welsh here (one result: "1 canlyniad").
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(`1 canlyniad ar gyfer “${WELSH_WORD}”.`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
