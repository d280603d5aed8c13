/** Where each language's pages are, from the office's `languages` setting (src/lib/settings/languages.ts). */
import { describe, expect, test } from 'vitest';
import { welshRoutes } from '../../../src/astro/welsh-routes.ts';
import { isBilingual, languageOfPath, pagesBase, twinOf } from '../../../src/lib/settings/languages.ts';
import { toLayoutView } from '../../../src/lib/views/layout.ts';
import { siteConfigSchema } from '../../../src/schemas/site-config.ts';

describe('the pages of each language', () => {
  test('an English site has no Welsh pages and no twins', () => {
    const where = { base: '/', languages: ['en'] as const };
    expect(isBilingual(where)).toBe(false);
    expect(languageOfPath(where, '/cy/inspections/')).toBe('en');
    expect(twinOf(where, '/inspections/')).toBeNull();
    expect(pagesBase(where, 'cy')).toBe('/');
  });

  test('a site in both languages has the Welsh under /cy/ after the base path, each page the twin of the other', () => {
    const where = { base: '/responses/', languages: ['en', 'cy'] as const };
    expect(languageOfPath(where, '/responses/')).toBe('en');
    expect(languageOfPath(where, '/responses/cy/')).toBe('cy');
    expect(languageOfPath(where, '/responses/cy')).toBe('cy');
    expect(languageOfPath(where, '/responses/cymru-review/')).toBe('en');
    expect(twinOf(where, '/responses/inspections/a-review/')).toEqual({ lang: 'cy', path: '/responses/cy/inspections/a-review/' });
    expect(twinOf(where, '/responses/cy/inspections/a-review/')).toEqual({ lang: 'en', path: '/responses/inspections/a-review/' });
    expect(twinOf(where, '/responses/')).toEqual({ lang: 'cy', path: '/responses/cy/' });
    expect(pagesBase(where, 'cy')).toBe('/responses/cy/');
  });

  test('a site in Welsh alone is Welsh at the root, with no twins', () => {
    const where = { base: '/', languages: ['cy'] as const };
    expect(languageOfPath(where, '/')).toBe('cy');
    expect(languageOfPath(where, '/inspections/')).toBe('cy');
    expect(twinOf(where, '/')).toBeNull();
    expect(pagesBase(where, 'cy')).toBe('/');
  });

  test('the layout links a Welsh page to the Welsh pages and to its English twin, and an English-only page to neither', () => {
    const welsh = toLayoutView(siteConfigSchema.parse({ languages: ['en', 'cy'] }), '/cy/forces/', undefined, 'cy');
    expect(welsh.home).toBe('/cy/');
    expect(welsh.nav.find((n) => n.current)?.href).toBe('/cy/forces/');
    expect(welsh.search).toBe('/cy/search/');
    expect(welsh.languages).toEqual({
      switch: { href: '/forces/', text: 'English', lang: 'en' },
      alternates: [{ hreflang: 'en', href: '/forces/' }, { hreflang: 'cy', href: '/cy/forces/' }],
    });
    const english = toLayoutView(siteConfigSchema.parse({}), '/forces/');
    expect(english.languages).toBeNull();
    expect(english.home).toBe('/');
  });

  test('the Welsh routes are every page, and the feeds and calendars; not the editor, nor the data files, which are one contract', () => {
    const patterns = welshRoutes().map((r) => r.pattern);
    for (const pattern of ['/cy', '/cy/inspections/[inspection]', '/cy/data', '/cy/feeds/[feed].xml', '/cy/feeds/forces/[force].xml', '/cy/feeds/inspections/[inspection].xml', '/cy/calendars/[calendar].ics']) {
      expect(patterns, pattern).toContain(pattern);
    }
    expect(patterns.filter((p) => /^\/cy\/(admin|data\/.)/.test(p) || /\.(csv|json)$/.test(p))).toEqual([]);
  });
});
