/**
 * The content cache's records on disk (./cache.ts), and reading them all at once into a few
 * long strings, of which each body's HTML and text are slices.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes } from '../basics/read-bytes.ts';
import type { FileRecord, StoredBody } from './cache-stored.ts';

/** Where a body's HTML or text stands among its record's strings: one-byte (0) or not (1), its first character and the one after its last. */
type StringRef = [0 | 1, number, number];

type PackedBody = { html: StringRef; text: StringRef; rest: string } | { v8: string };

/** The length of a record's head: the byte lengths of its JSON, its one-byte strings and its other strings. */
const HEAD = 12;

/**
 * A record as written: its head (above), the record as JSON with each body's HTML and text
 * replaced by where it stands among the strings that follow, then those strings: the ones
 * whose every character fits in a byte (Latin-1), then the others (UTF-16). Read back, each
 * body's HTML and text become a stretch of one string holding many records' (see
 * `readRecords`).
 */
export function encodeRecord(record: FileRecord): Buffer {
  const strings: [string[], string[]] = [[], []];
  const lengths = [0, 0];
  const place = (text: string): StringRef => {
    const kind = /[^\x00-\xff]/.test(text) ? 1 : 0;
    strings[kind].push(text);
    const ref: StringRef = [kind, lengths[kind]!, lengths[kind]! + text.length];
    lengths[kind]! += text.length;
    return ref;
  };
  const bodies: Record<string, PackedBody> = {};
  for (const [slot, body] of Object.entries(record.bodies)) bodies[slot] = 'v8' in body ? body : { html: place(body.html), text: place(body.text), rest: body.rest };
  const json = Buffer.from(JSON.stringify({ ...record, bodies }), 'utf8');
  const narrow = Buffer.from(strings[0].join(''), 'latin1');
  const wide = Buffer.from(strings[1].join(''), 'utf16le');
  const head = Buffer.alloc(HEAD);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(narrow.length, 4);
  head.writeUInt32LE(wide.length, 8);
  return Buffer.concat([head, json, narrow, wide]);
}

/**
 * Records read but not yet asked for: each one's JSON (kept as bytes, outside V8's heap, until
 * its file is loaded) and where its strings start in the shared strings.
 */
export interface Shelf {
  records: Map<string, { json: Place; length: number; strings: [Place, Place] }>;
  jsons: Buffer[];
  strings: [string[], string[]];
}

/** A block of bytes or chunk of the shared strings, and where in it a record's part starts (in bytes; in characters for strings). */
type Place = [number, number];

/** A record larger than this is not a record this code wrote: it is ignored (and written again). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** The most characters of one shared string: far under V8's longest string (2^29 characters). */
const CHUNK_CHARACTERS = 32 * 1024 * 1024;

/**
 * Reads every record in `dir`, putting all the bodies' HTML and text into a few long
 * strings of which each body's is a slice. One string per body made the garbage collector
 * copy each of them, twice, from its young generation to the old one, while the load held
 * them all (about 130 MB at 10,000 documents); a long string is made where it stays, and a
 * slice of it is a few bytes. No folder (null): an empty shelf.
 */
export function readRecords(dir: string | null): Shelf {
  const records: Shelf['records'] = new Map();
  // Each block of JSON is kept as it is: a new buffer for the next.
  const jsons = new Blocks(8 * 1024 * 1024, 1, (bytes) => bytes, false);
  const narrow = new Blocks(CHUNK_CHARACTERS, 1, (bytes) => bytes.toString('latin1'), true);
  const wide = new Blocks(CHUNK_CHARACTERS * 2, 2, (bytes) => bytes.toString('utf16le'), true);
  for (const name of dir === null ? [] : readdirSync(dir)) {
    if (name.endsWith('.tmp')) continue;
    let bytes: Buffer;
    try {
      const read = readBytes(join(dir!, name), MAX_RECORD_BYTES);
      if (!read.ok) continue;
      bytes = read.bytes;
    } catch {
      continue;
    }
    if (bytes.length < HEAD) continue;
    const lengths = [bytes.readUInt32LE(0), bytes.readUInt32LE(4), bytes.readUInt32LE(8)] as const;
    if (HEAD + lengths[0] + lengths[1] + lengths[2] !== bytes.length || lengths[2] % 2 !== 0) continue;
    const narrowStart = HEAD + lengths[0];
    const wideStart = narrowStart + lengths[1];
    records.set(name, {
      json: jsons.add(bytes.subarray(HEAD, narrowStart)),
      length: lengths[0],
      strings: [narrow.add(bytes.subarray(narrowStart, wideStart)), wide.add(bytes.subarray(wideStart))],
    });
  }
  return { records, jsons: jsons.finish(), strings: [narrow.finish(), wide.finish()] };
}

/**
 * Bytes gathered in blocks of `size` bytes (larger for bytes that need it), each block made
 * what `close` makes of it once full. Allocated at its full size, a block's pages are touched
 * once (a buffer grown as it filled was copied and touched again at each size); where `close`
 * copies the bytes (into a string), one buffer serves every block.
 */
class Blocks<T> {
  private buffer: Buffer | undefined;
  private length = 0;
  private readonly closed: T[] = [];
  private readonly size: number;
  /** Bytes a character, for where strings start. */
  private readonly width: number;
  private readonly close: (bytes: Buffer) => T;
  private readonly reuse: boolean;

  constructor(size: number, width: number, close: (bytes: Buffer) => T, reuse: boolean) {
    this.size = size;
    this.width = width;
    this.close = close;
    this.reuse = reuse;
  }

  /** Adds `bytes`, returning the block they are in and where they start in it. */
  add(bytes: Buffer): Place {
    if (bytes.length === 0) return [0, 0];
    if (this.length > 0 && this.length + bytes.length > this.buffer!.length) this.flush();
    if (!this.buffer || bytes.length > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(this.size, bytes.length));
    const place: Place = [this.closed.length, this.length / this.width];
    bytes.copy(this.buffer, this.length);
    this.length += bytes.length;
    return place;
  }

  /** Every block, made. */
  finish(): T[] {
    if (this.length > 0) this.flush();
    this.buffer = undefined;
    return this.closed;
  }

  private flush() {
    this.closed.push(this.close(this.buffer!.subarray(0, this.length)));
    this.length = 0;
    if (!this.reuse) this.buffer = undefined;
  }
}

/** The record of `name` on the shelf, if its digest is `textDigest`, with its bodies' strings in place. */
export function takeRecord(shelf: Shelf, name: string, textDigest: string): FileRecord | undefined {
  const found = shelf.records.get(name);
  if (!found) return undefined;
  const [block, start] = found.json;
  const packed = JSON.parse(shelf.jsons[block]!.toString('utf8', start, start + found.length)) as Omit<FileRecord, 'bodies'> & { bodies: Record<string, PackedBody> };
  if (packed.digest !== textDigest) return undefined;
  const text = ([kind, start, end]: StringRef) => {
    const [chunk, first] = found.strings[kind];
    return start === end ? '' : shelf.strings[kind][chunk]!.slice(first + start, first + end);
  };
  const bodies: Record<string, StoredBody> = {};
  for (const [slot, body] of Object.entries(packed.bodies)) bodies[slot] = 'v8' in body ? body : { html: text(body.html), text: text(body.text), rest: body.rest };
  return { ...packed, bodies };
}
