/**
 * A Welsh office's site (the fictional WELSH_OFFICE: `"languages": ["en", "cy"]`), built for
 * real: every page has its twin in the other language, linked both ways by the header's switch
 * and by hreflang alternates; a Welsh page says it is Welsh; and no English words of the
 * catalogue are on a Welsh page (as tests/unit/views/welsh-views.test.ts does for the views,
 * here for the whole page, layout and templates included). The gates (html-validate and links
 * in tests/build/quality.test.ts, axe in tests/e2e/quality-welsh.e2e.test.ts) run over both
 * languages' pages, as WELSH is one of SITES.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import type { Element, Nodes } from 'hast';
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../src/i18n/index.ts';
import { WELSH_OFFICE } from '../support/fixture-site.ts';
import { FIXTURE, isEditorPage, readSite, WELSH } from '../support/sites.ts';
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

/** An element's text, as a reader reads it. */
const textOf = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

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

  test('the sitemap lists the pages of both languages, each naming its twin as hreflang alternates', () => {
    const sitemap = readFileSync(join(WELSH.dir, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'url' || n === 'xhtml:link' }).parse(sitemap).urlset.url as { loc: string; 'xhtml:link'?: Record<string, string>[] }[];
    const listed = new Map(urls.map((u) => [new URL(u.loc).pathname, (u['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], new URL(l['@_href']!).pathname])]));
    for (const path of readerPages) {
      expect(listed.has(path), path).toBe(true);
      const [en, cy] = path.startsWith('/cy/') ? [twinOf(path), path] : [path, twinOf(path)];
      expect(listed.get(path), path).toEqual([['en', en], ['cy', cy]]);
    }
  });

  test('a Welsh page\'s feeds and calendars are Welsh: under /cy/, in Welsh, with no English words of the catalogue; an English page\'s are the English ones', () => {
    const runs = englishRuns();
    const subscriptions = (pages: string[]) => new Set(pages.flatMap((path) => elements(fromHtml(built.pages.get(path)!), (e) =>
      (e.tagName === 'a' || e.tagName === 'link') && /\/(feeds|calendars)\//.test(String(e.properties.href))).map((e) => new URL(String(e.properties.href), WELSH_OFFICE.siteUrl).pathname)));
    const welsh = [...subscriptions(welshPages)].sort();
    const english = [...subscriptions(englishPages)].sort();
    expect(welsh).toEqual(english.map(twinOf));
    // The site's feed, what is due, a force's and an inspection's feed, and calendars, all linked from the Welsh pages.
    for (const path of ['/cy/feeds/all.xml', '/cy/feeds/due.xml', '/cy/feeds/forces/dyffryn.xml', '/cy/feeds/inspections/vetting-review-2021.xml', '/cy/calendars/all.ics', '/cy/calendars/dyffryn.ics']) expect(welsh, path).toContain(path);
    const leaks: string[] = [];
    const check = (where: string, value: unknown) => {
      for (const { key, run } of runs) if (String(value).includes(run)) leaks.push(`${where}: "${run}" (${key})`);
    };
    let entries = 0;
    for (const path of welsh) {
      const file = join(WELSH.dir, path);
      expect(existsSync(file), path).toBe(true);
      const text = readFileSync(file, 'utf8');
      if (path.endsWith('.xml')) {
        expect(XMLValidator.validate(text), path).toBe(true);
        const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'link' }).parse(text).feed;
        expect(feed['@_xml:lang'], path).toBe('cy');
        expect(feed.id, path).toBe(new URL(path, WELSH_OFFICE.siteUrl).href);
        check(path, feed.title);
        for (const entry of feed.entry ?? []) {
          entries++;
          expect(new URL(entry.link[0]['@_href']).pathname, entry.id).toMatch(/^\/cy\//);
          check(entry.id, entry.title);
          check(entry.id, entry.summary['#text']);
        }
      } else {
        const calendar = new ICAL.Component(ICAL.parse(text));
        check(path, calendar.getFirstPropertyValue('x-wr-calname'));
        for (const vevent of calendar.getAllSubcomponents('vevent')) {
          const event = new ICAL.Event(vevent);
          entries++;
          expect(new URL(String(vevent.getFirstPropertyValue('url'))).pathname, event.uid).toMatch(/^\/cy\/inspections\//);
          check(event.uid, event.summary);
          check(event.uid, event.description);
        }
      }
    }
    expect(entries).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
    expect(readFileSync(join(WELSH.dir, 'cy/feeds/all.xml'), 'utf8')).toContain('<title>Dogfennau newydd a diweddaredig – Ymatebion i arolygiadau heddlu</title>');
    expect(readFileSync(join(WELSH.dir, 'feeds/all.xml'), 'utf8')).toContain('<title>New and updated documents – Responses to police inspections</title>');
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

  test('a response page\'s permanent address, citation and addresses of the quoted words are the page\'s own, in its language', () => {
    const responses = readerPages.filter((path) => /^(\/cy)?\/responses\/[^/]+\/[^/]+\/$/.test(path));
    expect(responses.length).toBeGreaterThan(2);
    for (const path of responses) {
      const tree = fromHtml(built.pages.get(path)!);
      const citation = elements(tree, (e) => e.tagName === 'dd' && String(e.properties.className).includes('citation'))[0];
      const address = welshText(citation!).trim().match(/(?:Available at|Ar gael yn): (\S+?)\.(?: |$)/)?.[1];
      expect(address && new URL(address).pathname, path).toBe(path);
      // The permanent address and every quotation's address, each in a <code> of a <dd>.
      const codes = elements(tree, (e) => e.tagName === 'dd').flatMap((dd) => elements(dd, (e) => e.tagName === 'code'))
        .map((c) => String((c.children[0] as { value?: string })?.value)).filter((v) => v.startsWith(WELSH_OFFICE.siteUrl));
      expect(codes.length, path).toBeGreaterThan(1);
      for (const code of codes) expect(new URL(code).pathname, `${path}: ${code}`).toBe(path);
    }
  });

  test('the report\'s own words (the inspection\'s title, each recommendation and whom it is for) are marked English on a Welsh page, and left unmarked on an English one', () => {
    const reportPages = readerPages.filter((path) => /\/inspections\/[^/]+\/(recommendations\/[^/]+\/)?$/.test(path) && !/\/by-year\//.test(path));
    const welsh = reportPages.filter((path) => path.startsWith('/cy/'));
    expect(welsh.length).toBeGreaterThan(3);
    for (const path of reportPages) {
      const tree = fromHtml(built.pages.get(path)!);
      const quotes = elements(tree, (e) => e.tagName === 'blockquote' && String(e.properties.className).includes('rec-text'));
      expect(quotes.length, path).toBeGreaterThan(0);
      const expected = path.startsWith('/cy/') ? 'en' : undefined;
      for (const quote of quotes) expect(quote.properties.lang, path).toBe(expected);
      const forWhom = elements(tree, (e) => (e.tagName === 'dd' || e.tagName === 'span') && welshText({ ...e, properties: {} }).includes('all forces'));
      if (expected) expect(forWhom.some((e) => e.properties.lang === 'en'), `${path}: "all forces" marked English`).toBe(true);
      else expect(forWhom.every((e) => e.properties.lang === undefined), path).toBe(true);
    }
    const heading = elements(fromHtml(built.pages.get('/cy/inspections/vetting-review-2021/')!), (e) => e.tagName === 'h1')[0]!;
    expect(heading.properties.lang).toBe('en');
  });

  test('a comparison page marks each document\'s words with its language where the page is in the other', () => {
    const comparisons = welshPages.filter((path) => /^\/cy\/inspections\/[^/]+\/recommendations\/[^/]+\/$/.test(path));
    expect(comparisons.length).toBeGreaterThan(0);
    for (const path of comparisons) {
      // The fictional English documents' words are all marked lang="en", so none is left in the Welsh text.
      expect(welshText(fromHtml(built.pages.get(path)!)), path).not.toMatch(/Placeholder text for a fictional response/);
    }
    // The Welsh office's letter is in both languages (WELSH_SITE_EDITS), so its English comparison page shows the
    // English translation, with no Welsh words of it; the chief constable's response, in Welsh alone, is marked
    // Welsh; so is the letter on the fixture site, where it is in Welsh alone.
    const english = fromHtml(built.pages.get('/inspections/vetting-review-2021/recommendations/1/')!);
    const marked = elements(english, (e) => e.properties.lang === 'cy' && e.tagName !== 'a' && e.tagName !== 'link');
    expect(marked.map((e) => `${e.tagName} ${textOf(e)}`)).toEqual(['q Testun dros dro ar gyfer ymateb ffuglennol y prif gwnstabl.']);
    const welshAlone = fromHtml(readSite(FIXTURE).pages.get('/inspections/vetting-review-2021/recommendations/1/')!);
    const welshQuotes = elements(welshAlone, (e) => e.tagName === 'q' && e.properties.lang === 'cy');
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
    for (const path of welshPages) {
      const text = welshText(fromHtml(built.pages.get(path)!)).replace(/\s+/g, ' ');
      for (const { key, run } of runs) if (text.includes(run)) leaks.push(`${path}: "${run}" (${key})`);
    }
    expect(leaks).toEqual([]);
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
