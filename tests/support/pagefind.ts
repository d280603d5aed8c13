/**
 * The built site's own search index, queried from Node with the site's own pagefind.js (no
 * browser), configured as the built search page configures it: with the bundle address and
 * base path written into that page.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './browser.ts';
import { readPage } from './html.ts';

export interface IndexedPage {
  /** Pagefind's id for the page, the same in every search. */
  id: string;
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
}

export interface SiteIndex {
  /** Every page matching `term` (null: every page) and the options, in Pagefind's order. */
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<IndexedPage[]>;
  /** Every filter and its values, with how many pages have each. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: { id: string; data(): Promise<Omit<IndexedPage, 'id'>> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** Opens the index of the site built in `siteDir`, served on loopback at the site's base path. */
export async function openSiteIndex(siteDir: string): Promise<SiteIndex> {
  const html = readPage(siteDir, '/search/');
  const bundle = /data-bundle="([^"]+)"/.exec(html)?.[1];
  const baseUrl = /data-base-url="([^"]+)"/.exec(html)?.[1];
  if (!bundle || !baseUrl) throw new Error('The search page does not say where the index is (data-bundle, data-base-url).');
  const server = await serveStatic(siteDir, baseUrl);
  const pagefind = (await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ basePath: `${server.origin}${bundle}`, baseUrl });
  await pagefind.init();
  return {
    async search(term, options = {}) {
      const found = await pagefind.search(term, options);
      return Promise.all(found.results.map(async (r) => ({ ...(await r.data()), id: r.id })));
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy();
      await server.close();
    },
  };
}
