import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { STATUSES } from '../../src/lib/basics/statuses.ts';
import { findAxeViolations } from '../support/axe.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { findDistinctiveWord, readInspections, readResponseBodies, readResponses } from '../support/content.ts';
import { MARKUP_TITLE, WELSH_WORD } from '../support/fixture-site.ts';
import { FIXTURE_SITE, SITE, SUBPATH_BASE, SUBPATH_SITE } from '../support/paths.ts';

const responses = readResponses();
const bodies = readResponseBodies();
const AWAITING = STATUSES.find((s) => s.id === 'awaiting-national')!;
const inspections = readInspections();
/** The inspection most documents respond to, and another. */
const [busiest, other] = [...inspections].sort((a, b) => responses.filter((r) => r.inspection === b.id).length - responses.filter((r) => r.inspection === a.id).length);

/** Five words of a document's body around a word only it has: a phrase a reader might remember. */
function phraseFrom(id: string): string {
  const word = findDistinctiveWord(id)!;
  const words = bodies.get(id)!.split(/[^\p{L}']+/u).filter(Boolean);
  const at = words.findIndex((w) => w.toLowerCase() === word);
  return words.slice(Math.max(0, at - 2), at + 3).join(' ');
}

/** Records every CSP violation, script error and failed load a page reports (a missing favicon aside). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Waits for the search to finish and returns the result links, in order. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /results?\b.*\.$/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.locator('.search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** How many results the page says it found (it shows the first few of them). */
async function resultCount(page: Page): Promise<number> {
  await results(page);
  const said = (await page.locator('[data-search-status]').textContent()) ?? '';
  return said.startsWith('No results') ? 0 : Number(/^(\d+) results?/.exec(said)![1]);
}

for (const [name, dir, base] of [['plain', SITE, '/'], ['under a sub-path', SUBPATH_SITE, SUBPATH_BASE]] as const) {
  describeInBrowser(`searching the site built ${name}`, () => {
    let browser: Browser;
    let server: StaticServer;
    let problems: string[][] = [];
    const open = async (path: string, options: { javaScriptEnabled?: boolean } = {}) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      problems.push(watch(page));
      await page.goto(`${server.url}${path}`);
      return page;
    };
    beforeAll(async () => {
      [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir, base)]);
    });
    afterEach(() => {
      // Every page of every test: nothing blocked by the Content-Security-Policy, no script error.
      expect(problems.flat()).toEqual([]);
      problems = [];
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('finds each seed document from the home page by a phrase from it, first in the list', async () => {
      const page = await open('');
      for (const response of base === '/' ? responses : responses.slice(0, 1)) {
        const phrase = phraseFrom(response.id);
        await page.getByRole('searchbox', { name: /Search/ }).first().fill(phrase);
        await page.getByRole('searchbox', { name: /Search/ }).first().press('Enter');
        await page.waitForURL(/\/search\/\?q=/);
        const found = await results(page);
        expect(found[0], `${response.id}: "${phrase}"`).toBe(`${base}responses/${response.id}/`);
      }
      await page.locator('.search-results h3 a').first().click();
      await page.waitForURL(/\/responses\//);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
      await page.context().close();
    });

    test('narrows the list to a status, keeps it on reload and in a shared link, and goes back with the back button', async () => {
      const page = await open('search/?q=vetting');
      const all = await results(page);
      await page.locator('summary', { hasText: 'Status of a recommendation' }).click();
      await page.getByLabel(AWAITING.label).check();
      await page.waitForURL(/status=/);
      const narrowed = await results(page);
      const withStatus = responses.filter((r) => Object.values(r.recommendations).includes(AWAITING.id)).map((r) => `${base}responses/${r.id}/`);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThan(all.length);
      for (const href of narrowed) expect(withStatus).toContain(href);
      expect(await page.locator('.search-result .excerpt mark').count()).toBeGreaterThan(0);

      await page.reload();
      expect(await results(page)).toEqual(narrowed);
      expect(await page.getByLabel(AWAITING.label).isChecked()).toBe(true);

      const shared = await open(page.url().slice(server.url.length));
      expect(await results(shared)).toEqual(narrowed);
      await shared.context().close();

      await page.goBack();
      expect(await results(page)).toEqual(all);
      expect(await page.getByLabel(AWAITING.label).isChecked()).toBe(false);
      await page.context().close();
    });

    test('narrows to an inspection found by typing part of its title in the list the page fills in, and keeps it on reload', async () => {
      // A word on both inspections' pages, so that narrowing to one leaves fewer results.
      const page = await open('search/?q=recommendation');
      const all = await resultCount(page);
      const filter = page.locator('details', { has: page.locator('summary', { hasText: /^Inspection$/ }) });
      await filter.locator('summary').click();
      const word = busiest!.title.split(/\s+/).find((w) => w.length > 4 && !other!.title.toLowerCase().includes(w.toLowerCase()))!;
      await filter.getByLabel(/Narrow the \d+ choices/).fill(word.toUpperCase());
      await expect.poll(() => page.getByRole('checkbox', { name: busiest!.title }).isVisible()).toBe(true);
      expect(await page.getByRole('checkbox', { name: other!.title }).count()).toBe(0);
      await page.getByRole('checkbox', { name: busiest!.title }).check();
      await page.waitForURL(/inspection=/);
      const narrowed = await results(page);
      const ofInspection = (href: string) =>
        href.startsWith(`${base}inspections/${busiest!.id}/`) || responses.some((r) => r.inspection === busiest!.id && href === `${base}responses/${r.id}/`);
      expect(narrowed.length).toBeGreaterThan(0);
      expect(await resultCount(page)).toBeLessThan(all);
      for (const href of narrowed) expect(ofInspection(href), href).toBe(true);

      await page.reload();
      expect(await results(page)).toEqual(narrowed);
      expect(await page.getByRole('checkbox', { name: busiest!.title }).isChecked()).toBe(true);
      await page.context().close();
    });

    test('keeps the choices it fills in accessible and within a 320px screen', async () => {
      const page = await open('search/?q=vetting');
      await results(page);
      await page.setViewportSize({ width: 320, height: 800 });
      for (const name of ['Force', 'Inspection']) {
        const filter = page.locator('details', { has: page.locator('summary', { hasText: new RegExp(`^${name}$`) }) });
        await filter.locator('summary').click();
        await filter.locator('[data-choices] input[type="checkbox"]').first().waitFor();
      }
      expect(await findAxeViolations(page, 'search with its filled-in filters open')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.context().close();
    });

    test('without JavaScript, says so and points to the lists of inspections and forces', async () => {
      const page = await open('search/?q=vetting', { javaScriptEnabled: false });
      await expect.poll(() => page.locator('.search-fallback').isVisible()).toBe(true);
      expect(await page.locator('.search-fallback a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        `${base}inspections/`,
        `${base}forces/`,
      ]);
      expect(await page.locator('form.search-form').isVisible()).toBe(false);
      await page.context().close();
    });
  });
}

describeInBrowser('searching the fictional fixture site', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(FIXTURE_SITE)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('finds a document in Welsh by a Welsh word, and marks its excerpt as Welsh', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}search/?q=${WELSH_WORD}`);
    expect(await results(page)).toEqual(['/responses/dyffryn/vetting-review-2021/']);
    expect(await page.locator('.search-result .excerpt').getAttribute('lang')).toBe('cy');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('shows a title written with markup characters as those characters', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?force=Northshire+Constabulary`);
    await results(page);
    expect(await page.locator('.search-results h3 a').allTextContents()).toContain(`Northshire Constabulary: ${MARKUP_TITLE}`);
    expect(await page.locator('.search-results em, .search-results script').count()).toBe(0);
    await page.close();
  });
});
