/** axe-core in a real browser page, with the WCAG 2.2 AA rule set (its WCAG 2.2 rules are off unless listed). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Where the tests' static server (tests/support/browser.ts) serves axe-core, outside any site's
 * base path. Loaded from there, Chromium keeps the compiled script between pages (its code
 * cache works on scripts it fetched, not on evaluated text): compiling its 550 KB again on
 * every page took a third of each page's check.
 */
export const AXE_SCRIPT_PATH = '/__tests__/axe-core.js';

type AxeOutcome = { loaded: false } | { loaded: true; violations: { id: string; impact: string; help: string; targets: string[] }[] };

/**
 * In the page, in one evaluation (each costs a round trip to the browser, and this runs on
 * every page of every site): loads axe from the tests' server unless it is there already, as a
 * script of the page's own origin, which every page's CSP allows ('self'), then runs it. Says
 * `loaded: false` where the script could not load (a server other than the tests' own).
 */
function runAxeInPage(page: Page): Promise<AxeOutcome> {
  return page.evaluate(async ([src, tags]) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> };
    const scope = window as unknown as { axe?: Axe };
    if (!scope.axe) {
      const loaded = await new Promise<boolean>((resolve) => {
        const script = Object.assign(document.createElement('script'), { src, onload: () => resolve(true), onerror: () => resolve(false) });
        document.head.append(script);
      });
      if (!loaded || !scope.axe) return { loaded: false as const };
    }
    const results = await scope.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return { loaded: true as const, violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })) };
  }, [AXE_SCRIPT_PATH, WCAG_TAGS] as const);
}

/** Runs axe on the page as it stands; returns one line per violation and element. */
export async function findAxeViolations(page: Page, label: string): Promise<string[]> {
  const outcome = await runAxeInPage(page);
  if (!outcome.loaded) throw new Error(`axe-core could not be loaded into ${label}: serve the page with serveStatic (tests/support/browser.ts), which serves it at ${AXE_SCRIPT_PATH}`);
  return outcome.violations.flatMap((v) => v.targets.map((target) => `${label}: ${v.id} (${v.impact}) ${v.help} at ${target}`));
}
