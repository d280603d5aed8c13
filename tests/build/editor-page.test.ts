/**
 * The editor's page in the built site: served from the site alone, under a policy of its own
 * that is just wide enough for Decap CMS to start in a real Chromium, and no wider.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EDITOR_POLICY } from '../../src/lib/editor/csp.ts';
import { describeInBrowser, launchBrowser, serveStatic, type StaticServer } from '../support/browser.ts';
import { ROOT, SITE } from '../support/paths.ts';

const page = readFileSync(join(SITE, 'admin/index.html'), 'utf8');
const policies = [...page.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)">/gi)].map((m) => m[1]);

describeInBrowser('the editor’s page, built', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(SITE, '/')]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('carries the editor’s own policy, and the headers file gives /admin/ the same', () => {
    expect(policies).toEqual([EDITOR_POLICY]);
    const headers = readFileSync(join(SITE, '_headers'), 'utf8');
    expect(headers).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EDITOR_POLICY}; frame-ancestors 'none'\n`);
  });

  test('loads every script from the site itself, none inline', () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/\bsrc="\/[^/]/);
    expect(existsSync(join(SITE, 'admin/decap-cms/decap-cms.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(SITE, 'admin/config.json'), 'utf8')).config.publish_mode).toBe('editorial_workflow');
  });

  test('serves the site’s own stylesheet beside it for the preview: the office’s colours, then the pages’ styles', () => {
    const css = readFileSync(join(SITE, 'admin/preview.css'), 'utf8');
    expect(css).toMatch(/^:root \{\n {2}--text: #[0-9a-f]{6};/);
    for (const file of ['site.css', 'narrow.css']) expect(css).toContain(readFileSync(join(ROOT, 'src/styles', file), 'utf8'));
  });

  test('starts in Chromium under that policy with nothing refused, and offers to sign in with GitHub', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    tab.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    // Decap is 5 MB of script: on a busy machine it takes a while to start.
    await tab.goto(`${server.origin}/admin/`, { waitUntil: 'domcontentloaded' });
    await tab.getByRole('button', { name: /Login with GitHub/i }).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await tab.close();
  }, 180_000);

  test('does not start when the policy is narrower: each exception the policy makes is needed', async () => {
    for (const narrower of [EDITOR_POLICY.replace(" 'unsafe-eval'", ''), EDITOR_POLICY.replace(" 'unsafe-inline'", '')]) {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.route('**/admin/', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(EDITOR_POLICY, narrower) });
      });
      await tab.goto(`${server.origin}/admin/`, { waitUntil: 'domcontentloaded' });
      await expect.poll(() => errors.some((e) => /Content Security Policy/i.test(e)), { timeout: 120_000 }).toBe(true);
      await tab.close();
    }
  }, 300_000);
});
