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
});
