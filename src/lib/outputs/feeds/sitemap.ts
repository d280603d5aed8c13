/**
 * sitemap.xml (sitemaps.org 0.9): every page of the built site. Sitemaps need absolute
 * addresses, so it is written only when the site's address is configured (PCC_SITE_URL).
 */
import { escapeXml } from '../../basics/xml.ts';

/** Whether a built route is a page (rather than a data file or feed): its path ends in a slash or is the home page. */
export function isPagePath(pathname: string): boolean {
  return pathname === '' || pathname.endsWith('/');
}

/** The sitemap of `paths` (relative to the site root, e.g. `forces/`), under `base` at `siteUrl`. */
export function toSitemapXml(siteUrl: string, base: string, paths: readonly string[]): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, siteUrl);
  const locations = [...new Set(paths.filter(isPagePath).map((p) => new URL(p.replace(/^\/+/, ''), root).href))].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
