/**
 * The editor at /admin/, run the local way (`npm run editor`: the preview and the local proxy)
 * on a copy of the fictional fixture, driven in a real Chromium as an officer would: forms,
 * lists, the save button. What it writes is read back from disk, checked with `npm run check`
 * and built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { describeInBrowser, launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build.ts';
import { takeHeavyBrowserLock, tempDir } from '../support/isolation.ts';
import { runCommand } from '../support/commands.ts';
import { textOf } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { freePort, userEnvironment } from '../support/servers.ts';

/** Waits until `url` answers (with a success, unless `anyAnswer`). */
async function waitFor(url: string, anyAnswer = false, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (anyAnswer || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Chooses an option of one of Decap's searchable lists by typing its label, as a keyboard user does. */
async function choose(page: Page, selector: string, label: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(label);
  await page.keyboard.press('Enter');
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
}

/** Opens a response's form from the list of responses, as the officer does. */
async function openResponse(page: Page, origin: string, id: string): Promise<void> {
  await page.goto(`${origin}/admin/#/collections/responses`);
  await page.goto(`${origin}/admin/#/collections/responses/entries/${id}`);
  await page.locator('select[id^="id-field"]').first().waitFor();
}

const BODY = 'The fictional office will review its vetting backlog by March.\n\nThe fictional office has already appointed a vetting manager.\n';

describeInBrowser('the editor, run the local way', () => {
  const copy = makeContent();
  const out = tempDir('pcc-editor-e2e-');
  const written = join(copy.dir, 'responses/eastmarch/vetting-review-2021.md');
  const existing = join(copy.dir, 'responses/westmere/vetting-review-2021.md');
  let editor: ChildProcess;
  let exited: Promise<unknown>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;

  let releaseHeavy: (() => void) | undefined;

  beforeAll(async () => {
    // Not beside Lighthouse, whose speed measurements the editor's start would spoil.
    releaseHeavy = takeHeavyBrowserLock();
    const [port, proxyPort] = [await freePort(), await freePort()];
    origin = `http://localhost:${port}`;
    editor = spawn(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'scripts/editor.ts')], {
      cwd: ROOT,
      // A cache folder of its own: the other tests' builds write the shared one meanwhile.
      env: { ...userEnvironment(), PCC_CONTENT_DIR: copy.dir, PORT: String(port), PCC_EDITOR_PROXY_PORT: String(proxyPort), PCC_CACHE_DIR: join(out, 'cache-dev'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    exited = new Promise((done) => editor.once('exit', done));
    await Promise.all([waitFor(`${origin}/admin/config.json`), waitFor(`http://localhost:${proxyPort}/api/v1`, true)]);
    browser = await launchBrowser();
  }, 600_000);

  // Each test in a browser of its own: Decap keeps unsaved changes in the browser's storage
  // and offers them back on the next visit.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    // Leaving a form with unsaved changes asks first: the tests leave on purpose.
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    await page.goto(`${origin}/admin/`, { waitUntil: 'domcontentloaded' });
    // Decap is 5 MB of script, and the preview compiles the page's own on first use: on a busy
    // machine the editor takes a while to start.
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 150_000 });
    await page.getByText('Responses', { exact: true }).first().waitFor({ timeout: 60_000 });
  }, 240_000);

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    editor?.kill('SIGTERM');
    await exited;
    removeContentCopies();
    releaseHeavy?.();
    rmSync(out, { recursive: true, force: true });
  });

  test('creates a response through the forms that passes the check and builds to its page', async () => {
    await page.goto(`${origin}/admin/#/collections/responses/new`);
    await choose(page, 'input[id^="force-field"]', 'Eastmarch Police');
    await choose(page, 'input[id^="inspection-field"]', 'Fictional vetting review');
    await page.locator('input[id^="date-field"]').fill('2021-08-20');
    await page.locator('textarea[id^="body-field"]').fill(BODY);
    const entries = [
      { id: '1', status: 'Planned', quote: 'will review its vetting backlog by March' },
      { id: '2', status: 'Complete', quote: 'has already appointed a vetting manager' },
    ];
    for (const [i, entry] of entries.entries()) {
      await page.getByRole('button', { name: 'Add recommendation' }).click();
      await page.locator('select[id^="id-field"]').nth(i).selectOption(entry.id);
      await choose(page, `input[id^="status-field"] >> nth=${i}`, entry.status);
      await page.getByRole('button', { name: 'Add evidence' }).nth(i).click();
      await page.locator('textarea[id^="quotation-field"]').nth(i).fill(entry.quote);
    }
    await expect.poll(() => page.locator('[data-evidence-check="found"]').count()).toBe(2);

    // The preview beside the form is the page in the site's own style: the status names, each
    // quotation in its sentence with the quoted words marked, and the marks in the document.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('#statuses .tag').allTextContents()).toEqual(['Planned', 'Complete', 'No status given']);
    const mark = preview.locator('#statuses q.in-sentence mark').first();
    expect(await mark.textContent()).toBe('will review its vetting backlog by March');
    expect(await preview.locator('article.document mark').allTextContents()).toEqual(entries.map((e) => e.quote));
    // Styled by the site's stylesheet, served beside the editor: the theme's focus colour (a
    // custom property only the site's CSS defines) behind the marked words, and bold.
    const style = await mark.evaluate((element) => {
      const focus = getComputedStyle(element.ownerDocument.documentElement).getPropertyValue('--focus').trim();
      const { backgroundColor, fontWeight } = getComputedStyle(element);
      return { focus, backgroundColor, fontWeight };
    });
    expect(style.focus).toMatch(/^#[0-9a-f]{6}$/i);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(style.focus.slice(i, i + 2), 16));
    expect(style).toMatchObject({ backgroundColor: `rgb(${r}, ${g}, ${b})`, fontWeight: '700' });

    // The screenshot in docs/publishing.md: PCC_EDITOR_SCREENSHOT=docs/screenshots/editor-response-1280.png.
    if (process.env.PCC_EDITOR_SCREENSHOT) {
      await page.locator('select[id^="id-field"]').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await preview.locator('h2').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: process.env.PCC_EDITOR_SCREENSHOT });
    }
    await save(page);
    // The proxy creates the file, then writes it: wait until it is written to the body's end
    // (read the moment it appeared, it was once still empty).
    await expect.poll(() => existsSync(written) && readFileSync(written, 'utf8').includes('has already appointed a vetting manager.'), { timeout: 15_000 }).toBe(true);

    const text = readFileSync(written, 'utf8');
    expect(text).toContain('force: eastmarch\ninspection: vetting-review-2021\n');
    expect(text).toMatch(/"?1"?:\n {4}status: planned\n {4}evidence: "?will review its vetting backlog by March"?\n/);
    const check = runCommand('check', [], { PCC_CONTENT_DIR: copy.dir });
    expect(check.stdout).not.toMatch(/eastmarch\/vetting-review-2021\.md:\d+: .*(error|Error)/);
    expect(check.status, check.stdout).toBe(0);

    const build = buildSite({ contentDir: copy.dir, outDir: join(out, 'dist'), env: { PCC_CACHE_DIR: join(out, 'cache') } });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(out, 'dist/responses/eastmarch/vetting-review-2021/index.html'), 'utf8');
    expect(textOf(html)).toMatch(/Planned/);
    expect(textOf(html)).toMatch(/Complete/);
    // Each status with the words it rests on, quoted beside it (in its sentence where it is part
    // of one) and linked to its place in the document.
    const quotedBeside = (status: string, quote: string) =>
      new RegExp(`${status}</span></td><td data-label="Quoted evidence" class="evidence"><a href="#q-\\d+-[0-9a-f]{6}"><q[^>]*>(?:(?!</q>)[\\s\\S])*${quote}`);
    expect(html).toMatch(quotedBeside('Planned', 'will review its vetting backlog by March'));
    expect(html).toMatch(quotedBeside('Complete', 'has already appointed a vetting manager'));
  }, 300_000);

  test('flags a quotation that is not in the body, and will not save it', { timeout: 180_000 }, async () => {
    await openResponse(page, origin, 'westmere/vetting-review-2021');
    const before = readFileSync(existing, 'utf8');
    await page.getByRole('button', { name: 'Add evidence' }).first().click();
    await page.locator('textarea[id^="quotation-field"]').nth(1).fill('Words the fictional office never wrote');
    const flag = page.locator('[data-evidence-check="missing"]');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.textContent()).toMatch(/^This quotation is not in the document’s body/);
    await save(page).catch(() => undefined);
    await page.waitForTimeout(2000);
    expect(readFileSync(existing, 'utf8')).toBe(before);
  });

  test('changes only the status line of an existing response when one status is changed', { timeout: 180_000 }, async () => {
    await openResponse(page, origin, 'westmere/vetting-review-2021');
    const before = readFileSync(existing, 'utf8');
    await choose(page, `input[id^="status-field"] >> nth=1`, 'Complete');
    await save(page);
    // The proxy writes the file in place: wait until it is changed and written to its end.
    await expect.poll(() => {
      const now = readFileSync(existing, 'utf8');
      return now !== before && now.endsWith(before.slice(-40));
    }, { timeout: 15_000 }).toBe(true);
    const after = readFileSync(existing, 'utf8').split('\n');
    const changed = before.split('\n').map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
    expect(after.length).toBe(before.split('\n').length);
    expect(changed).toEqual([['    status: no-action', '    status: complete']]);
  });
});
