/**
 * The built sites every quality gate runs over, and their pages found by walking the build
 * output (not a sitemap), so a new page type is checked without a new test.
 */
import { readBuiltSite, type BuiltSite } from '../../src/lib/office/links.ts';
import { AWKWARD_SITE, FIXTURE_SITE, GENERATED_SITE, SITE, SUBPATH_BASE, SUBPATH_SITE, WELSH_SITE } from './paths.ts';

export interface SiteUnderTest {
  name: string;
  dir: string;
  base: string;
}

export const SHIPPED: SiteUnderTest = { name: 'the shipped content', dir: SITE, base: '/' };
export const SHIPPED_SUBPATH: SiteUnderTest = { name: 'the shipped content under a sub-path', dir: SUBPATH_SITE, base: SUBPATH_BASE };
export const GENERATED: SiteUnderTest = { name: 'a generated site of fictional forces, with an office\'s settings', dir: GENERATED_SITE, base: '/' };
export const AWKWARD: SiteUnderTest = { name: 'awkward but valid content', dir: AWKWARD_SITE, base: '/' };
export const FIXTURE: SiteUnderTest = { name: 'the fictional fixture, with a Welsh document and a title holding markup characters', dir: FIXTURE_SITE, base: '/' };

export const WELSH: SiteUnderTest = { name: 'a fictional Welsh office\'s site, in English and in Welsh under /cy/', dir: WELSH_SITE, base: '/' };

/**
 * Every built site. The browser gates have a test file for each but the sub-path build,
 * whose pages are the plain build's with other addresses (the link check covers those).
 */
export const SITES: SiteUnderTest[] = [SHIPPED, SHIPPED_SUBPATH, GENERATED, AWKWARD, FIXTURE, WELSH];

const cache = new Map<string, BuiltSite>();

/** The built site's files and pages, read once per test file. */
export function readSite(site: SiteUnderTest): BuiltSite {
  let built = cache.get(site.dir);
  if (!built) {
    built = readBuiltSite(site.dir, site.base);
    cache.set(site.dir, built);
  }
  return built;
}

/** The URL paths of the pages that may run JavaScript: search (in English and in Welsh), and the office's editor. */
export function mayRunScripts(path: string, base: string): boolean {
  return path.startsWith(`${base}search/`) || path.startsWith(`${base}cy/search/`) || isEditorPage(path, base);
}

/**
 * The editor (`/admin/`): the office's tool, not a page for readers, with a policy of its own
 * (src/lib/editor/csp.ts). Its own tests check it (tests/build/editor-page.test.ts,
 * tests/e2e/editor.e2e.test.ts); the readers' page gates leave it out.
 */
export function isEditorPage(path: string, base: string): boolean {
  return path.startsWith(`${base}admin/`);
}

/**
 * A page's type, from its URL: the ids in it replaced by `:id` (fixed words such as `recommendations`
 * and `by-name` kept), so `/forces/westmere/` and
 * `/forces/northshire/` are one type and a new route is a new type without a new test.
 */
export function pageTypeOf(path: string, base: string): string {
  const segments = path.slice(base.length).split('/').filter(Boolean);
  // A Welsh page (/cy/…) is of its English twin's type, in Welsh.
  const first = segments[0] === 'cy' ? 1 : 0;
  return `/${segments.map((s, i) => (i <= first || s === 'recommendations' || s.startsWith('by-') ? s : ':id')).join('/')}${segments.length ? '/' : ''}`;
}

/** One page of each type (the first in path order), for the slower browser checks. */
export function onePagePerType(paths: Iterable<string>, base: string): Map<string, string> {
  const byType = new Map<string, string>();
  for (const path of [...paths].sort()) {
    if (isEditorPage(path, base)) continue;
    const type = pageTypeOf(path, base);
    if (!byType.has(type)) byType.set(type, path);
  }
  return byType;
}
