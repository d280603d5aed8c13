/**
 * Hands the content loaded by the build's validation (in the integration's
 * `astro:config:setup`) to the pages, so a build reads and renders every file once, not
 * twice. The integration and the pages are separate module instances (Astro bundles the
 * pages), so the result waits on `globalThis` for the one taker with the same folder.
 */
import type { LoadResult } from './model.ts';

const KEY = Symbol.for('pcc-responses.loaded-content');

interface Handover {
  dir: string;
  result: LoadResult;
}

type Holder = { [KEY]?: Handover };

/** Leaves a load result for the next `takeLoadedContent(dir)`. */
export function handOverLoadedContent(dir: string, result: LoadResult): void {
  (globalThis as Holder)[KEY] = { dir, result };
}

/** The result left for `dir`, once: a second call, or a call for another folder, gets undefined. */
export function takeLoadedContent(dir: string): LoadResult | undefined {
  const holder = globalThis as Holder;
  const handover = holder[KEY];
  if (!handover || handover.dir !== dir) return undefined;
  delete holder[KEY];
  return handover.result;
}
