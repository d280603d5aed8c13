/**
 * Builds the search index from the built pages with Pagefind's Node API, after Astro has
 * written them. Only the parts of pages marked `data-pagefind-body` (documents, inspections,
 * comparisons) are indexed; each page's language comes from its `<html lang>`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexReport {
  /** Pages by language, as Pagefind split them. */
  languages: Record<string, number>;
  pages: number;
  /** Bytes written into the bundle folder. */
  bytes: number;
  milliseconds: number;
}

/** The folder, under the built site, that holds Pagefind's files. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, which the search page does not use (it has its own
 * markup over Pagefind's API): left out of the bundle so they are never served.
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes the site built in `siteDir` and writes the bundle into `siteDir/pagefind/`; throws with Pagefind's errors. */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
  let files: { path: string; content: Uint8Array }[];
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(got.errors.join('; '));
    files = got.files.filter((file) => !UNUSED_FILES.test(file.path));
  } finally {
    await pagefind.close();
  }
  rmSync(outputPath, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    const path = join(outputPath, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    bytes += file.content.byteLength;
  }
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json.');
  const { languages } = JSON.parse(new TextDecoder().decode(entry.content)) as { languages: Record<string, { page_count: number }> };
  const counts = Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, l.page_count]));
  return {
    languages: counts,
    pages: Object.values(counts).reduce((a, b) => a + b, 0),
    bytes,
    milliseconds: Math.round(performance.now() - started),
  };
}
