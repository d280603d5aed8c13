import { describe, expect, test } from 'vitest';
import { findBrokenLinks, isExternal, readTargets, urlPathOf, type BuiltSite } from '../../src/lib/office/links.ts';

/** A small built site in memory: pages by URL path, and any other files. */
function site(base: string, pages: Record<string, string>, files: string[] = []): BuiltSite {
  const pageMap = new Map(Object.entries(pages));
  const fileSet = new Set([...files, ...[...pageMap.keys()].map((p) => (p.endsWith('/') ? `${p}index.html` : p))]);
  return { base, pages: pageMap, files: fileSet };
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Placeholder</title></head><body>${body}</body></html>`;

describe('readTargets', () => {
  test('collects links, stylesheets and scripts, and every element id', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><script src="/s.js"></script></head>
      <body><a href="/x/">X</a><h2 id="one">One</h2><form action="/search/"></form><p id="two">Two</p></body></html>`;
    const targets = readTargets(html);
    expect(targets.links).toEqual(['/a.css', '/s.js', '/x/', '/search/']);
    expect([...targets.ids]).toEqual(['one', 'two']);
  });

  test('decodes entities in addresses as a browser does', () => {
    expect(readTargets(page('<a href="/a/?x=1&amp;y=2">A</a>')).links).toEqual(['/a/?x=1&y=2']);
  });
});

describe('isExternal', () => {
  test('treats addresses with a scheme, or protocol-relative ones, as leaving the site', () => {
    for (const href of ['https://www.gov.uk/', 'http://example.org', 'mailto:someone@example.org', 'tel:+440000000000', '//cdn.example.org/x.js']) {
      expect(isExternal(href), href).toBe(true);
    }
    for (const href of ['/forces/', 'forces/', '../', '#main', '?q=1']) expect(isExternal(href), href).toBe(false);
  });
});

describe('urlPathOf', () => {
  test('serves index.html files at their folder', () => {
    expect(urlPathOf('forces/northshire/index.html', '/')).toBe('/forces/northshire/');
    expect(urlPathOf('index.html', '/pcc-responses/')).toBe('/pcc-responses/');
    expect(urlPathOf('data/responses.csv', '/pcc-responses/')).toBe('/pcc-responses/data/responses.csv');
  });
});

describe('findBrokenLinks', () => {
  test('passes a site whose links, files and fragments all exist', () => {
    const built = site('/', {
      '/': page('<a href="/forces/">Forces</a> <a href="/forces/#northshire">Northshire</a> <a href="#main">Skip</a><main id="main"></main><a href="/data/responses.csv">CSV</a>'),
      '/forces/': page('<h2 id="northshire">Northshire Constabulary</h2><a href="../">Home</a><a href="northshire/">Northshire</a>'),
      '/forces/northshire/': page('<a href="/forces">All forces</a>'),
    }, ['/data/responses.csv']);
    expect(findBrokenLinks(built)).toEqual([]);
  });

  test('reports a link to a page that was not built', () => {
    const built = site('/', { '/': page('<a href="/forces/westmere/">Westmere</a>') });
    expect(findBrokenLinks(built)).toEqual([{ page: '/', href: '/forces/westmere/', reason: 'there is no page or file at /forces/westmere/' }]);
  });

  test('reports a fragment with no element of that id on the target page', () => {
    const built = site('/', {
      '/': page('<a href="/forces/#eastmarch">Eastmarch</a><a href="#nowhere">Nowhere</a>'),
      '/forces/': page('<h2 id="northshire">Northshire</h2>'),
    });
    expect(findBrokenLinks(built).map((b) => b.reason)).toEqual([
      '/forces/ has no element with id "eastmarch"',
      '/ has no element with id "nowhere"',
    ]);
  });

  test('matches percent-encoded fragments and paths to their decoded ids and files', () => {
    const built = site('/', {
      '/': page('<a href="/inspections/x/recommendations/4%20a/#ateb-%C5%B5">Rec</a>'),
      '/inspections/x/recommendations/4 a/': page('<h2 id="ateb-ŵ">Ateb</h2>'),
    });
    expect(findBrokenLinks(built)).toEqual([]);
  });

  test('reports a stylesheet or script that is missing', () => {
    const built = site('/', { '/': `<!doctype html><html><head><link rel="stylesheet" href="/_astro/gone.css"></head><body></body></html>` });
    expect(findBrokenLinks(built)).toHaveLength(1);
  });

  test('reports an empty address or a bare # as leading nowhere', () => {
    const built = site('/', { '/': page('<a href="#">Top</a><a href="">Here</a>') });
    expect(findBrokenLinks(built)).toHaveLength(2);
  });

  test('does not fetch or judge links to other sites', () => {
    const built = site('/', { '/': page('<a href="https://www.justiceinspectorates.gov.uk/nowhere/#x">Report</a><a href="mailto:placeholder@example.org">Email</a>') });
    expect(findBrokenLinks(built)).toEqual([]);
  });

  describe('under a base path', () => {
    test('resolves links that include the base path', () => {
      const built = site('/pcc-responses/', {
        '/pcc-responses/': page('<a href="/pcc-responses/forces/">Forces</a><a href="forces/">Forces, relatively</a>'),
        '/pcc-responses/forces/': page('<a href="/pcc-responses/">Home</a>'),
      });
      expect(findBrokenLinks(built)).toEqual([]);
    });

    test('reports a root-relative link that forgot the base path, even when the page exists under it', () => {
      const built = site('/pcc-responses/', {
        '/pcc-responses/': page('<a href="/forces/">Forces</a>'),
        '/pcc-responses/forces/': page('<p>Forces</p>'),
      });
      expect(findBrokenLinks(built)).toEqual([{ page: '/pcc-responses/', href: '/forces/', reason: "it leaves the site's base path /pcc-responses/" }]);
    });
  });
});
