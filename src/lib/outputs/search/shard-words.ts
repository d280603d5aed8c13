/**
 * Each shard's word counts (./first-results.ts's `WordCounter`), kept in the search cache beside
 * the shard's folder: they depend only on its records, as its folder does, so a rebuild counts
 * only the shards it indexes and adds the others' kept counts (counting every page's words took
 * 1.3 s of a rebuild's CPU at 10,000 documents, where one shard of 8 had changed).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { WORD_COUNT_FORMAT, WordCounter, type WordCounts } from './first-results.ts';

/** A shard's word counts are kept beside its folder, in a file named by it and this. */
const COUNTS_SUFFIX = `.words-${WORD_COUNT_FORMAT}.json`;

/** The records, each counted into `counter` on its way to Pagefind. */
export function* counting<R extends { content: string }>(records: Iterable<R>, counter: WordCounter): Generator<R> {
  for (const record of records) {
    counter.add(record.content);
    yield record;
  }
}

/** The counts of a shard's records, counted here. */
export function countWords(records: Iterable<{ content: string }>): WordCounts {
  const counter = new WordCounter();
  for (const record of records) counter.add(record.content);
  return counter.counts();
}

/** The file holding the counts of the shard in `shardDir`. */
export function countsFile(shardDir: string): string {
  return `${shardDir}${COUNTS_SUFFIX}`;
}

/** A reused shard's kept counts; none for a shard kept by a build before counts were kept. */
export function keptCounts(shardDir: string): WordCounts | undefined {
  return existsSync(countsFile(shardDir)) ? (JSON.parse(readFileSync(countsFile(shardDir), 'utf8')) as WordCounts) : undefined;
}

/** Keeps a shard's counts beside it (written whole, or not at all), and gives them back. */
export function keepCounts(shardDir: string, counts: WordCounts): WordCounts {
  writeFileSync(`${countsFile(shardDir)}.tmp`, JSON.stringify(counts));
  renameSync(`${countsFile(shardDir)}.tmp`, countsFile(shardDir));
  return counts;
}
