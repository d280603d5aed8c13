import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { isPagePath, toSitemapXml } from '../../src/lib/outputs/feeds/sitemap.ts';

describe('the sitemap', () => {
  test('lists pages, not data files or feeds', () => {
    expect(['', 'forces/', 'data/responses.csv', 'feeds/all.xml'].filter(isPagePath)).toEqual(['', 'forces/']);
  });

  test('gives absolute addresses under the base path, once each, in valid XML', () => {
    const xml = toSitemapXml('https://responses.example.org', '/pcc/', ['', 'forces/', '/forces/', 'data/responses.json', 'responses/a&b/']);
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toEqual(['https://responses.example.org/pcc/', 'https://responses.example.org/pcc/forces/', 'https://responses.example.org/pcc/responses/a&b/']);
  });

  test('on a site in both languages, names each page\'s twin as hreflang alternates, English first; a page without a twin has none', () => {
    const xml = toSitemapXml('https://responses.example.org', '/pcc/', ['', 'cy/', 'forces/', 'cy/forces/', 'admin/', 'feeds/all.xml', 'cy/feeds/all.xml'], true);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'url' || n === 'xhtml:link' }).parse(xml).urlset.url as { loc: string; 'xhtml:link'?: Record<string, string>[] }[];
    const alternates = Object.fromEntries(urls.map((u) => [u.loc, (u['xhtml:link'] ?? []).map((l) => [l['@_rel'], l['@_hreflang'], l['@_href']])]));
    const site = 'https://responses.example.org/pcc/';
    expect(Object.keys(alternates)).toEqual([site, `${site}admin/`, `${site}cy/`, `${site}cy/forces/`, `${site}forces/`]);
    const forces = [['alternate', 'en', `${site}forces/`], ['alternate', 'cy', `${site}cy/forces/`]];
    expect(alternates[`${site}forces/`]).toEqual(forces);
    expect(alternates[`${site}cy/forces/`]).toEqual(forces);
    expect(alternates[`${site}cy/`]).toEqual([['alternate', 'en', site], ['alternate', 'cy', `${site}cy/`]]);
    expect(alternates[`${site}admin/`]).toEqual([]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  test('a site in one language has no alternates and no second namespace', () => {
    const xml = toSitemapXml('https://responses.example.org', '/', ['', 'cy/', 'forces/']);
    expect(xml).not.toContain('xhtml');
    expect(xml).toBe(['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url><loc>https://responses.example.org/</loc></url>', '  <url><loc>https://responses.example.org/cy/</loc></url>',
      '  <url><loc>https://responses.example.org/forces/</loc></url>', '</urlset>', ''].join('\n'));
  });
});
