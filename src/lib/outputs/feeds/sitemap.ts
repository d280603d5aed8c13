/**
 * sitemap.xml (sitemaps.org 0.9): every page of the built site. Sitemaps need absolute
 * addresses, so it is written only when the site's address is configured (PCC_SITE_URL).
 * On a site in both languages each page that has a twin names both, English first, as
 * `hreflang` alternates (the `xhtml:link` form search engines read in sitemaps), as its
 * `<head>` does; a site in one language has none, so its sitemap is as it always was.
 */
import { escapeXml } from '../../basics/xml.ts';
import { WELSH_FOLDER } from '../../settings/languages.ts';

/** Whether a built route is a page (rather than a data file or feed): its path ends in a slash or is the home page. */
export function isPagePath(pathname: string): boolean {
  return pathname === '' || pathname.endsWith('/');
}

/** A page and its twin, by language, as paths relative to the site root (`forces/` and `cy/forces/`). */
function twinsOf(path: string): [lang: 'en' | 'cy', path: string][] {
  const english = path === WELSH_FOLDER || path.startsWith(`${WELSH_FOLDER}/`) ? path.slice(WELSH_FOLDER.length).replace(/^\//, '') : path;
  return [['en', english], ['cy', `${WELSH_FOLDER}/${english}`]];
}

/**
 * The sitemap of `paths` (relative to the site root, e.g. `forces/`), under `base` at `siteUrl`;
 * `bilingual` for a site in English and Welsh (the Welsh pages under `cy/`), whose pages that
 * have a twin among `paths` name it.
 */
export function toSitemapXml(siteUrl: string, base: string, paths: readonly string[], bilingual = false): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, siteUrl);
  const address = (p: string) => new URL(p.replace(/^\/+/, ''), root).href;
  // One entry per address, however the path was written.
  const byAddress = new Map(paths.filter(isPagePath).map((p) => p.replace(/^\/+/, '')).map((page) => [address(page), page] as const));
  const listed = new Set(byAddress.values());
  const alternates = (page: string) => {
    const twins = bilingual ? twinsOf(page) : [];
    if (!twins.every(([, p]) => listed.has(p))) return '';
    return twins.map(([lang, p]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(address(p))}"/>`).join('');
  };
  const urls = [...byAddress].map(([loc, page]) => [loc, alternates(page)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    bilingual ? '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">' : '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(([loc, links]) => `  <url><loc>${escapeXml(loc)}</loc>${links}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}
