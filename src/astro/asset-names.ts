/**
 * The names of the files the bundler writes for the pages to link to (stylesheets, scripts),
 * for the pages' cache keys (src/astro/content.ts).
 *
 * Astro's incremental build reuses a page whose key and route code are unchanged, and the
 * route's code does not include the names of the stylesheets and scripts its page links to:
 * the bundler chooses those from the whole site's module graph. A change to one page's
 * imports can move a stylesheet that other pages share into a chunk of another name; those
 * other pages, reused, would still link to the old file, which the build no longer writes
 * (an unstyled page). So every key includes a digest of every such name: a change that
 * renames any of them renders every keyed page again, and an edit to the content, which
 * renames none, renders only the pages it changes (tests/build/incremental-assets.test.ts).
 *
 * The bundler's names are content hashes, so the same code gives the same names, build after
 * build. From the `client` environment every file it writes is taken (the pages' scripts and
 * stylesheets); from `prerender` (the pages' server code) only its assets (its stylesheets,
 * which Astro moves beside the pages), not its code, which pages never link to and which
 * Astro already compares route by route.
 */
import type { Plugin } from 'vite';
import { setBuiltAssets } from './build-state.ts';

/** The environments whose files pages may link to. */
const ENVIRONMENTS = new Set(['client', 'prerender']);

/** Notes each environment's output names once the bundle is complete (after Astro's own renaming). */
export function assetNamesPlugin(): Plugin {
  return {
    name: 'pcc-asset-names',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const environment = this.environment.name;
        if (!ENVIRONMENTS.has(environment)) return;
        const files = Object.values(bundle).filter((file) => environment === 'client' || file.type === 'asset');
        setBuiltAssets(environment, files.map((file) => file.fileName).sort());
      },
    },
  };
}
