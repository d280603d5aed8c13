/**
 * The search index's records written to a file as they are made (./search-index.ts), a line
 * of JSON each, so only a few pages' text is held at once, and read back a shard at a time.
 */
import { hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { CustomRecord } from 'pagefind';
import { writeAll } from '../../basics/write-bytes.ts';
import { DATE_SORT_KEY } from './search-options.ts';
import type { SearchEntry } from './search-records.ts';

/** Where a page's record is in the spill file, with what the shards are planned by. */
export interface Spilled {
  offset: number;
  length: number;
  /** A digest of its line, which the shard's digest is made of. */
  digest: Buffer;
  url: string;
  language: string;
  day: string | undefined;
}

/** About how many bytes of lines `spill` gathers before writing them. */
const SPILL_BYTES = 1024 * 1024;

/**
 * Writes each entry as a line of JSON into `file`, a megabyte at a time (so only a few pages'
 * text is held at once), giving way to the page rendering between batches; notes where each
 * line is and a digest of it.
 */
export async function spill(entries: Iterable<SearchEntry>, file: string): Promise<Spilled[]> {
  const fd = openSync(file, 'w');
  const spilled: Spilled[] = [];
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    writeAll(fd, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const entry of entries) {
      const bytes = Buffer.from(JSON.stringify(toCustomRecord(entry)));
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= SPILL_BYTES) flush();
      const day = entry.sort.find((s) => s.name === DATE_SORT_KEY)?.value;
      spilled.push({ offset, length: bytes.length, digest: hash('sha256', bytes, 'buffer'), url: entry.url, language: entry.language, day });
      offset += bytes.length;
      if (spilled.length % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
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

export function readRecord(fd: number, { offset, length }: Spilled): string {
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, offset);
  return buffer.toString('utf8');
}

/** An entry as Pagefind takes it: each filter's values as a list, meta and sort keys as plain fields. */
function toCustomRecord(entry: SearchEntry): CustomRecord {
  const filters: Record<string, string[]> = {};
  for (const f of entry.filters) (filters[f.name] ??= []).push(f.value);
  return {
    url: entry.url,
    content: entry.content,
    language: entry.language,
    meta: Object.fromEntries(entry.meta.map((m) => [m.name, m.value])),
    filters,
    sort: Object.fromEntries(entry.sort.map((s) => [s.name, s.value])),
  };
}
