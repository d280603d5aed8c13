/**
 * Keeps Astro's incremental build (`experimental.incrementalBuild`) from restoring a page
 * that a failed build overwrote. Astro writes each page it renders into its cache as it
 * goes, but writes the list of cache keys only once every page is done: a build that dies
 * part-way (an error, the machine running out of memory) leaves the old list beside some
 * new pages, and the next build with the old content (the edit undone) would restore those
 * new pages as if they were the old ones. So a build marks the cache when it starts and
 * clears the mark when it finishes; a build that finds the mark left behind drops the list,
 * and renders every page.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Astro's list of last build's pages and their cache keys, in its cache folder (node_modules/astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
const UNFINISHED = 'pcc-build-unfinished';

/** Call when a build starts: drops the cache list if the last build did not finish, and marks this one as under way. */
export function startIncrementalBuild(cacheDir: string): { dropped: boolean } {
  const mark = join(cacheDir, UNFINISHED);
  const dropped = existsSync(mark) && existsSync(join(cacheDir, INCREMENTAL_MANIFEST));
  if (existsSync(mark)) rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, `${process.pid}\n`);
  return { dropped };
}

/** Call when a build has finished, its search index and sitemap written. */
export function finishIncrementalBuild(cacheDir: string): void {
  rmSync(join(cacheDir, UNFINISHED), { force: true });
}

/** List it after the integrations whose `astro:build:done` must succeed for the build to count as finished. */
export function incrementalIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'pcc-incremental',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (startIncrementalBuild(cacheDir).dropped) logger.warn('The last build did not finish, so every page is rendered again.');
      },
      'astro:build:done': () => finishIncrementalBuild(cacheDir),
    },
  };
}
