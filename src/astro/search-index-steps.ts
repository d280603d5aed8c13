/**
 * The search index in the build: started from the derived site when the build starts, so
 * Pagefind indexes while the pages render (src/lib/outputs/search/), and written beside the pages
 * once they are all written, with the phase timings the benchmark reads.
 */
import type { AstroIntegrationLogger } from 'astro';
import { searchShardSize } from '../lib/settings/environment.ts';
import type { Site } from '../lib/site/site.ts';
import { recordTiming } from '../lib/basics/timings.ts';
import { toSearchEntries } from '../lib/outputs/search/search-records.ts';
import { buildSearchBundle, writeSearchBundle, type SearchBundle } from '../lib/outputs/search/search-index.ts';

/** The search index being made; settled (never rejected) so a failure waits for the build's end to report it. */
export type Indexing = Promise<{ bundle: SearchBundle } | { error: unknown }>;

/**
 * Starts indexing `site`, keeping each shard in `cacheDir`, for content loaded by the code of
 * version `code` (none: no shard is reused); `astro build --force` indexes every shard again.
 */
export function startSearchIndex(site: Site, cacheDir: string, code: string | null): Indexing {
  const force = process.argv.includes('--force');
  return buildSearchBundle(() => toSearchEntries(site), { cacheDir, force, perShard: searchShardSize(), codeVersion: code ?? undefined }).then((bundle) => ({ bundle }), (error: unknown) => ({ error }));
}

/** Waits for the index, writes it into the built site's folder `dir`, and reports what it did. */
export async function writeSearchIndex(indexing: Indexing, dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const waited = performance.now();
  const indexed = await indexing;
  if ('error' in indexed) {
    const { error } = indexed;
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
  }
  const report = writeSearchBundle(dir, indexed.bundle);
  // The benchmark's `index` phase (src/lib/basics/timings.ts): what indexing adds to the build
  // after rendering, waiting for Pagefind and writing its files; Pagefind's own time,
  // mostly alongside the rendering, is in the log line below.
  recordTiming('index', Math.round(performance.now() - waited));
  // And the search index's own time, from the first record to the last shard written (mostly alongside the rendering).
  recordTiming('pagefind', report.milliseconds);
  const languages = Object.entries(report.languages).map(([lang, pages]) => `${pages} in ${lang}`).join(', ');
  const reused = report.shards - report.indexed;
  const shards = `${report.shards} shard${report.shards === 1 ? '' : 's'} (${report.indexed} indexed${reused ? `, ${reused} unchanged since the last build` : ''})`;
  const peak = report.peakBytes ? `, the largest Pagefind process ${Math.round(report.peakBytes / 2 ** 20)} MiB` : '';
  logger.info(`Search index: ${report.pages} pages (${languages}) in ${shards}, ${Math.round(report.bytes / 1024)} KiB, made in ${report.milliseconds} ms while the pages rendered${peak}.`);
  const first = report.firstResults;
  if (first) {
    const { shards: searched, parts, of } = first.searched;
    const made = `in ${first.milliseconds} ms, searching ${parts} of ${of} word-shard parts in ${searched.length} of ${report.shards} shards${first.peakBytes ? `, at most ${Math.round(first.peakBytes / 2 ** 20)} MiB of memory` : ''}`;
    logger.info(`First results prepared for the ${first.words} commonest words ${first.made ? made : 'unchanged since the last build'}.`);
  }
}
