/**
 * The built sites every quality gate runs over, and their pages found by walking the build
 * output (not a sitemap), so a new page type is checked without a new test.
 */
import { readBuiltSite, type BuiltSite } from '../../scripts/lib/links.ts';
import { AWKWARD_SITE, GENERATED_SITE, SITE, SUBPATH_BASE, SUBPATH_SITE } from './paths.ts';

export interface SiteUnderTest {
  name: string;
  dir: string;
  base: string;
  /** Whether the browser gates visit it too (the sub-path build has the same pages as the plain one). */
  inBrowser: boolean;
}

export const SITES: SiteUnderTest[] = [
  { name: 'the shipped content', dir: SITE, base: '/', inBrowser: true },
  { name: 'the shipped content under a sub-path', dir: SUBPATH_SITE, base: SUBPATH_BASE, inBrowser: false },
  { name: 'a generated site of fictional forces', dir: GENERATED_SITE, base: '/', inBrowser: true },
  { name: 'awkward but valid content', dir: AWKWARD_SITE, base: '/', inBrowser: true },
];

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

/** The URL paths of the pages that may run JavaScript: only search. */
export function mayRunScripts(path: string, base: string): boolean {
  return path.startsWith(`${base}search/`);
}
