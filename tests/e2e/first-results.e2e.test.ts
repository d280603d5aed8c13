/**
 * The first page of results the build prepares for the commonest words
 * (src/lib/outputs/search/first-results.ts), in Chromium: the search page shows, for such a
 * word, what Pagefind would show (the count, and each result's link, title, facts and excerpt),
 * without downloading Pagefind or its index; the next results, asked for, are Pagefind's and
 * follow on. Compared with the same search on the same page told no word is prepared, so
 * Pagefind answers it: on a site with an English and a Welsh shard (the generated one), on the
 * Welsh search page (results link under /cy/), and under a sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIRST_RESULTS_DIR } from '../../src/lib/outputs/search/first-results.ts';
import { RESULTS_PAGE_SIZE } from '../../src/lib/outputs/search/search-options.ts';
import type { SearchManifest } from '../../src/lib/outputs/search/search-shards.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { GENERATED, SHIPPED_SUBPATH, WELSH, type SiteUnderTest } from '../support/sites.ts';

/** What the page shows of a search: its status line and each result as it reads and links. */
interface Shown {
  status: string;
  results: { href: string; html: string }[];
}

/** Pagefind's files: none of them is needed to show a prepared first page. */
const PAGEFIND_FILE = /\/pagefind\/(.+\/)?(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|[^/]+\.pf_(meta|index|fragment|filter))$/;

async function shownOn(page: Page, count = RESULTS_PAGE_SIZE): Promise<Shown> {
  await page.waitForFunction(() => /results?\b.*\.$|canlyniad/i.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThanOrEqual(count);
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    results: await page.locator('.search-result').evaluateAll((items) => items.map((item) => ({ href: item.querySelector('h3 a')!.getAttribute('href')!, html: item.outerHTML }))),
  };
}

/** `more`: the site has prepared words on more than ten pages, so the next results are checked too (the shipped content's 13 pages and the Welsh office's 10 have none). */
const cases: { site: SiteUnderTest; search: string; more: boolean }[] = [
  { site: GENERATED, search: 'search/', more: true },
  { site: WELSH, search: 'cy/search/', more: false },
  { site: SHIPPED_SUBPATH, search: 'search/', more: false },
];

describeInBrowser('the prepared first results', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { site, search, more: hasMore } of cases) {
    describe(`on ${site.name} (${search})`, () => {
      const manifest = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'pcc-shards.json'), 'utf8')) as SearchManifest;
      const prepared = manifest.firstResults ?? [];
      let server: StaticServer;
      beforeAll(async () => {
        server = await serveStatic(site.dir, site.base);
      });
      afterAll(async () => {
        await server?.close();
      });

      /** A tab whose search page believes no word is prepared, so Pagefind answers every search. */
      async function pagefindOnly(): Promise<BrowserContext> {
        const context = await browser.newContext();
        await context.route('**/pagefind/pcc-shards.json', async (route) => {
          const response = await route.fetch();
          const { firstResults: _none, ...rest } = (await response.json()) as SearchManifest;
          await route.fulfill({ response, json: rest });
        });
        return context;
      }

      test('prepares the commonest words, and shows each word\'s first page as Pagefind would, without loading it; the next page is Pagefind\'s', async () => {
        expect(prepared.length).toBeGreaterThan(20);
        const [asBuilt, control] = await Promise.all([browser.newContext(), pagefindOnly()]);
        const [tab, controlTab] = await Promise.all([asBuilt.newPage(), control.newPage()]);
        const requested: string[] = [];
        tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
        const errors: string[] = [];
        tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        try {
          // The commonest, a capitalised one as a reader might type it, and the least common prepared.
          const words = [prepared[0]!, prepared[1]!.replace(/^./, (c) => c.toUpperCase()), prepared.at(-1)!];
          let askedForMore = 0;
          for (const word of words) {
            requested.length = 0;
            const url = `${server.url}${search}?q=${encodeURIComponent(word)}`;
            await Promise.all([tab.goto(url), controlTab.goto(url)]);
            const [fast, slow] = await Promise.all([shownOn(tab, 1), shownOn(controlTab, 1)]);
            expect(fast, word).toEqual(slow);
            expect(requested.filter((path) => PAGEFIND_FILE.test(path)), word).toEqual([]);
            expect(requested, word).toContain(`${new URL(server.url).pathname}pagefind/${FIRST_RESULTS_DIR}${word.toLowerCase()}.json`);
            // The button for more shows as it does over Pagefind: when there are more than ten.
            const [more, controlMore] = [tab, controlTab].map((t) => t.getByRole('button', { name: /more/i }));
            expect(await more!.isVisible(), word).toBe(await controlMore!.isVisible());
            if (!(await more!.isVisible())) continue;
            // The reader asks for more: Pagefind loads, and its next ten follow the prepared ten.
            await Promise.all([more!.click(), controlMore!.click()]);
            askedForMore++;
            const [moreFast, moreSlow] = await Promise.all([shownOn(tab, fast.results.length + 1), shownOn(controlTab, slow.results.length + 1)]);
            expect(moreFast, `${word}, more`).toEqual(moreSlow);
            expect(requested.some((path) => PAGEFIND_FILE.test(path)), word).toBe(true);
            expect(new Set(moreFast.results.map((r) => r.href)).size).toBe(moreFast.results.length);
          }
          expect(errors).toEqual([]);
          expect(askedForMore > 0).toBe(hasMore);
        } finally {
          await Promise.all([asBuilt.close(), control.close()]);
        }
      }, 120_000);

      // Once: the page's path to Pagefind is the same on every site.
      if (site === GENERATED) test('answers a word it did not prepare from Pagefind, asking for no file that is not there', async () => {
        const context = await browser.newContext();
        const tab = await context.newPage();
        const missing: string[] = [];
        tab.on('response', (response) => response.status() >= 400 && missing.push(response.url()));
        try {
          // Two words: no search of more than one word is prepared.
          await tab.goto(`${server.url}${search}?q=${encodeURIComponent(`${prepared[0]} ${prepared[1]}`)}`);
          const shown = await shownOn(tab, 1);
          expect(shown.results.length).toBeGreaterThan(0);
          expect(missing).toEqual([]);
        } finally {
          await context.close();
        }
      }, 60_000);
    });
  }
});
