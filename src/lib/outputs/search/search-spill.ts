/**
 * The search index's pages, planned and then spilled (./search-index.ts). Planning reads each
 * page's entry once for where it goes and a digest of its record, making no document's text
 * (a document's entry has a `contentKey` that stands in for it). Only the shards whose digest
 * changed need their records: those are then written to a file as lines of JSON, a megabyte
 * at a time, so only a few pages' text is held at once, and read back a shard at a time.
 */
import { hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { CustomRecord } from 'pagefind';
import { writeAll } from '../../basics/write-bytes.ts';
import { DATE_SORT_KEY } from './search-options.ts';
import type { SearchEntry } from './search-records.ts';

/** A page of the index: what decides its shard, its date, and a digest of its record. */
export interface PlannedPage {
  url: string;
  language: string;
  day: string | undefined;
  /** A digest of its record (with its `contentKey` in place of its words, where it has one). */
  digest: Buffer;
}

/** Where a page's record lies in the spill file. */
export interface SpilledRecord {
  offset: number;
  length: number;
}

/** How many entries are read between turns of the event loop, so the pages go on rendering. */
const ENTRIES_AT_ONCE = 64;

/**
 * Each entry's place and digest. `code`, the loader's code version, goes into the digest of
 * an entry that has a `contentKey`: its words are made by that code from what the key names.
 */
export async function planPages(entries: Iterable<SearchEntry>, code: string): Promise<PlannedPage[]> {
  const pages: PlannedPage[] = [];
  for (const entry of entries) {
    const line = entry.contentKey === undefined
      ? JSON.stringify(toCustomRecord(entry))
      : JSON.stringify([toCustomRecord(entry, ''), entry.contentKey, code]);
    const day = entry.sort.find((s) => s.name === DATE_SORT_KEY)?.value;
    pages.push({ url: entry.url, language: entry.language, day, digest: hash('sha256', line, 'buffer') });
    if (pages.length % ENTRIES_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return pages;
}

/** About how many bytes of lines `spill` gathers before writing them. */
const SPILL_BYTES = 1024 * 1024;

/**
 * Writes the record of each entry whose page is `wanted` as a line of JSON into `file`, a
 * megabyte at a time, giving way to the page rendering between batches; says where each is.
 */
export async function spill(entries: Iterable<SearchEntry>, file: string, wanted: (url: string) => boolean): Promise<Map<string, SpilledRecord>> {
  const fd = openSync(file, 'w');
  const spilled = new Map<string, SpilledRecord>();
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let read = 0;
  const flush = () => {
    writeAll(fd, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const entry of entries) {
      if (++read % ENTRIES_AT_ONCE === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!wanted(entry.url)) continue;
      const bytes = Buffer.from(JSON.stringify(toCustomRecord(entry)));
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= SPILL_BYTES) flush();
      spilled.set(entry.url, { offset, length: bytes.length });
      offset += bytes.length;
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return spilled;
}

export function* parsed(lines: string[]): Generator<CustomRecord> {
  for (const line of lines) yield JSON.parse(line) as CustomRecord;
}

export function readRecord(fd: number, { offset, length }: SpilledRecord): string {
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, offset);
  return buffer.toString('utf8');
}

/**
 * An entry as Pagefind takes it: each filter's values as a list, meta and sort keys as plain
 * fields; with `content` in place of its words where given (its words are then not made).
 */
function toCustomRecord(entry: SearchEntry, content?: string): CustomRecord {
  const filters: Record<string, string[]> = {};
  for (const f of entry.filters) (filters[f.name] ??= []).push(f.value);
  return {
    url: entry.url,
    content: content ?? entry.content,
    language: entry.language,
    meta: Object.fromEntries(entry.meta.map((m) => [m.name, m.value])),
    filters,
    sort: Object.fromEntries(entry.sort.map((s) => [s.name, s.value])),
  };
}
