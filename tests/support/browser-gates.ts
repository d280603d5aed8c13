/**
 * The browser gates, for one built site: axe-core (WCAG 2.2 AA), reflow at 320px, requests
 * to other origins and the page's own CSP on every page; axe at 320px, keyboard access and
 * the skip link on one page of each type. Pages are found by walking the build output, so new pages are covered.
 */
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { urls, withBase } from '../../src/lib/basics/urls.ts';
import { findAxeViolations } from './axe.ts';
import { describeInBrowser, useSiteInBrowser } from './browser.ts';
import { findReflowProblems, findSkipLinkProblems, startFocusFromTop, tabThrough } from './page-checks.ts';
import { isEditorPage, onePagePerType, readSite, type SiteUnderTest } from './sites.ts';

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
/** Pages checked at once: axe is CPU-bound, and there are two cores (more was slower). */
const PARALLEL = 2;

/** Runs `work` over `items`, `limit` at a time, each worker with its own browser page. */
async function inPages<T>(browser: Browser, items: T[], limit: number, work: (page: Page, item: T) => Promise<void>) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const queue = [...items];
  try {
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
      const page = await context.newPage();
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(page, item);
    }));
  } finally {
    await context.close();
  }
}

/**
 * Declares the browser gates for one built site. Each site has its own test file, so
 * Vitest's two workers can check two sites at once.
 */
export function describeBrowserGates(site: SiteUnderTest): void {
  describeInBrowser(`${site.name} in a real browser`, () => {
    const live = useSiteInBrowser(site.dir, site.base);

    const built = readSite(site);
    const paths = [...built.pages.keys()].filter((path) => !isEditorPage(path, built.base));
    const samples = [...onePagePerType(paths, built.base).values()];
    const urlOf = (path: string) => `${live.server.origin}${path}`;

    /**
     * One visit to every page, at 1,280px and then 320px wide (and, on one page of each type,
     * the keyboard at 1,280px again), finds what each check below asserts: a page is loaded
     * (and axe compiled) once for all of them, not once a check.
     */
    const found = { violations: [] as string[], narrowViolations: [] as string[], reflow: [] as string[], foreign: [] as string[], errors: [] as string[], ownRequests: 0, visited: 0, keyboard: [] as string[], skipLink: [] as string[], keyed: 0 };
    beforeAll(async () => {
      const sampled = new Set(samples);
      await inPages(live.browser, paths, PARALLEL, async (page, path) => {
        const listen = {
          request: (request: Request) => {
            const url = new URL(request.url());
            if (url.protocol === 'data:') return;
            if (url.origin === live.server.origin) found.ownRequests++;
            else found.foreign.push(`${path}: ${request.url()}`);
          },
          console: (message: ConsoleMessage) => {
            if (message.type() === 'error') found.errors.push(`${path}: ${message.text()}`);
          },
          pageerror: (error: Error) => found.errors.push(`${path}: ${error.message}`),
        };
        page.on('request', listen.request).on('console', listen.console).on('pageerror', listen.pageerror);
        try {
          await page.setViewportSize(DESKTOP);
          await page.goto(urlOf(path), { waitUntil: 'load' });
          found.visited++;
          found.violations.push(...(await findAxeViolations(page, path)));
          // Layout changes at phone width (wrapped navigation, stacked facts): target sizes and
          // overlaps are worth a second look there, on each type of page.
          await page.setViewportSize(NARROW);
          found.reflow.push(...(await findReflowProblems(page)).map((problem) => `${path}: ${problem}`));
          if (!sampled.has(path)) return;
          found.narrowViolations.push(...(await findAxeViolations(page, `${path} at 320px`)));
          // The keyboard last, back at 1,280px, so no check above sees a focused element or a
          // moved page. Layout is CSS alone (the search page's script does not look at the
          // width): the page laid out again at 1,280px is the page loaded at 1,280px, and no
          // key has been pressed or element focused on it yet, so the first Tab is a first Tab.
          await page.setViewportSize(DESKTOP);
          // A Welsh page (/cy/…) says it in Welsh.
          const skipText = path.startsWith(`${site.base}cy/`) ? 'Neidio i\'r prif gynnwys' : 'Skip to main content';
          found.skipLink.push(...(await findSkipLinkProblems(page, skipText)).map((problem) => `${path}: ${problem}`));
          await startFocusFromTop(page);
          const report = await tabThrough(page);
          // A page with nothing reachable would pass the checks below without testing anything.
          if (report.reached === 0) found.keyboard.push(`${path}: Tab reached nothing`);
          found.keyboard.push(...report.unreached.map((name) => `${path}: Tab never reaches ${name}`));
          found.keyboard.push(...report.noIndicator.map((name) => `${path}: no visible focus indicator on ${name}`));
          found.keyed++;
        } finally {
          page.off('request', listen.request).off('console', listen.console).off('pageerror', listen.pageerror);
        }
      });
    }, 600_000);

    test(`no page has a WCAG 2.2 AA violation axe can find, and none scrolls sideways at 320px`, () => {
      expect(found.visited).toBe(paths.length);
      expect(found.violations).toEqual([]);
      expect(found.reflow).toEqual([]);
    });

    test(`each type of page has no axe violation at 320px wide either`, () => {
      expect(found.narrowViolations).toEqual([]);
    });

    test(`no page requests anything from another origin or breaks its own CSP`, () => {
      expect(found.foreign).toEqual([]);
      expect(found.errors).toEqual([]);
      // Each page at least: proof the recording saw the requests.
      expect(found.ownRequests).toBeGreaterThanOrEqual(paths.length);
    });

    test(`every interactive element on each type of page is reachable by Tab and shows focus`, () => {
      expect(found.keyed).toBe(samples.length);
      expect(found.keyboard).toEqual([]);
    });

    test(`the skip link comes first, shows when focused and moves focus to the main content`, () => {
      expect(found.keyed).toBe(samples.length);
      expect(found.skipLink).toEqual([]);
    });

    test(`checks every type of page, the accessibility statement included`, () => {
      expect(samples).toContain(withBase(built.base, urls.accessibility()));
      expect(samples.length).toBeGreaterThanOrEqual(5);
    });
  });
}
