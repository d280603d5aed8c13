/**
 * What a reader's first search downloads: serves a built site on loopback, opens
 * `/search/?q=<word>` in a fresh Chromium (nothing cached), waits for the results, and adds
 * up every response by kind. Each response is counted twice: its raw bytes (what the
 * server sent: this server compresses nothing), and the bytes a static host that gzips text
 * types (HTML, CSS, JavaScript, JSON) would send. Pagefind's own files (index, metadata,
 * fragments, WebAssembly) are gzipped by Pagefind already, so hosts send them as they are.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveStatic } from '../../tests/support/browser.ts';

/** A word the generated corpus uses on many pages (scripts/lib/prose.ts), for a realistic first search. */
export const FIRST_SEARCH_QUERY = 'vetting';

export const DOWNLOAD_KINDS = ['page', 'css', 'js', 'wasm', 'metadata', 'index', 'filters', 'fragments', 'other'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

export interface Bytes {
  raw: number;
  /** As a host that gzips text types would send it. */
  wire: number;
  files: number;
}

export interface FirstSearch {
  query: string;
  /** What the page said once the results were shown. */
  status: string;
  kinds: Record<DownloadKind, Bytes>;
  total: Bytes;
}

/** The kind of a response, from its address. */
export function kindOf(pathname: string, isPage: boolean): DownloadKind {
  if (isPage) return 'page';
  if (pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.js')) return 'js';
  if (/\/wasm\.[\w-]+\.pagefind$/.test(pathname)) return 'wasm';
  if (pathname.endsWith('.pf_meta') || pathname.endsWith('pagefind-entry.json')) return 'metadata';
  if (pathname.endsWith('.pf_index')) return 'index';
  if (pathname.endsWith('.pf_filter')) return 'filters';
  if (pathname.endsWith('.pf_fragment')) return 'fragments';
  return 'other';
}

const TEXT_TYPES = /^(text\/|application\/(json|javascript|xml)|image\/svg)/;

/** Opens the search for `query` on the site built in `siteDir` (served at `/`) and adds up what it downloaded. */
export async function measureFirstSearch(siteDir: string, query = FIRST_SEARCH_QUERY): Promise<FirstSearch> {
  const [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir)]);
  try {
    const page = await browser.newPage();
    const kinds = Object.fromEntries(DOWNLOAD_KINDS.map((k) => [k, { raw: 0, wire: 0, files: 0 }])) as Record<DownloadKind, Bytes>;
    const counted: Promise<void>[] = [];
    page.on('response', (response) => {
      counted.push((async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'] ?? '';
        const kind = kindOf(new URL(response.url()).pathname, response.request().resourceType() === 'document');
        kinds[kind].raw += body.byteLength;
        kinds[kind].wire += TEXT_TYPES.test(type) ? gzipSync(body).byteLength : body.byteLength;
        kinds[kind].files += 1;
      })());
    });
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /results? for|No results/ }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(counted);
    const total = { raw: 0, wire: 0, files: 0 };
    for (const k of DOWNLOAD_KINDS) for (const key of ['raw', 'wire', 'files'] as const) total[key] += kinds[k][key];
    return { query, status: (await status.textContent()) ?? '', kinds, total };
  } finally {
    await browser.close();
    await server.close();
  }
}
