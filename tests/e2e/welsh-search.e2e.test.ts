/**
 * The Welsh office's search page (/cy/search/), in a real browser: a Welsh word finds the
 * documents in Welsh, and each result links to its Welsh page, so a reader searching in Welsh
 * stays on the Welsh pages.
 */
import { expect, test } from 'vitest';
import { describeInBrowser, useSiteInBrowser } from '../support/browser.ts';
import { WELSH_WORD } from '../support/fixture-site.ts';
import { WELSH_SITE } from '../support/paths.ts';

/** The Welsh office's documents in Welsh, as their Welsh pages: its letter (also in English) and the chief constable's response, in Welsh alone. */
const WELSH_DOCUMENTS = new Set(['/cy/responses/dyffryn/vetting-review-2021/', '/cy/responses/dyffryn/vetting-review-2021--force-response/']);

describeInBrowser('searching a Welsh office\'s site in Welsh', () => {
  const site = useSiteInBrowser(WELSH_SITE);

  test('finds the documents in Welsh by a Welsh word, and links to their Welsh pages', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}cy/search/?q=${WELSH_WORD}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    const links = page.locator('.search-results h3 a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The two documents in Welsh (the letter and the chief constable's response in Welsh alone), not the letter's English translation.
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual([...WELSH_DOCUMENTS].sort());
    expect(await page.locator('.search-result .excerpt').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')))).toEqual(['cy', 'cy']);
    // The script says what it found in the page's words, Welsh here (two results: "2 canlyniad").
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe(`2 canlyniad ar gyfer “${WELSH_WORD}”.`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('shows the filters\' values in Welsh, and a Welsh value filters the results', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}cy/search/`);
    const status = page.locator('details[data-filter="status"]');
    await status.locator('summary').click();
    // Written out, not taken from the catalogue: what a Welsh reader reads.
    const inProgress = status.getByLabel('Ar y gweill', { exact: true });
    expect(await inProgress.getAttribute('value')).toBe('In progress');
    expect(await status.locator('label').allTextContents()).not.toContain('In progress');
    const kinds = await page.locator('details[data-filter="kind"] label').allTextContents();
    expect(kinds).toContain('Ymateb y corff plismona');
    expect(kinds).toContain('Adroddiad arolygu');
    await inProgress.check();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/, wedi'u cyfyngu yn ôl Statws argymhelliad: Ar y gweill\.$/);
    expect(page.url()).toContain('status=In+progress');
    const links = page.locator('.search-results h3 a');
    const found = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found.length).toBeGreaterThan(0);
    // Every result is a document (only documents have statuses), on the Welsh pages, its kind said in Welsh.
    for (const href of found) expect(href).toMatch(/^\/cy\/responses\//);
    const facts = await page.locator('.search-result .meta').allTextContents();
    for (const line of facts) expect(line).toMatch(/Ymateb y corff plismona|Ymateb y prif swyddog|Llythyr yr Arolygiaeth/);
    // Its date in Welsh too (the index's are English: "Published 2 May 2021").
    const months = /January|February|March|April|May|June|July|August|September|October|November|December|Published|Undated/;
    for (const line of facts) expect(line).not.toMatch(months);
    expect(facts.join(' ')).toMatch(/Ebrill|Mai|Mawrth|Heb ddyddiad|Cyhoeddwyd/);
    // Each document's words are marked with its language on the Welsh page: Welsh for the two in Welsh, English for the others.
    expect(found.some((href) => !WELSH_DOCUMENTS.has(href!))).toBe(true);
    expect(await page.locator('.search-result .excerpt').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')))).toEqual(found.map((href) => (WELSH_DOCUMENTS.has(href!) ? 'cy' : 'en')));
    // Fewer results than with no filter: the value narrowed them.
    await page.goto(`${site.server.url}cy/search/?kind=Inspection+report`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/wedi'u cyfyngu yn ôl Math o dudalen: Adroddiad arolygu\.$/);
    const inspections = await page.locator('.search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(inspections.length).toBeGreaterThan(0);
    for (const href of inspections) expect(href).toMatch(/^\/cy\/inspections\/[^/]+\/$/);
    expect(await page.locator('.search-result h3').first().textContent()).toMatch(/^Adroddiad arolygu: /);
    expect(await page.locator('.search-result .meta').first().textContent()).toMatch(/Cyhoeddwyd \d{1,2} \p{Ll}*\p{Lu}?\p{L}+ \d{4} · Adroddiad arolygu$/u);
    expect(errors).toEqual([]);
    await page.close();
  });
});
