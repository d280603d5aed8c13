/**
 * Which shard each page of the search index goes in. A shard is one Pagefind index of one
 * language's pages, of at most about `RECORDS_PER_SHARD` pages: the indexing process's memory
 * grows with the pages it holds, so it is bounded by a shard, not by the site.
 *
 * The shard is chosen by a hash of the page's address, so each shard is a random sample of
 * the pages (its word statistics, and so Pagefind's scores, are those of the whole site), and
 * an edit changes the one shard its page is in. An inspection's page and its
 * recommendations' comparison pages share a shard (they share a day, so the date orders keep
 * them in the order a single index would). The number of shards of a language is the fewest
 * that keep each at most `RECORDS_PER_SHARD`: it changes only when the site grows or shrinks
 * past a multiple of it, and then every shard of that language is indexed again, once.
 */
import { createHash } from 'node:crypto';

/**
 * The most pages a shard holds. Pagefind's process peaks at about 0.25 MiB a page of this
 * site's, plus some 60 MiB (at 10,000 documents: 340 MiB for shards of 1,000 pages, 570 MiB
 * for 2,000, 3.6 GiB for one index of all 14,559), and a rebuild after one edit indexes its
 * shard again (the search index's part of a rebuild at 10,000 documents: 7.2 to 8.0 s with
 * shards of 2,000 pages, 4.2 to 4.8 s with 1,000), while each shard adds a little to a search
 * for a rare word (at 10,000 documents, 382 KB on the wire with shards of 1,000 against 356 KB
 * with 2,000: docs/performance.md).
 */
export const RECORDS_PER_SHARD = 1000;

/** How many shards `pages` pages of one language need. */
export function shardCount(pages: number, perShard = RECORDS_PER_SHARD): number {
  return Math.max(1, Math.ceil(pages / perShard));
}

/** What decides a page's shard: its address, or its inspection's for a comparison page. */
export function shardGroup(url: string): string {
  return url.replace(/^(\/inspections\/[^/]+\/)recommendations\/[^/]+\/$/, '$1');
}

/** The shard (from 0) of the page at `url` among `count`: a stable hash of its group. */
export function shardOf(url: string, count: number): number {
  if (count === 1) return 0;
  return createHash('sha256').update(shardGroup(url)).digest().readUInt32BE(0) % count;
}

/** A shard's id and folder: `<language>-<number>`. */
export function shardId(language: string, shard: number): string {
  return `${language}-${shard}`;
}
