/** The ready-made headers file matches what the built pages need, so a host that applies it breaks nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../support/paths.ts';

const headers = readFileSync(join(SITE, '_headers'), 'utf8');
const header = (name: string) => new RegExp(`^ {2}${name}: (.+)$`, 'm').exec(headers)?.[1];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the headers file shipped with the site', () => {
  test('sets every security header a host should send', () => {
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
      expect(header(name), name).toBeTruthy();
    }
    expect(header('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  test('repeats each directive of the pages’ own policy, so the two never disagree', () => {
    const csp = header('Content-Security-Policy')!.split(';').map((d) => d.trim());
    const page = readFileSync(join(SITE, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)![1]!;
    const directives = meta.split(';').map((d) => d.trim()).filter((d) => d && !/^(script|style)-src /.test(d));
    expect(directives.length).toBeGreaterThan(0);
    for (const directive of directives) expect(csp, directive).toContain(directive);
  });

  test('is enough for every page: no page uses inline scripts, inline styles or style attributes', () => {
    const offenders = htmlFiles(SITE).filter((file) => {
      const html = readFileSync(file, 'utf8');
      return /<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /<style[\s>]/.test(html) || /\sstyle="/.test(html);
    });
    expect(offenders).toEqual([]);
  });
});
