import { describe, expect, test } from 'vitest';
import type { BuiltSite } from '../../../src/lib/office/links.ts';
import { checkBuiltSite, expectedPaths } from '../../../src/lib/office/site-check.ts';
import { makeInspection, makeResponse, makeSite, NORTHSHIRE } from '../support/factories.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placeholder</title></head><body>${body}</body></html>`;

/** A built site in memory, under `base`: pages by path from the base, and other files. */
function built(base: string, pages: Record<string, string>, files: string[] = []): BuiltSite {
  const pageMap = new Map(Object.entries(pages).map(([path, html]) => [`${base}${path.replace(/^\//, '')}`, html]));
  const fileSet = new Set([...files.map((f) => `${base}${f.replace(/^\//, '')}`), ...[...pageMap.keys()].map((p) => `${p}index.html`)]);
  return { base, pages: pageMap, files: fileSet };
}

describe('checks on a built site', () => {
  const pages = {
    '/': page('<a href="/forces/">Forces</a> <a href="/data/responses.csv">CSV</a> <a href="https://www.example.org/">Elsewhere</a> <a href="#main">Skip</a><main id="main"></main>'),
    '/forces/': page('<a href="../">Home</a> <a href="northshire/">Northshire</a>'),
    '/forces/northshire/': page('<a href="/">Home</a>'),
  };
  const site = built('/', pages, ['/data/responses.csv']);

  test('passes a site whose pages are all there and whose links all lead somewhere', () => {
    expect(checkBuiltSite(site, ['/', '/forces/', '/forces/northshire/', '/data/responses.csv'])).toEqual([]);
  });

  test('reports a page the content calls for that the build lacks', () => {
    expect(checkBuiltSite(site, ['/forces/westmere/'])).toEqual(['The page /forces/westmere/ is missing from the build.']);
  });

  test('reports a link within the site that leads nowhere, and not links elsewhere', () => {
    const broken = built('/', { ...pages, '/forces/northshire/': page('<a href="/inspections/placeholder/">Gone</a> <a href="mailto:opcc@example.org">Mail</a>') }, ['/data/responses.csv']);
    expect(checkBuiltSite(broken, [])).toEqual(['/forces/northshire/ links to /inspections/placeholder/, which is broken: there is no page or file at /inspections/placeholder/.']);
  });

  test('reports a link to a part of a page that is not there', () => {
    const broken = built('/', { ...pages, '/forces/': page('<a href="northshire/#documents">Documents</a>') }, ['/data/responses.csv']);
    expect(checkBuiltSite(broken, [])).toEqual(['/forces/ links to northshire/#documents, which is broken: /forces/northshire/ has no element with id "documents".']);
  });

  test('reports HTML that does not parse cleanly', () => {
    const bad = built('/', { '/': '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a" id="b">Placeholder</p></body></html>' });
    expect(checkBuiltSite(bad, [])[0]).toMatch(/^\/ is not well-formed HTML: /);
  });

  test('finds pages and follows links under a sub-path the way a browser does', () => {
    const sub = built('/pcc-responses/', {
      '/': page('<a href="/pcc-responses/forces/">Forces</a> <a href="data/responses.json">JSON</a>'),
      '/forces/': page('<a href="../">Home</a> <a href="/forces/">Outside the base path</a>'),
    }, ['/data/responses.json']);
    expect(checkBuiltSite(sub, ['/', '/forces/', '/data/responses.json'])).toEqual([
      '/pcc-responses/forces/ links to /forces/, which is broken: it leaves the site\'s base path /pcc-responses/.',
    ]);
  });

  test('expects a page for every inspection, recommendation, force and document, the accessibility statement, security.txt and what is due', () => {
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
      '/accessibility/',
      '/.well-known/security.txt',
      '/due/',
    ]));
  });
});
