/**
 * Passes the site the pages were built from (src/content.ts) to the integration's
 * `astro:build:done` hook, which indexes it for search (src/search-index.ts): the index is
 * made from the same loaded content as the pages, not by reading the built HTML again. The
 * pages and the integration are separate module instances (Astro bundles the pages), so the
 * site waits on `globalThis`, like the validation going the other way (handover.ts).
 */
import type { Site } from '../site.ts';

const KEY = Symbol.for('pcc-responses.built-site');

type Holder = { [KEY]?: Site };

/** Keeps the site the pages are being built from, for `takeBuiltSite`. */
export function keepBuiltSite(site: Site): void {
  (globalThis as Holder)[KEY] = site;
}

/** The site the pages were built from, once; undefined if no page loaded it. */
export function takeBuiltSite(): Site | undefined {
  const holder = globalThis as Holder;
  const site = holder[KEY];
  delete holder[KEY];
  return site;
}
