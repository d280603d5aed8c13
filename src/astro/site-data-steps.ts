/**
 * The whole-site data files in the build (src/lib/outputs/data/site-data-files.ts): written
 * beside the pages once they are rendered, a chunk at a time, so a file's text is never held
 * whole.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SITE_DATA_FILES } from '../lib/outputs/data/site-data-files.ts';
import type { Site } from '../lib/site/site.ts';

/** About how much text is written at once. */
const CHUNK_CHARACTERS = 64 * 1024;

/** Writes each whole-site data file into the built site's folder `dir`; returns their paths. */
export function writeSiteDataFiles(site: Site, dir: string): string[] {
  return SITE_DATA_FILES.map((file) => {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(path, 'w');
    try {
      let text = '';
      for (const part of file.parts(site)) {
        text += part;
        if (text.length < CHUNK_CHARACTERS) continue;
        writeSync(fd, text);
        text = '';
      }
      if (text) writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    return path;
  });
}
