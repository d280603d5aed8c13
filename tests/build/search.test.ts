import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DOCUMENT_KINDS } from '../../src/lib/basics/document-kinds.ts';
import { PAGE_KIND_LABELS, SEARCH_FILTER_KEYS, SEARCH_PAGE_CSP, toPagefindOptions, withUndatedLast } from '../../src/lib/outputs/search/search-options.ts';
import { SHARD_MANIFEST, type SearchManifest } from '../../src/lib/outputs/search/search-shards.ts';
import { STATUSES } from '../../src/lib/basics/statuses.ts';
import { findDistinctiveWord, readForces, readInspections, readResponses, walkFiles } from '../support/content.ts';
import { MARKUP_TITLE } from '../support/fixture-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { openSiteIndex, type SiteIndex } from '../support/pagefind.ts';
import { CONTENT, FIXTURE_SITE, SITE, SUBPATH_BASE, SUBPATH_SITE } from '../support/paths.ts';

const forces = readForces();
const inspections = readInspections();
const responses = readResponses();
const forceOf = (id: string) => forces.find((f) => f.id === id)!;
const kindOf = (r: (typeof responses)[number]) => r.kind ?? 'pcc-response';
const labelOfKind = (id: string) => DOCUMENT_KINDS.find((k) => k.id === id)!.label;
const labelOfStatus = (id: string) => STATUSES.find((s) => s.id === id)!.label;
const documentUrls = responses.map((r) => `/responses/${r.id}/`);
const inspectionUrls = inspections.map((i) => `/inspections/${i.id}/`);
const comparisonUrls = inspections.flatMap((i) => i.recommendations.map((r) => `/inspections/${i.id}/recommendations/${r.id}/`));
const urlsOf = (pages: { url: string }[]) => pages.map((p) => p.url).sort();
/** The month (`YYYY-MM`) a page is dated by, from the content files: a document's date, an inspection's publication. */
const monthOf = (url: string) => {
  const response = responses.find((r) => url === `/responses/${r.id}/`);
  const day = response ? (response.date ?? response.published) : inspections.find((i) => url.startsWith(`/inspections/${i.id}/`))?.published;
  return String(day).slice(0, 7);
};

describe('the search index of the shipped content', () => {
  let index: SiteIndex;
  beforeAll(async () => {
    index = await openSiteIndex(SITE);
  });
  afterAll(async () => {
    await index?.close();
  });

  test('holds every document, inspection and comparison page, and no other page', async () => {
    expect(urlsOf(await index.search(null))).toEqual([...documentUrls, ...inspectionUrls, ...comparisonUrls].sort());
  });

  test('offers in each filter exactly the values the content has', async () => {
    const dated = (r: (typeof responses)[number]) => r.date ?? r.published;
    const expected: Record<string, string[]> = {
      force: responses.map((r) => forceOf(r.force).name),
      region: responses.map((r) => forceOf(r.force).region),
      inspection: inspections.map((i) => i.title),
      kind: [...responses.map((r) => labelOfKind(kindOf(r))), PAGE_KIND_LABELS.inspection, PAGE_KIND_LABELS.comparison],
      year: [...responses.flatMap((r) => (dated(r) ? [dated(r)!.slice(0, 4)] : [])), ...inspections.map((i) => String(i.published).slice(0, 4))],
      status: responses.flatMap((r) => Object.values(r.recommendations).map(labelOfStatus)),
    };
    const filters = await index.filters();
    expect(Object.keys(filters).sort()).toEqual([...SEARCH_FILTER_KEYS].sort());
    for (const key of SEARCH_FILTER_KEYS) expect(Object.keys(filters[key]!).sort(), key).toEqual([...new Set(expected[key])].sort());
  });

  test('finds a document by a word only it contains, and no other page', async () => {
    const labels = [...DOCUMENT_KINDS.map((k) => k.label), ...Object.values(PAGE_KIND_LABELS)];
    for (const response of responses) {
      const word = findDistinctiveWord(response.id, labels);
      expect(word, `a word only ${response.id} has`).toBeDefined();
      expect(urlsOf(await index.search(word!)), word).toEqual([`/responses/${response.id}/`]);
    }
  });

  test('finds under a status every document giving any recommendation that status, and only those', async () => {
    for (const status of STATUSES) {
      const found = await index.search(null, { filters: { status: { any: [status.label] } } });
      const expected = responses.filter((r) => Object.values(r.recommendations).includes(status.id)).map((r) => `/responses/${r.id}/`);
      expect(urlsOf(found), status.id).toEqual(expected.sort());
    }
  });

  test('narrows to one force', async () => {
    for (const force of new Set(responses.map((r) => r.force))) {
      const found = await index.search(null, { filters: { force: { any: [forceOf(force).name] } } });
      expect(urlsOf(found)).toEqual(responses.filter((r) => r.force === force).map((r) => `/responses/${r.id}/`).sort());
    }
  });

  test('sorts by date newest first and oldest first without losing the undated document, which comes last', async () => {
    const undated = responses.filter((r) => !r.date && !r.published).map((r) => `/responses/${r.id}/`);
    expect(undated.length).toBeGreaterThan(0);
    const all = await index.search(null);
    for (const sort of ['newest', 'oldest'] as const) {
      // As the search page asks: the sorted search, then the pages it leaves out for having no date.
      const options = toPagefindOptions({ query: '', filters: {}, sort });
      const found = withUndatedLast(await index.search(null, options), all);
      expect(found, sort).toHaveLength(documentUrls.length + inspectionUrls.length + comparisonUrls.length);
      expect(found.slice(-undated.length).map((p) => p.url).sort(), sort).toEqual(undated.sort());
      const days = found.slice(0, -undated.length).map((p) => monthOf(p.url));
      expect(days, sort).toEqual([...days].sort((a, b) => (sort === 'newest' ? b.localeCompare(a) : a.localeCompare(b))));
    }
  });

  test('gives each document its title, force, inspection and date for the result list', async () => {
    const found = await index.search(null, { filters: { kind: { any: DOCUMENT_KINDS.map((k) => k.label) } } });
    for (const response of responses) {
      const page = found.find((p) => p.url === `/responses/${response.id}/`)!;
      const shown = textOf(readPage(SITE, page.url));
      expect(page.meta.force).toBe(forceOf(response.force).name);
      expect(page.meta.inspection).toBe(inspections.find((i) => i.id === response.inspection)!.title);
      expect(shown).toContain(page.meta.title);
      expect(shown).toContain(page.meta.date!.replace(/^Undated$/, 'Undated: the document carries no date'));
    }
  });

  test('leaves the header and footer out of what is searched', async () => {
    const page = readPage(SITE, `/responses/${responses[0]!.id}/`);
    // What the content files say, less the YAML comments before each body (notes for editors,
    // never shown or indexed).
    const withoutComments = (text: string) => text.replace(/^(---\n[\s\S]*?\n---)/, (yaml) => yaml.replace(/#.*$/gm, ''));
    const content = [...walkFiles(CONTENT)].map((path) => withoutComments(readFileSync(path, 'utf8')).toLowerCase()).join(' ');
    // Words the page shows in its header, footer or status legend, and no content file has.
    // The status legend's words all stand in the shipped reasons now ("started, not finished"), so
    // its absence rests on the index being made from records, not pages (src/lib/outputs/search/search-records.ts).
    for (const word of ['skip', 'reproduced', 'licence']) {
      expect(textOf(page).toLowerCase(), word).toContain(word);
      expect(content, word).not.toContain(word);
      expect(await index.search(word), word).toEqual([]);
    }
  });
});

describe('the search index under a sub-path', () => {
  test('links every result inside the sub-path', async () => {
    const index = await openSiteIndex(SUBPATH_SITE);
    try {
      const found = await index.search(null);
      expect(found).toHaveLength(documentUrls.length + inspectionUrls.length + comparisonUrls.length);
      for (const page of found) expect(page.url.startsWith(`${SUBPATH_BASE}responses/`) || page.url.startsWith(`${SUBPATH_BASE}inspections/`), page.url).toBe(true);
    } finally {
      await index.close();
    }
  });

  test('sends the header search form to the search page inside the sub-path', () => {
    expect(readPage(SUBPATH_SITE, '/forces/')).toContain(`action="${SUBPATH_BASE}search/"`);
    expect(readPage(SITE, '/forces/')).toContain('action="/search/"');
  });
});

describe('the search page', () => {
  const html = readPage(SITE, '/search/');
  const policyOf = (page: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';

  test('loads one script, from a file, and is the only page for readers with a script (the office\'s editor has its own)', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/type="module" src="\/_astro\/[^"]+\.js"/);
    const withScripts = [...walkFiles(SITE)].filter((file) => file.endsWith('.html') && /<script/i.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SITE, file).split(sep).join('/'));
    expect(withScripts.sort()).toEqual(['admin/index.html', 'search/index.html']);
  });

  test("allows exactly what Pagefind needs, on the search page only, and never 'unsafe-inline' or 'unsafe-eval'", () => {
    const policy = policyOf(html);
    for (const directive of SEARCH_PAGE_CSP.directives) expect(policy).toContain(directive);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const other = policyOf(readPage(SITE, `/responses/${responses[0]!.id}/`));
    expect(other).toContain("default-src 'self'");
    expect(other).not.toMatch(/wasm-unsafe-eval|worker-src|connect-src/);
  });

  test('says without JavaScript where every document can be found', () => {
    const fallback = /<p class="search-fallback"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(fallback).toContain('href="/inspections/"');
    expect(fallback).toContain('href="/forces/"');
    // The stylesheet hides the form where scripts cannot run and the fallback where they can,
    // from the first paint, so nothing moves when the script starts (Lighthouse's layout shift).
    const stylesheet = /<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const css = readFileSync(join(SITE, stylesheet), 'utf8');
    expect(css).toMatch(/@media \(scripting: ?none\) ?\{\s*\.search-form ?\{ ?display: ?none;? ?\}/);
    expect(css).toMatch(/@media \(scripting: ?enabled\) ?\{\s*\.search-fallback ?\{ ?display: ?none;? ?\}/);
    expect(html).not.toMatch(/<form class="search-form"[^>]*hidden/);
  });
});

describe('a document in Welsh (fictional fixture)', () => {
  const welsh = '/responses/dyffryn/vetting-review-2021/';

  test('is a page in Welsh, with the site around it marked as English', () => {
    const page = readPage(FIXTURE_SITE, welsh);
    expect(page).toMatch(/<html lang="cy"/);
    expect(page).toMatch(/<header class="site-header" lang="en"/);
    expect(page).toMatch(/<footer class="site-footer" lang="en"/);
    expect(readPage(FIXTURE_SITE, '/responses/northshire/vetting-review-2021/')).toMatch(/<html lang="en"/);
  });

  test('is indexed under Welsh, in a shard the search page searches too', async () => {
    const { shards } = JSON.parse(readFileSync(join(FIXTURE_SITE, 'pagefind', SHARD_MANIFEST), 'utf8')) as SearchManifest;
    const welshShards = shards.filter((s) => s.language === 'cy');
    expect(welshShards.map((s) => s.pages)).toEqual([1]);
    const entry = JSON.parse(readFileSync(join(FIXTURE_SITE, 'pagefind', welshShards[0]!.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.cy?.page_count).toBe(1);
    const shipped = JSON.parse(readFileSync(join(SITE, 'pagefind', SHARD_MANIFEST), 'utf8')) as SearchManifest;
    expect(shipped.shards.map((s) => s.language)).toEqual(['en']);
    const index = await openSiteIndex(FIXTURE_SITE);
    try {
      expect((await index.search('ymateb')).map((p) => p.url)).toContain(welsh);
    } finally {
      await index.close();
    }
  });

  test('keeps a title written with markup characters as text in the index', async () => {
    const index = await openSiteIndex(FIXTURE_SITE);
    try {
      const found = await index.search(null, { filters: { force: { any: ['Northshire Constabulary'] } } });
      expect(found.map((p) => p.meta.title)).toContain(MARKUP_TITLE);
    } finally {
      await index.close();
    }
  });
});
