/**
 * The built site's own search index, queried from Node with the site's own pagefind.js (no
 * browser), opened as the built search page opens it (src/lib/outputs/search/search-shards.ts): with the
 * bundle address and base path written into that page, every shard merged.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindSearchOptions } from '../../src/lib/outputs/search/search-options.ts';
import { openShardedSearch, type PagefindModule as BasePagefind } from '../../src/lib/outputs/search/search-shards.ts';
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
  /** Every page matching `term` (null: every page) and the options, in the order the search page gets them. */
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<IndexedPage[]>;
  /** Every filter and its values, with how many pages have each. */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

interface PagefindModule extends BasePagefind<Result> {
  destroy(): Promise<void>;
}

interface Result {
  id: string;
  score: number;
  data(): Promise<Omit<IndexedPage, 'id'>>;
}

/** Opens the index of the site built in `siteDir`, served on loopback at the site's base path, every shard as the search page opens them. */
export async function openSiteIndex(siteDir: string): Promise<SiteIndex> {
  const html = readPage(siteDir, '/search/');
  const bundle = /data-bundle="([^"]+)"/.exec(html)?.[1];
  const baseUrl = /data-base-url="([^"]+)"/.exec(html)?.[1];
  if (!bundle || !baseUrl) throw new Error('The search page does not say where the index is (data-bundle, data-base-url).');
  const server = await serveStatic(siteDir, baseUrl);
  const pagefind = (await import(pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href)) as PagefindModule;
  const readJson = async (url: string) => (await fetch(url)).json() as Promise<unknown>;
  const index = await openShardedSearch(pagefind, { bundle: `${server.origin}${bundle}`, baseUrl, readJson });
  return {
    async search(term, options = {}) {
      const found = await index.search(term, { filters: {}, sort: {}, ...options } as PagefindSearchOptions);
      return Promise.all(found.map(async (r) => ({ ...(await r.data()), id: r.id })));
    },
    filters: () => index.filters(),
    async close() {
      await pagefind.destroy();
      await server.close();
    },
  };
}
