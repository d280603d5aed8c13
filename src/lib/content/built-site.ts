/**
 * Passes the site the pages are built from (src/content.ts) to the integration, which
 * indexes it for search (src/search-index.ts) while Astro renders the pages: the index is
 * made from the same loaded content as the pages, not by reading the built HTML again. The
 * pages and the integration are separate module instances (Astro bundles the pages), so the
 * hand-over goes through `globalThis`, like the validation going the other way (handover.ts).
 */
import type { Site } from '../site.ts';

const KEY = Symbol.for('pcc-responses.built-site');

type Holder = { [KEY]?: (site: Site) => void };

/** Called by the integration before the pages load: `listener` gets the site once they have loaded it. */
export function whenSiteBuilt(listener: (site: Site) => void): void {
  (globalThis as Holder)[KEY] = listener;
}

/** Gives the site the pages are being built from to the listener waiting for it, once. */
export function handOverBuiltSite(site: Site): void {
  const holder = globalThis as Holder;
  const listener = holder[KEY];
  delete holder[KEY];
  listener?.(site);
}
