/**
 * A response published in both languages, on the Welsh office's site as built (WELSH: the
 * Welsh letter and its English translation, WELSH_SITE_EDITS): each document's page links
 * to the other with hreflang and lang; the comparison and inspection pages show the document
 * in the page's language, once, with a link to the other; and responses.csv has both rows,
 * the translation's naming the first in its last column, translationOf.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, test } from 'vitest';
import { readSite, WELSH } from '../support/sites.ts';

const built = readSite(WELSH);
const WELSH_DOC = '/responses/dyffryn/vetting-review-2021/';
const ENGLISH_DOC = '/responses/dyffryn/vetting-review-2021--en/';

function links(path: string): Element[] {
  const html = built.pages.get(path);
  if (html === undefined) throw new Error(`No page ${path} in the Welsh office's site`);
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'a') found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return found;
}

const plain = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? plain(c) : '')).join('');

/** The same page in the site's other language, which the header's language switch links to. */
const switchOf = (path: string) => (path.startsWith('/cy/') ? path.slice('/cy'.length) : `/cy${path}`);

/** The links on `path` to a page of the pair, but the header's switch, as `href hreflang lang "text"`. */
function twinLinks(path: string): string[] {
  return links(path)
    .filter((a) => a.properties.hrefLang !== undefined && /\/responses\/dyffryn\//.test(String(a.properties.href)) && a.properties.href !== switchOf(path))
    .map((a) => `${a.properties.href} ${a.properties.hrefLang} ${a.properties.lang} "${plain(a)}"`);
}

/** The links on `path` to either document of the pair (its page or a place in it). */
function pairLinks(path: string): string[] {
  return links(path).map((a) => String(a.properties.href)).filter((href) => href.includes('/responses/dyffryn/vetting-review-2021'));
}

describe('a response in both languages', () => {
  test('each document\'s page links to the other, in the page\'s words, with hreflang and lang', () => {
    expect(twinLinks(ENGLISH_DOC)).toEqual([`${WELSH_DOC} cy en "Read in Welsh"`]);
    expect(twinLinks(`/cy${WELSH_DOC}`)).toEqual([`/cy${ENGLISH_DOC} en cy "Darllen yn Saesneg"`]);
    // Each document has its page in both languages of the site, each linking to its twin in the same language.
    expect(twinLinks(WELSH_DOC)).toEqual([`${ENGLISH_DOC} en en "Read in English"`]);
    expect(twinLinks(`/cy${ENGLISH_DOC}`)).toEqual([`/cy${WELSH_DOC} cy cy "Darllen yn Gymraeg"`]);
  });

  test('a document published in one language has no such link', () => {
    const path = '/responses/northshire/vetting-review-2021/';
    expect(links(path).filter((a) => a.properties.hrefLang !== undefined && a.properties.href !== switchOf(path)).map((a) => a.properties.href)).toEqual([]);
  });

  test('a document published in Welsh only shows as itself on the pages of both languages, marked as Welsh on the English one, with no twin', () => {
    const path = '/responses/dyffryn/vetting-review-2021--force-response/';
    for (const page of [path, `/cy${path}`]) {
      const html = built.pages.get(page);
      expect(html, page).toContain('Testun dros dro ar gyfer ymateb ffuglennol y prif gwnstabl.');
      expect(links(page).filter((a) => a.properties.hrefLang !== undefined && a.properties.href !== switchOf(page)).map((a) => a.properties.href), page).toEqual([]);
    }
    // On the English page the document's words are marked as Welsh; the Welsh page is Welsh throughout.
    expect(built.pages.get(path)).toMatch(/<[^>]+lang="cy"[^>]*>[\s\S]*Testun dros dro ar gyfer ymateb ffuglennol y prif gwnstabl\./);
    expect(built.pages.get(`/cy${path}`)).toMatch(/^<!DOCTYPE html><html lang="cy">/);
    // Listed on the inspection's pages of both languages.
    for (const page of ['/inspections/vetting-review-2021/', '/cy/inspections/vetting-review-2021/']) {
      expect(links(page).map((a) => String(a.properties.href)), page).toContain(page.startsWith('/cy/') ? `/cy${path}` : path);
    }
  });

  test('the comparison page shows the document in the reader\'s language, once, with a link to the other', () => {
    const english = pairLinks('/inspections/vetting-review-2021/recommendations/2/');
    expect(english.filter((href) => href.startsWith(ENGLISH_DOC))).not.toEqual([]);
    expect(english.filter((href) => href.startsWith(WELSH_DOC))).toEqual([WELSH_DOC]);
    const welsh = pairLinks('/cy/inspections/vetting-review-2021/recommendations/2/');
    expect(welsh.filter((href) => href.startsWith(`/cy${WELSH_DOC}`))).not.toEqual([]);
    expect(welsh.filter((href) => href.startsWith(`/cy${ENGLISH_DOC}`))).toEqual([`/cy${ENGLISH_DOC}`]);
    expect(twinLinks('/cy/inspections/vetting-review-2021/recommendations/2/')).toEqual([`/cy${ENGLISH_DOC} en cy "Darllen yn Saesneg"`]);
  });

  test('the inspection page lists the Welsh office once, with its document in the page\'s language', () => {
    expect(twinLinks('/inspections/vetting-review-2021/')).toEqual([`${WELSH_DOC} cy en "Read in Welsh"`]);
    expect(pairLinks('/inspections/vetting-review-2021/').filter((href) => href === ENGLISH_DOC)).toHaveLength(1);
    expect(twinLinks('/cy/inspections/vetting-review-2021/')).toEqual([`/cy${ENGLISH_DOC} en cy "Darllen yn Saesneg"`]);
  });

  test('responses.csv has both documents; the translation names the first in translationOf, its last column', () => {
    const lines = readFileSync(join(WELSH.dir, 'data', 'responses.csv'), 'utf8').split('\r\n');
    expect(lines[0]!.split(',').at(-1)).toBe('translationOf');
    expect(lines.find((l) => l.startsWith('dyffryn/vetting-review-2021--en,'))!.split(',').at(-1)).toBe('dyffryn/vetting-review-2021');
    expect(lines.find((l) => l.startsWith('dyffryn/vetting-review-2021,'))!.split(',').at(-1)).toBe('');
    const json = JSON.parse(readFileSync(join(WELSH.dir, 'data', 'responses.json'), 'utf8')) as { id: string; translationOf: string | null }[];
    expect(json.filter((r) => r.translationOf === null).map((r) => r.id)).not.toContain('dyffryn/vetting-review-2021--en');
  });
});
