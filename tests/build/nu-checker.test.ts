/**
 * The W3C's Nu Html Checker over every built page of every site under test, in one run: no
 * error, and no warning but those ignored with a reason (tests/support/nu-checker.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UNEVEN_HEADINGS } from '../support/fixture-site.ts';
import { checkWithNu, failingMessages, hasJava, IGNORED_WARNINGS, JAVA, type NuMessage } from '../support/nu-checker.ts';
import { FIXTURE, readSite, SHIPPED_SUBPATH, SITES } from '../support/sites.ts';

/** A page that skips a heading level, as a document's page did: the checker must catch it. */
const SKIPPING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Placeholder</title></head>
<body><main><h1>Placeholder</h1><h2>The document</h2><h4>Recommendation 1</h4><p>Lorem ipsum.</p></main></body></html>
`;

/**
 * Every site but the sub-path build, whose pages are the plain build's with other addresses
 * (the link check covers those): the checker is the slowest of the build gates.
 */
const CHECKED = SITES.filter((site) => site !== SHIPPED_SUBPATH);

const describeWithJava = hasJava || process.env.CI ? describe : describe.skip;
if (!hasJava && !process.env.CI) console.warn(`Skipping the Nu Html Checker: no Java at "${JAVA}" (apt-get install default-jre-headless, or set JAVA).`);

describeWithJava('the W3C Nu Html Checker', () => {
  const probe = mkdtempSync(join(tmpdir(), 'pcc-nu-'));
  const byDir = new Map<string, NuMessage[]>();

  beforeAll(() => {
    writeFileSync(join(probe, 'skipping.html'), SKIPPING_PAGE);
    const dirs = [...CHECKED.map((s) => s.dir), probe];
    for (const dir of dirs) byDir.set(dir, []);
    for (const message of checkWithNu(dirs)) byDir.get(message.dir)?.push(message);
  }, 600_000);
  afterAll(() => rmSync(probe, { recursive: true, force: true }));

  test('reports a heading that skips a level, as an error (so the gate can fail)', () => {
    const errors = failingMessages(byDir.get(probe) ?? []);
    expect(errors).toEqual([expect.stringMatching(/^skipping\.html:\d+ error: The heading “h4” .*skipping 1 heading level\.$/)]);
  });

  test.each(CHECKED)('finds no error and no unexplained warning on any page of $name', (site) => {
    expect(failingMessages(byDir.get(site.dir) ?? [])).toEqual([]);
  });

  test('covers a document written with #### and ## headings, which the pages must show without a gap', () => {
    const page = readSite(FIXTURE).pages.get('/responses/westmere/vetting-review-2021/')!;
    expect(UNEVEN_HEADINGS).toMatch(/^####[^\n]*\n\n[\s\S]*^## /m);
    expect([...page.matchAll(/<h(\d)[^>]*>([^<]*)</g)].map((m) => `h${m[1]} ${m[2]}`)).toEqual(expect.arrayContaining([
      'h2 The document', 'h3 Summary', 'h3 Recommendation 1', 'h4 Progress so far',
    ]));
  });

  test('gives a reason for every warning it ignores', () => {
    for (const { reason } of IGNORED_WARNINGS) expect(reason.length).toBeGreaterThan(40);
  });
});
