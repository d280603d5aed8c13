/**
 * The build and `npm run check` survive awkward content and say clearly what is wrong with
 * bad content. The awkward-but-valid site is built once by the global setup (and so goes
 * through every quality gate, 320px reflow included); here we check its edge cases show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findBrokenLinks, listFiles, readBuiltSite } from '../../src/lib/office/links.ts';
import { urls } from '../../src/lib/basics/urls.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import {
  awkwardEdits, BOM_RESPONSE, LARGE_RESPONSE, LARGE_RESPONSE_BYTES, LONG_INSPECTION, LONG_TITLE, ONLY_RESPONSE,
  UNANSWERED_INSPECTION, WELSH_FORCE, WELSH_RESPONSE,
} from '../support/awkward.ts';
import { buildSite } from '../support/build.ts';
import { runCheck } from '../support/check.ts';
import { readForces } from '../support/content.ts';
import { readPage, textOf } from '../support/html.ts';
import { validatePage } from '../support/html-validate.ts';
import { AWKWARD_SITE, OUTPUT, ROOT } from '../support/paths.ts';

afterAll(removeContentCopies);

const htmlPages = (dir: string) => (existsSync(dir) ? listFiles(dir).filter((f) => f.endsWith('.html')) : []);

describe('awkward but valid content', () => {
  const content = makeContent(awkwardEdits());
  const forces = readForces(content.dir);

  test('passes npm run check', () => {
    const check = runCheck(content.dir);
    expect(check.status).toBe(0);
    // The valid fixture's one coverage warning stays; nothing awkward adds an error.
    expect(check.output).toMatch(/^0 errors and \d+ warnings? in/m);
  });

  test('gives a force whose only document is one response its page, linking the year page that lists that document', () => {
    const page = readPage(AWKWARD_SITE, urls.force('eastmarch'));
    const year = [...page.matchAll(/href="\/forces\/eastmarch\/(\d{4})\/"/g)].map((m) => m[1]!)
      .find((y) => readPage(AWKWARD_SITE, urls.forceYear('eastmarch', y)).includes(`href="${urls.response(ONLY_RESPONSE)}"`));
    expect(year).toBeDefined();
    expect(textOf(readPage(AWKWARD_SITE, urls.response(ONLY_RESPONSE)))).toContain('the only document from this fictional force');
  });

  test('shows an inspection nobody has answered, with every force as having no response', () => {
    const text = textOf(readPage(AWKWARD_SITE, urls.inspection(UNANSWERED_INSPECTION)));
    // Changed on purpose (issue 25): the forces with no document are one list, as on the comparison pages, and no table is shown.
    expect(text).toContain(`None of the ${forces.length} forces in scope has a document on this site for this report yet.`);
    expect(text).toContain(`No document on this site from ${forces.length} forces in scope: ${forces.map((f) => f.name).join(' ')}`);
    // Changed on purpose: the comparison page names the forces with no document in one list, not one entry each.
    for (const rec of ['1', '2', '3']) {
      const comparison = textOf(readPage(AWKWARD_SITE, urls.comparison(UNANSWERED_INSPECTION, rec)));
      expect(comparison, `recommendation ${rec}`).toContain(`None of the ${forces.length} forces in scope has a document on this site for this report yet.`);
      expect(comparison, `recommendation ${rec}`).toContain(`No document on this site from ${forces.length} forces in scope: ${forces.map((f) => f.name).join(' ')}`);
    }
  });

  test('publishes a 2 MB response in full, read from a file with Windows line endings', () => {
    const source = readFileSync(join(content.dir, 'responses', `${LARGE_RESPONSE}.md`), 'utf8');
    expect(Buffer.byteLength(source)).toBeGreaterThanOrEqual(LARGE_RESPONSE_BYTES);
    expect(source).toContain('\r\n');
    const paragraph = source.split('\r\n\r\n').at(-1)!.trim();
    const page = readPage(AWKWARD_SITE, urls.response(LARGE_RESPONSE));
    expect(page.split(`<p>${paragraph}</p>`).length - 1).toBe(source.split(paragraph).length - 1);
    expect(page).not.toContain('\r');
  });

  test('reads a file with a byte-order mark as if it had none', () => {
    expect(readFileSync(join(content.dir, 'responses', `${BOM_RESPONSE}.md`))[0]).toBe(0xef);
    const page = readPage(AWKWARD_SITE, urls.response(BOM_RESPONSE));
    expect(page).not.toContain('\uFEFF');
    expect(textOf(page)).toContain('Placeholder text in a file that starts with a byte-order mark.');
    expect(page).toContain('id="recommendation-1"');
  });

  test('keeps Welsh names and letters exactly as written, and marks Welsh text as Welsh', () => {
    const forcePage = textOf(readPage(AWKWARD_SITE, urls.force(WELSH_FORCE.id)));
    expect(forcePage).toContain(WELSH_FORCE.name);
    expect(forcePage).toContain(WELSH_FORCE.policingBody);
    const response = readPage(AWKWARD_SITE, urls.response(WELSH_RESPONSE));
    expect(textOf(response)).toContain('Siân Ŵyn');
    expect(textOf(response)).toContain('ŵ ŷ â ê î ô û');
    // The whole page is in Welsh; the site's own words around the document are marked English.
    expect(response).toMatch(/<html lang="cy"/);
    expect(response).not.toMatch(/<article[^>]* lang="en"/);
    expect(textOf(readPage(AWKWARD_SITE, urls.forces()))).toContain(WELSH_FORCE.name);
  });

  test('shows a very long title whole, as the page heading', () => {
    const page = readPage(AWKWARD_SITE, urls.inspection(LONG_INSPECTION));
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!)).toBe(LONG_TITLE);
  });
});

describe('an empty content folder', () => {
  const content = makeContent([], { empty: true });
  const outDir = join(OUTPUT, 'site-empty');
  const build = buildSite({ contentDir: content.dir, outDir });

  test('builds a site that says it has nothing yet, warning that there is no forces registry', () => {
    expect(build.status).toBe(0);
    expect(build.output).toContain('forces.yaml: warning: file: there is no forces registry');
    expect(textOf(readPage(outDir, urls.home()))).toContain('No documents have been published on this site yet.');
  });

  test('builds pages that are valid and whose links resolve', async () => {
    const site = readBuiltSite(outDir);
    const errors: string[] = [];
    for (const [path, html] of site.pages) errors.push(...(await validatePage(html, path)));
    expect(errors).toEqual([]);
    expect(findBrokenLinks(site)).toEqual([]);
  });

  test('passes npm run check with the same warning', () => {
    const check = runCheck(content.dir);
    expect(check.status).toBe(0);
    expect(check.output).toContain('warning: file: there is no forces registry');
  });
});

describe('a content folder that does not exist', () => {
  const missing = join(OUTPUT, 'no-such-content-folder');
  const outDir = join(OUTPUT, 'site-missing');

  test('stops the build, naming the folder, and writes nothing', () => {
    const build = buildSite({ contentDir: missing, outDir });
    expect(build.status).toBe(1);
    expect(build.output).toContain(`${relative(ROOT, missing)}: folder: the content folder does not exist`);
    expect(htmlPages(outDir)).toEqual([]);
  });

  test('fails npm run check with the same message', () => {
    const check = runCheck(missing);
    expect(check.status).toBe(1);
    expect(check.output).toContain('the content folder does not exist');
  });
});

describe('a response saved as Windows-1252', () => {
  // "Placeholder “quoted” text costing £5", in Windows-1252: curly quotes 0x93/0x94, pound 0xA3.
  const text = readFileSync(join(ROOT, 'tests/fixtures/valid', VALID_FILES.late), 'utf8')
    .replace('Placeholder text', 'Placeholder \u0093quoted\u0094 text costing \u00a35,');
  const content = makeContent([{ file: VALID_FILES.late, write: Buffer.from(text, 'latin1') }]);
  const outDir = join(OUTPUT, 'site-windows-1252');
  const expected = `${relative(ROOT, content.dir)}/${VALID_FILES.late}: file: is not UTF-8 text`;

  test('stops the build, naming the file and how to fix it, and writes nothing', () => {
    const build = buildSite({ contentDir: content.dir, outDir });
    expect(build.status).toBe(1);
    expect(build.output).toContain(expected);
    expect(build.output).toContain('save it again choosing UTF-8');
    expect(htmlPages(outDir)).toEqual([]);
  });

  test('fails npm run check with the same message', () => {
    const check = runCheck(content.dir);
    expect(check.status).toBe(1);
    expect(check.output).toContain(expected);
  });
});
