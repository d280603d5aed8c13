/**
 * The whole-site data files in the build (src/lib/outputs/data/site-data-files.ts): written
 * beside the pages once they are rendered, a chunk at a time, so a file's text is never held
 * whole.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITE_DATA_FILES } from '../lib/outputs/data/site-data-files.ts';
import { textChunks } from '../lib/outputs/data/text-stream.ts';
import type { Site } from '../lib/site/site.ts';

/** Writes each whole-site data file into the built site's folder `dir`; returns their paths. */
export function writeSiteDataFiles(site: Site, dir: string): string[] {
  return SITE_DATA_FILES.map((file) => {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      for (const chunk of textChunks(file.parts(site))) writeAll(fd, Buffer.from(chunk));
    } finally {
      closeSync(fd);
    }
    return path;
  });
}

/** Writes every byte (a write may take fewer than it is given). */
function writeAll(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
}
