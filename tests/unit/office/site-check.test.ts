import { describe, expect, test } from 'vitest';
import { checkBuiltSite, expectedPaths, internalTarget } from '../../../src/lib/office/site-check.ts';
import { makeInspection, makeResponse, makeSite, NORTHSHIRE } from '../support/factories.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placeholder</title></head><body>${body}</body></html>`;

describe('checks on a built site', () => {
  const files = new Map<string, string | null>([
    ['index.html', page('<a href="/forces/">Forces</a> <a href="/data/responses.csv">CSV</a> <a href="https://www.example.org/">Elsewhere</a> <a href="#main">Skip</a>')],
    ['forces/index.html', page('<a href="../">Home</a> <a href="northshire/">Northshire</a>')],
    ['forces/northshire/index.html', page('<a href="/">Home</a>')],
    ['data/responses.csv', null],
  ]);

  test('passes a site whose pages are all there and whose links all lead somewhere', () => {
    expect(checkBuiltSite(files, ['/', '/forces/', '/forces/northshire/', '/data/responses.csv'], '/')).toEqual([]);
  });

  test('reports a page the content calls for that the build lacks', () => {
    expect(checkBuiltSite(files, ['/forces/westmere/'], '/')).toEqual(['The page /forces/westmere/ is missing from the build.']);
  });

  test('reports a link within the site that leads nowhere, and not links elsewhere', () => {
    const broken = new Map(files).set('forces/northshire/index.html', page('<a href="/inspections/placeholder/">Gone</a> <a href="mailto:opcc@example.org">Mail</a>'));
    expect(checkBuiltSite(broken, [], '/')).toEqual(['forces/northshire/index.html links to /inspections/placeholder/, which is not in the build.']);
  });

  test('reports HTML that does not parse cleanly', () => {
    const bad = new Map([['index.html', '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a" id="b">Placeholder</p></body></html>']]);
    expect(checkBuiltSite(bad, [], '/')[0]).toMatch(/^index\.html is not well-formed HTML: /);
  });

  test('resolves links under a sub-path the way a browser does', () => {
    expect(internalTarget('/pcc-responses/forces/', '/inspections/x/', '/pcc-responses/')).toBe('forces/index.html');
    expect(internalTarget('../../data/responses.json', '/inspections/x/', '/pcc-responses/')).toBe('data/responses.json');
    expect(internalTarget('https://www.example.org/', '/', '/')).toBeNull();
  });

  test('expects a page for every inspection, recommendation, force and document', () => {
    const site = makeSite({
      forces: [NORTHSHIRE],
      inspections: [makeInspection({ id: 'placeholder-review' })],
      responses: [makeResponse({ force: 'northshire', inspection: 'placeholder-review' })],
    });
    const paths = expectedPaths(site);
    expect(paths).toEqual(expect.arrayContaining([
      '/inspections/placeholder-review/',
      '/inspections/placeholder-review/recommendations/3/',
      '/forces/northshire/',
      '/responses/northshire/placeholder-review/',
      '/data/responses.json',
    ]));
  });
});
