/**
 * Builds the search index with Pagefind's Node API from the site's search entries
 * (src/lib/views/search.ts: each document, inspection and comparison page's own words,
 * language, filters, result facts and sort key), given to Pagefind as custom records, so
 * Pagefind never reads or parses the built HTML. It needs only the loaded content, so the
 * build runs it while Astro renders the pages (Pagefind is a process of its own, on another
 * core), and writes the bundle once the pages are written.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchEntry } from './lib/views/search.ts';

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

/** How many records are on their way to Pagefind at once: enough to keep its process busy, few enough to hold little text. */
const IN_FLIGHT = 64;

/** A search bundle written by Pagefind into a temporary folder, to be moved into the built site. */
export interface SearchBundle {
  dir: string;
  /** How long Pagefind took, from the first record to the last file. */
  milliseconds: number;
}

/** Indexes `entries` with Pagefind and has it write the bundle into a temporary folder; throws with Pagefind's errors. */
export async function buildSearchBundle(entries: Iterable<SearchEntry>): Promise<SearchBundle> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'pcc-search-'));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const pending = new Set<Promise<void>>();
    const failed: string[] = [];
    for (const entry of entries) {
      const added: Promise<void> = index.addCustomRecord(toCustomRecord(entry)).then(
        (response) => {
          if (response.errors.length) failed.push(`${entry.url}: ${response.errors.join('; ')}`);
        },
        (error: unknown) => void failed.push(`${entry.url}: ${String(error)}`),
      ).finally(() => pending.delete(added));
      pending.add(added);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    if (failed.length) throw new Error(failed.join('; '));
    // Pagefind's own process writes the files, into a folder of their own until the pages
    // are written: fetching them with getFiles() instead would pass the whole index through
    // this process as base64 JSON, its peak memory at 10,000 documents.
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { dir, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await pagefind.close();
  }
}

/** Moves a bundle into `siteDir/pagefind/`, replacing what was there, and says what it holds. */
export function writeSearchBundle(siteDir: string, bundle: SearchBundle): SearchIndexReport {
  const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
  rmSync(outputPath, { recursive: true, force: true });
  try {
    renameSync(bundle.dir, outputPath);
  } catch {
    // Another file system (the temporary folder on its own disk): copy, then tidy up.
    cpSync(bundle.dir, outputPath, { recursive: true });
    rmSync(bundle.dir, { recursive: true, force: true });
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
  return { languages: counts, pages: Object.values(counts).reduce((a, b) => a + b, 0), bytes, milliseconds: bundle.milliseconds };
}

/** An entry as Pagefind takes it: each filter's values as a list, meta and sort keys as plain fields. */
function toCustomRecord(entry: SearchEntry): pagefind.CustomRecord {
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
