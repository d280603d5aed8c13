/**
 * Where each language's pages are, from the office's `languages` setting: with both (in either
 * order), the English pages are at the root and the Welsh under `/cy/` (after the base path),
 * each the twin of the English page at the same path without it; one language alone is at the root.
 */
import type { SITE_LANGUAGES } from '../../schemas/site-config.ts';

export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

interface Where {
  base: string;
  languages: readonly SiteLanguage[];
}

/** The folder of the Welsh pages, after the base path, when the site has both languages. */
export const WELSH_FOLDER = 'cy';

/** Whether the site has both languages, so every page has a twin. */
export function isBilingual(where: Where): boolean {
  return where.languages.includes('en') && where.languages.includes('cy');
}

/** The language of the page at `pathname` (a path from the site's root, base path included). */
export function languageOfPath(where: Where, pathname: string): SiteLanguage {
  if (!isBilingual(where)) return where.languages[0] ?? 'en';
  const folder = `${where.base}${WELSH_FOLDER}`;
  return pathname === folder || pathname.startsWith(`${folder}/`) ? 'cy' : 'en';
}

/** The base path of the pages in `lang`: the site's base, or the Welsh folder under it. */
export function pagesBase(where: Where, lang: SiteLanguage): string {
  return isBilingual(where) && lang === 'cy' ? `${where.base}${WELSH_FOLDER}/` : where.base;
}

/** The page's twin in the other language, or null on a site of one language. */
export function twinOf(where: Where, pathname: string): { lang: SiteLanguage; path: string } | null {
  if (!isBilingual(where)) return null;
  const lang = languageOfPath(where, pathname);
  const rest = pathname.slice(pagesBase(where, lang).length);
  const other: SiteLanguage = lang === 'cy' ? 'en' : 'cy';
  return { lang: other, path: `${pagesBase(where, other)}${rest}` };
}
