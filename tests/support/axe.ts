/** axe-core in a real browser page, with the WCAG 2.2 AA rule set (its WCAG 2.2 rules are off unless listed). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page as it stands; returns one line per violation and element. */
export async function findAxeViolations(page: Page, label: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's own CSP (rightly) does not stop it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, WCAG_TAGS);
  return violations.flatMap((v) => v.targets.map((target) => `${label}: ${v.id} (${v.impact}) ${v.help} at ${target}`));
}
