/** The headers file and the hosting guide say exactly the headers of the one list in the code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HOSTING_HEADERS, toApache, toCaddy, toHeadersFile, toNginx } from '../../../src/lib/office/hosting-headers.ts';
import { ROOT } from '../../support/paths.ts';

const guide = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');

/** The lines of the guide's fenced blocks in `language` ('' for a block with none), list indentation removed. */
function blocks(language: string): string[][] {
  const found: string[][] = [];
  const pattern = /^( *)```(\w*)\n([\s\S]*?)^\1```$/gm;
  for (const [, indent, lang, body] of guide.matchAll(pattern)) {
    if (lang === language) found.push(body!.split('\n').filter((line) => line.trim()).map((line) => line.slice(indent!.length)));
  }
  return found;
}

describe('the hosting headers', () => {
  test('public/_headers sets exactly the listed headers, for every path', () => {
    const lines = readFileSync(join(ROOT, 'public/_headers'), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines).toEqual(toHeadersFile());
  });

  test('the guide lists exactly the same headers, and gives them for nginx, Apache and Caddy', () => {
    expect(blocks('')).toContainEqual(HOSTING_HEADERS.map(([name, value]) => `${name}: ${value}`));
    expect(blocks('nginx')).toEqual([toNginx()]);
    expect(blocks('apache')).toEqual([toApache()]);
    expect(blocks('caddy')).toEqual([toCaddy()]);
  });

  test('include the policy that forbids framing, which a page cannot set for itself', () => {
    const names = HOSTING_HEADERS.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']));
    expect(Object.fromEntries(HOSTING_HEADERS)['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
