/**
 * The browser gates catch what they are for: a deliberately bad page (placeholder text) fails
 * each of them, and a plain good one passes, so a green run over the site means something.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findAxeViolations } from '../support/axe.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { findReflowProblems, findSkipLinkProblems, startFocusFromTop, tabThrough } from '../support/page-checks.ts';

const page = (style: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>Placeholder page</title><style>${style}</style></head><body>${body}</body></html>`;

const GOOD = page(
  'a:focus-visible { outline: 3px solid #0b0c0c; } .region { overflow-x: auto; }',
  `<a href="#main">Skip to main content</a><main id="main" tabindex="-1"><h1>Placeholder</h1><p><a href="#one">Placeholder link</a></p>
   <section class="table-region region" aria-labelledby="t-caption" tabindex="0"><table><caption id="t-caption">Placeholder table</caption>
   <tr><th scope="col">Placeholder heading</th></tr><tr><td style="white-space: nowrap">${'Placeholder wide cell '.repeat(20)}</td></tr></table></section>
   <p id="one">Placeholder text.</p></main>`,
);

const BAD = page(
  'a:focus { outline: none; } .pale { color: #aaaaaa; } .wide { width: 900px; } .scroller { overflow-x: auto; }',
  `<main><h1>Placeholder</h1><p><a href="#one">Link with no focus indicator</a> <a href="#two" tabindex="-1">Link taken out of the tab order</a></p>
   <p class="pale" id="one">Placeholder pale text.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
   <div class="wide" id="two">Placeholder block too wide for a phone</div>
   <div class="scroller"><div style="width: 900px">Placeholder scrolling box that is not a table</div></div></main>`,
);

describeInBrowser('the browser gates', () => {
  let browser: Browser;
  let server: StaticServer;
  let dir: string;
  let tab: Page;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pcc-gates-'));
    writeFileSync(join(dir, 'good.html'), GOOD);
    writeFileSync(join(dir, 'bad.html'), BAD);
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir)]);
    tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('axe reports low contrast and a missing text alternative, and nothing on a good page', async () => {
    await tab.goto(`${server.url}bad.html`);
    const violations = await findAxeViolations(tab, 'bad');
    expect(violations.some((v) => v.startsWith('bad: color-contrast'))).toBe(true);
    expect(violations.some((v) => v.startsWith('bad: image-alt'))).toBe(true);
    await tab.goto(`${server.url}good.html`);
    expect(await findAxeViolations(tab, 'good')).toEqual([]);
  });

  test('the keyboard check reports a link Tab skips and a link with no focus indicator', async () => {
    await tab.goto(`${server.url}bad.html`);
    const bad = await tabThrough(tab);
    expect(bad.unreached).toEqual(['<a> "Link taken out of the tab order"']);
    expect(bad.noIndicator).toEqual(['<a> "Link with no focus indicator"']);
    await tab.goto(`${server.url}good.html`);
    const good = await tabThrough(tab);
    expect(good).toEqual({ unreached: [], noIndicator: [], reached: 3 });
  });

  test('the skip link check reports a page whose first Tab is not the skip link, and the walk after it starts from the top again', async () => {
    await tab.goto(`${server.url}bad.html`);
    expect(await findSkipLinkProblems(tab, 'Skip to main content')).toEqual([
      'the first Tab reaches "Link with no focus indicator", not the skip link "Skip to main content"',
      'Enter on the skip link does not move focus to <main id="main">',
      'the Tab after the skip link is not in the main content',
    ]);
    await tab.goto(`${server.url}good.html`);
    expect(await findSkipLinkProblems(tab, 'Skip to main content')).toEqual([]);
    // Focus is in the main content now; after the reset the walk's first stop is the skip link again.
    await startFocusFromTop(tab);
    expect(await tabThrough(tab)).toEqual({ unreached: [], noIndicator: [], reached: 3 });
    expect(await tab.evaluate(() => (window as unknown as { kbStops: { name: string }[] }).kbStops[0]!.name)).toBe('<a> "Skip to main content"');
  });

  test('the reflow check reports a page wider than 320px and a box that scrolls sideways outside a table region', async () => {
    await tab.setViewportSize({ width: 320, height: 640 });
    await tab.goto(`${server.url}bad.html`);
    const problems = await findReflowProblems(tab);
    expect(problems.some((p) => p.startsWith('the page is'))).toBe(true);
    expect(problems.some((p) => p.includes('.wide>') && p.includes('reaches 9'))).toBe(true);
    expect(problems.some((p) => p.includes('.scroller>') && p.includes('scrolls sideways but is not a captioned table region'))).toBe(true);
    await tab.goto(`${server.url}good.html`);
    expect(await findReflowProblems(tab)).toEqual([]);
  });
});
