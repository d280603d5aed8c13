/**
 * Builds the search index from the built pages with Pagefind's Node API, after Astro has
 * written them. Only the parts of pages marked `data-pagefind-body` (documents, inspections,
 * comparisons) are indexed; each page's language comes from its `<html lang>`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    // Pagefind's own process writes the files: fetching them with getFiles() instead would
    // pass the whole index through this process as base64 JSON, its peak memory at 10,000
    // documents.
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  let bytes = 0;
  for (const path of readdirSync(outputPath, { recursive: true }).map(String)) {
    const file = join(outputPath, path);
    if (!statSync(file).isFile()) continue;
    if (UNUSED_FILES.test(path)) rmSync(file);
    else bytes += statSync(file).size;
  }
  const entryFile = join(outputPath, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error('Pagefind wrote no pagefind-entry.json.');
  const { languages } = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  const counts = Object.fromEntries(Object.entries(languages).map(([lang, l]) => [lang, l.page_count]));
  return {
    languages: counts,
    pages: Object.values(counts).reduce((a, b) => a + b, 0),
    bytes,
    milliseconds: Math.round(performance.now() - started),
  };
}
