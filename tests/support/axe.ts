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

/** Loads axe into the page: from the tests' server where there is one, else evaluated through the DevTools protocol. */
async function loadAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  try {
    // A script of the page's own origin, which every page's CSP allows ('self').
    await page.addScriptTag({ url: AXE_SCRIPT_PATH });
  } catch {
    // Another server (Astro's preview), or a page whose CSP refuses it: evaluated through the
    // DevTools protocol, so the page's own CSP (rightly) does not stop it.
    await page.evaluate(axeSource);
  }
}

/** Runs axe on the page as it stands; returns one line per violation and element. */
export async function findAxeViolations(page: Page, label: string): Promise<string[]> {
  await loadAxe(page);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, WCAG_TAGS);
  return violations.flatMap((v) => v.targets.map((target) => `${label}: ${v.id} (${v.impact}) ${v.help} at ${target}`));
}
