/**
 * How the build's data-file steps (./site-data-steps.ts, ./inspection-data-steps.ts) reuse
 * what the last build wrote: each keeps a note of its own in Astro's cache folder, and decides
 * by the keys of the pages of each inspection (./page-inputs.ts), which hold everything an
 * inspection's records and its documents' records are made from.
 */
import type { Site } from '../lib/site/site.ts';
import { createInputKeys, type InputKeys } from './page-inputs.ts';

export interface DataFileReuse {
  /** Where the steps keep their notes. */
  cacheDir: string;
  keys: InputKeys;
  /** Reuse nothing, but leave the notes for the next build (`astro build --force`, which makes everything again). */
  force?: boolean;
}

/**
 * How a build reuses the last build's data files, for `site` loaded by the code of version
 * `code`, with its notes in `cacheDir`. None without a version (`codeVersion` finds none
 * without the sources), as no page is reused then either.
 */
export function dataFileReuse(site: Site, cacheDir: string, code: string | null): DataFileReuse | undefined {
  return code ? { cacheDir, keys: createInputKeys(site, null, 'data files', code), force: process.argv.includes('--force') } : undefined;
}
