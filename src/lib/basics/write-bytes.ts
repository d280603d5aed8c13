import { writeSync } from 'node:fs';

/** Writes every byte of `bytes` to the open file `fd` (a write may take fewer than it is given). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
}
