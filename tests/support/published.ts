/** What a published or built folder serves, read for byte-for-byte comparison by the publish and incremental-build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Every file under `dir`, by its path relative to it, with its bytes as base64. */
export function publishedFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, readFileSync(path, 'base64'));
    }
  };
  walk(dir, '');
  return files;
}

/** Expects the incremental build in `site` to hold exactly the files, byte for byte, of the full build in `reference`. */
export function expectSameFiles(site: string, reference: string): void {
  const incremental = publishedFiles(site);
  const full = publishedFiles(reference);
  expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
  const differing = [...full].filter(([path, bytes]) => incremental.get(path) !== bytes).map(([path]) => path);
  expect(differing, 'pages the incremental build left stale').toEqual([]);
}
