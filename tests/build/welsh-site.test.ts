/**
 * A Welsh office's site (the fictional WELSH_OFFICE: `"languages": ["en", "cy"]`), built for
 * real: every page has its twin in the other language, linked both ways by the header's switch
 * and by hreflang alternates; a Welsh page says it is Welsh; and no English words of the
 * catalogue are on a Welsh page (as tests/unit/views/welsh-views.test.ts does for the views,
 * here for the whole page, layout and templates included). The gates (html-validate and links
 * in tests/build/quality.test.ts, axe in tests/e2e/quality-welsh.e2e.test.ts) run over both
 * languages' pages, as WELSH is one of SITES.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { NOT_YET_WELSH, WELSH_OFFICE } from '../support/fixture-site.ts';
import { isEditorPage, readSite, WELSH } from '../support/sites.ts';
import { ROOT } from '../support/paths.ts';

const built = readSite(WELSH);
const readerPages = [...built.pages.keys()].filter((path) => !isEditorPage(path, built.base)).sort();
const welshPages = readerPages.filter((path) => path.startsWith('/cy/'));
const englishPages = readerPages.filter((path) => !path.startsWith('/cy/'));
const twinOf = (path: string) => (path.startsWith('/cy/') ? path.slice('/cy'.length) : `/cy${path}`);

function elements(root: Nodes, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if (root.type === 'element' && test(root)) found.push(root);
  if ('children' in root) for (const child of root.children) elements(child as Nodes, test, found);
  return found;
}

/** The text a reader sees in Welsh: what is inside `<body>`, leaving out what is marked as another language (a document in English). */
function welshText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'template')) return ' ';
  if (node.type === 'element' && node.properties.lang !== undefined && node.properties.lang !== 'cy') return ' ';
  return 'children' in node ? node.children.map((c) => welshText(c as Nodes)).join(' ') : '';
}

/**
 * Runs of words of each English catalogue string that the Welsh catalogue does not share:
 * at least two words and ten characters, between the `{values}`.
 */
function englishRuns(): { key: string; run: string }[] {
  const welsh = Object.values(CATALOGUES.cy).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  return Object.entries(CATALOGUES.en).flatMap(([key, value]) => (typeof value === 'string' ? [value] : Object.values(value))
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((run) => run.trim())
    .filter((run) => run.length >= 10 && /\S\s+\S/.test(run) && !welsh.some((w) => w.includes(run)))
    .map((run) => ({ key, run })));
}

describe('a Welsh office\'s site, in English and in Welsh', () => {
  test('is built in both languages: every page of the one has its twin in the other', () => {
    expect(WELSH_OFFICE.languages).toEqual(['en', 'cy']);
    expect(welshPages.length).toBeGreaterThan(20);
    expect(welshPages.length).toBe(englishPages.length);
    for (const path of readerPages) expect(built.pages.has(twinOf(path)), `${path} has no twin at ${twinOf(path)}`).toBe(true);
    // The pages a reader meets first, by name, so a missing route cannot pass unseen.
    for (const path of ['/cy/', '/cy/inspections/', '/cy/inspections/vetting-review-2021/', '/cy/inspections/vetting-review-2021/recommendations/1/', '/cy/responses/dyffryn/vetting-review-2021/', '/cy/forces/', '/cy/search/']) {
      expect(built.pages.has(path), path).toBe(true);
    }
  });

  test('the sitemap lists the pages of both languages', () => {
    const sitemap = readFileSync(join(WELSH.dir, 'sitemap.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    for (const path of readerPages) expect(listed.has(path), path).toBe(true);
  });

  test('every page switches to its twin from the header, and names both in hreflang alternates', () => {
    for (const path of readerPages) {
      const tree = fromHtml(built.pages.get(path)!);
      const twin = twinOf(path);
      const twinLang = path.startsWith('/cy/') ? 'en' : 'cy';
      const header = elements(tree, (e) => e.tagName === 'header')[0]!;
      const switches = elements(header, (e) => e.tagName === 'a' && e.properties.hrefLang !== undefined);
      expect(switches.map((a) => [a.properties.href, a.properties.hrefLang, a.properties.lang, welshText(a).trim() || (a.children[0] as { value?: string })?.value]), path)
        .toEqual([[twin, twinLang, twinLang, twinLang === 'cy' ? 'Cymraeg' : 'English']]);
      const alternates = elements(tree, (e) => e.tagName === 'link' && e.properties.hrefLang !== undefined)
        .map((l) => [l.properties.hrefLang, l.properties.href]);
      const [en, cy] = path.startsWith('/cy/') ? [twin, path] : [path, twin];
      expect(alternates, path).toEqual([['en', en], ['cy', cy]]);
    }
  });

  test('a comparison page marks each document\'s words with its language where the page is in the other', () => {
    const comparisons = welshPages.filter((path) => /^\/cy\/inspections\/[^/]+\/recommendations\/[^/]+\/$/.test(path));
    expect(comparisons.length).toBeGreaterThan(0);
    for (const path of comparisons) {
      // The fictional English documents' words are all marked lang="en", so none is left in the Welsh text.
      expect(welshText(fromHtml(built.pages.get(path)!)), path).not.toMatch(/Placeholder text for a fictional response/);
    }
    const english = fromHtml(built.pages.get('/inspections/vetting-review-2021/recommendations/1/')!);
    const welshQuotes = elements(english, (e) => e.tagName === 'q' && e.properties.lang === 'cy');
    expect(welshQuotes.length).toBeGreaterThan(0);
  });

  test('a Welsh page is marked Welsh: the whole page, or, on an English document\'s page, the site\'s own words', () => {
    for (const path of welshPages) {
      const tree = fromHtml(built.pages.get(path)!);
      const html = elements(tree, (e) => e.tagName === 'html')[0]!;
      const header = elements(tree, (e) => e.tagName === 'header')[0]!;
      if (html.properties.lang !== 'cy') {
        expect(path, `${path} is in ${String(html.properties.lang)}`).toMatch(/^\/cy\/responses\//);
        expect(header.properties.lang, path).toBe('cy');
      }
    }
    // The English pages of an English office stay English, the Welsh document's page excepted.
    for (const path of englishPages) expect(built.pages.get(path), path).toMatch(/^<!DOCTYPE html><html lang="(en|cy)">/);
    expect(built.pages.get('/cy/')).toMatch(/^<!DOCTYPE html><html lang="cy">/);
  });

  test('no English words of the catalogue are on a Welsh page', () => {
    const runs = englishRuns();
    expect(runs.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    const pending = new Set<string>();
    for (const path of welshPages) {
      const text = welshText(fromHtml(built.pages.get(path)!)).replace(/\s+/g, ' ');
      for (const { key, run } of runs) {
        if (!text.includes(run)) continue;
        const known = NOT_YET_WELSH.find((entry) => entry.pages.test(path));
        if (known) pending.add(known.why);
        else leaks.push(`${path}: "${run}" (${key})`);
      }
    }
    expect(leaks).toEqual([]);
    // Every entry listed as not yet in Welsh still has English in it: once it has none, take it off the list.
    expect([...pending].sort()).toEqual(NOT_YET_WELSH.map((entry) => entry.why).sort());
  });

  test('the Welsh accessibility statement is the Welsh file\'s, with the office\'s name, the model\'s sentences and the dates in Welsh', () => {
    const fields = parse(readFileSync(resolve(ROOT, 'src/statement/accessibility.cy.mdx'), 'utf8').split(/^---$/m)[1]!) as Record<string, string>;
    // Welsh dates as Intl writes them, not as the site does: "22 Tachwedd 2026".
    const welshDate = (day: string) => new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    const html = built.pages.get('/cy/accessibility/')!;
    const tree = fromHtml(html);
    expect(elements(tree, (e) => e.tagName === 'html')[0]!.properties.lang).toBe('cy');
    // The statement's Markdown gives typographic apostrophes (Mae’r); the catalogue's sentences have straight ones.
    const plain = (node: Nodes) => welshText(node).replace(/\s+/g, ' ').replace(/’/g, '\'').trim();
    const text = plain(tree);
    const headings = elements(tree, (e) => /^h[1-3]$/.test(e.tagName)).map(plain);
    expect(headings).toContain(`Datganiad hygyrchedd ar gyfer ${WELSH_OFFICE.title}`);
    for (const heading of ['Pa mor hygyrch yw\'r wefan hon', 'Adborth a gwybodaeth gyswllt', 'Y weithdrefn orfodi', 'Statws cydymffurfio', 'Cynnwys nad yw\'n hygyrch', 'Paratoi\'r datganiad hygyrchedd hwn']) {
      expect(headings).toContain(heading);
    }
    expect(text).toContain(`Mae'r wefan hon yn cael ei rhedeg gan ${WELSH_OFFICE.officeName}.`);
    expect(text).toContain('Mae\'r wefan hon yn cydymffurfio\'n rhannol â safon AA fersiwn 2.2 o Ganllawiau Hygyrchedd Cynnwys y We');
    expect(text).toContain(`Paratowyd y datganiad hwn ar ${welshDate(fields.prepared!)}. Fe'i hadolygwyd ddiwethaf ar ${welshDate(fields.lastReviewed!)}.`);
    expect(text).toContain(`Profwyd y wefan hon ddiwethaf ar ${welshDate(fields.lastTested!)}. Cynhaliwyd y prawf gan ${fields.testedBy}.`);
    expect(text).not.toMatch(/This website|How accessible/);
    // The English page keeps the English statement.
    expect(built.pages.get('/accessibility/')).toContain('How accessible this website is');
  });
});
