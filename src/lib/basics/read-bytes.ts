import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * One buffer for every file read through `readBytes`: a load reads some 20,000 files (each
 * content file and its cache record), and a new Buffer for each was memory outside the heap
 * that the garbage collector had to reclaim (at 10,000 documents, some 300 MB a load).
 */
let shared = Buffer.allocUnsafeSlow(1 << 20);

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; size: number };

/**
 * The whole file at `path`, unless it is larger than `limit` bytes (then its size). The bytes
 * are a view of a buffer that the next call overwrites: decode or copy them at once. Reads as
 * `readFileSync` does (the size the file states, or to its end where it states none, as
 * /proc's files do) and throws as it does (ENOENT, EACCES, EISDIR…).
 */
export function readBytes(path: string, limit: number): BytesResult {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return { ok: false, size };
    if (size > shared.length) shared = Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (size === 0 || length < size) {
      if (length === shared.length) grow(length);
      const read = readSync(fd, shared, length, (size || shared.length) - length, length);
      if (read === 0) break;
      length += read;
      if (length > limit) return { ok: false, size: length };
    }
    return { ok: true, bytes: shared.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** A larger shared buffer, holding the `length` bytes read so far. */
function grow(length: number) {
  const larger = Buffer.allocUnsafeSlow(shared.length * 2);
  shared.copy(larger, 0, 0, length);
  shared = larger;
}
