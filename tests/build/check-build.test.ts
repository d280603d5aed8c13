/** `npm run check-build`, the workflow's check of the built folder, on the fixture site and a broken copy of it. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { VALID } from '../fixtures/fixtures.ts';
import { runCommand } from '../support/commands.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-check-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run check-build', () => {
  test('passes a complete build', () => {
    const result = runCommand('check-build', [FIXTURE_SITE], { PCC_CONTENT_DIR: VALID });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('has every page, and no broken link within the site.');
  });

  test('lists a missing page and a broken link, and exits 1', () => {
    const copy = join(root, 'broken');
    cpSync(FIXTURE_SITE, copy, { recursive: true });
    rmSync(join(copy, 'due'), { recursive: true });
    writeFileSync(join(copy, 'accessibility/index.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body><main id="main"><a href="/nowhere/">x</a></main></body></html>');
    const result = runCommand('check-build', [copy], { PCC_CONTENT_DIR: VALID });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The page /due/ is missing from the build.');
    expect(result.stderr).toMatch(/\/accessibility\/ links to \/nowhere\/, which is broken/);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^The build in .* has \d+ problems \(above\)\.$/);
  });

  test('says in one sentence when there is no build to check', () => {
    const result = runCommand('check-build', [join(root, 'never-built')], { PCC_CONTENT_DIR: VALID });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^There is no built site at .*never-built; allowed: a folder written by npm run build/);
  });
});
