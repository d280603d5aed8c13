/**
 * The one place that relies on Astro's private workings rather than its public API: the
 * list of pages and cache keys its incremental build (`experimental.incrementalBuild`)
 * leaves in its cache folder, which src/astro/incremental-integration.ts reads and, after a build
 * that did not finish, deletes. Astro may change that file in any release, so the build
 * refuses to run on an Astro other than the one this was checked against, with a message
 * saying what to check, rather than quietly keeping stale pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The Astro releases (major.minor) whose incremental build was read for this file:
 * node_modules/astro/dist/core/build/incremental.js writes `incremental-build.json` into
 * `config.cacheDir` once every page is rendered. 7.4 changed only how a kept page is copied
 * back from the cache (with the cached copy's modification time), not the file or when it is written.
 */
export const SUPPORTED_ASTRO = ['7.3', '7.4'] as const;

/** Astro's list of last build's pages and their cache keys, in its cache folder. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** The installed Astro's version, from its package.json. */
export function installedAstroVersion(): string {
  const file = createRequire(import.meta.url).resolve('astro/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Throws, with one sentence saying what to do, unless `version` is one of the releases in
 * SUPPORTED_ASTRO (any patch of them).
 */
export function checkAstroVersion(version: string): void {
  const [major, minor] = version.split('.');
  if ((SUPPORTED_ASTRO as readonly string[]).includes(`${major}.${minor}`)) return;
  throw new Error(
    `src/astro/astro-internals.ts was written for Astro ${SUPPORTED_ASTRO.join(', ')}, but Astro ${version} is installed: ` +
    `check that node_modules/astro/dist/core/build/incremental.js still writes ${INCREMENTAL_MANIFEST} into the cache folder ` +
    `once every page is rendered, then add ${major}.${minor} to SUPPORTED_ASTRO (or install Astro ${SUPPORTED_ASTRO.at(-1)}).`,
  );
}

/** Where Astro keeps the incremental build's list of pages and keys, after checking the installed Astro is one this was written for. */
export function incrementalManifestFile(cacheDir: string, version = installedAstroVersion()): string {
  checkAstroVersion(version);
  return join(cacheDir, INCREMENTAL_MANIFEST);
}
