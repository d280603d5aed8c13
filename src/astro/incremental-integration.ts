/**
 * Makes the most of Astro's incremental build (`experimental.incrementalBuild`) without ever
 * serving a stale page.
 *
 * 1. A build that did not finish: Astro writes each page it renders into its cache as it
 *    goes, but writes the list of cache keys only once every page is done. A build that dies
 *    part-way (an error, the machine out of memory) leaves the old list beside some new
 *    pages, and the next build with the old content (the edit undone) would restore those
 *    new pages as if they were the old ones. So a build marks the cache when it starts and
 *    clears the mark when it finishes; a build that finds the mark drops the list, and
 *    renders every page.
 *
 * 2. The output folder is kept, not emptied (`vite.build.emptyOutDir: false` in
 *    astro.config.mjs). Emptying it and copying every unchanged page back from the cache
 *    was most of a rebuild's time (docs/performance.md). Astro leaves a page whose key is
 *    unchanged where it is, which is right only if the folder holds what the last build
 *    (the one whose keys Astro compares against) wrote. So each finished build notes which
 *    folder it wrote and which list of keys it left; a build into any other folder, or
 *    after any other build, empties the folder first, as Astro would have. After the
 *    build, every file it neither wrote nor kept (a deleted document's page, last build's
 *    stylesheet) is removed, so the folder holds exactly what a build from nothing would.
 *
 * 3. A page's key includes the names of the stylesheets and scripts the bundler wrote
 *    (src/astro/asset-names.ts), which Astro's own check of a route's code leaves out: a
 *    reused page never links to a file this build did not write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalManifestFile } from './astro-internals.ts';
import { assetNamesPlugin } from './asset-names.ts';
import { clearBuiltAssets } from './build-state.ts';
import { SEARCH_BUNDLE_DIR } from '../lib/outputs/search/search-index.ts';
import { SITE_DATA_FILES } from '../lib/outputs/data/site-data-files.ts';
import { INSPECTION_DATA_DIR } from '../lib/outputs/data/inspection-data-files.ts';
import { fileTimes, fileTimesInBackground, type FileTimes } from './file-times.ts';

const UNFINISHED = 'pcc-build-unfinished';
const OUTPUT_NOTE = 'pcc-build-output.json';

/**
 * Folders of the output that a later step makes hold exactly what it should after the sweep,
 * so the sweep neither notes nor checks their files: the search index (`pagefind/`, written by
 * src/astro/search-index-steps.ts once the pages are done; its 16,000 files at 10,000
 * documents were half of the files the sweep read the times of, twice, on every build) and
 * each inspection's data files (`data/inspections/`, src/astro/inspection-data-steps.ts).
 */
const WRITTEN_WHOLE_LATER = [SEARCH_BUNDLE_DIR, INSPECTION_DATA_DIR];

/**
 * Files of the output that a later step writes again after the sweep, reading the last
 * build's copy as it does (the whole-site data files: src/astro/site-data-steps.ts), so the
 * sweep leaves them.
 */
const WRITTEN_LATER = SITE_DATA_FILES.map((file) => file.path.replace(/^\//, ''));

interface OutputNote {
  outDir: string;
  /** A digest of the list of keys that build left. */
  manifest: string;
}

function manifestDigest(cacheDir: string): string | null {
  const file = incrementalManifestFile(cacheDir);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('base64url') : null;
}

function readNote(cacheDir: string): OutputNote | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, OUTPUT_NOTE), 'utf8')) as OutputNote;
  } catch {
    return null;
  }
}

/**
 * Call when a build starts. Drops the list of keys if the last build did not finish; empties
 * `outDir` unless it holds what the build that left the list wrote. Says what it did.
 */
export function startIncrementalBuild(cacheDir: string, outDir: string): { dropped: boolean; emptied: boolean; before: Promise<FileTimes> } {
  const mark = join(cacheDir, UNFINISHED);
  const unfinished = existsSync(mark);
  const dropped = unfinished && existsSync(incrementalManifestFile(cacheDir));
  if (unfinished) rmSync(incrementalManifestFile(cacheDir), { force: true });
  const note = readNote(cacheDir);
  const digest = manifestDigest(cacheDir);
  const kept = note !== null && digest !== null && note.manifest === digest && resolve(note.outDir) === resolve(outDir);
  const emptied = !kept && existsSync(outDir) && readdirSync(outDir).some((name) => name !== '.git');
  if (!kept) emptyFolder(outDir);
  // From here until the build finishes, neither the folder nor the list can be trusted.
  rmSync(join(cacheDir, OUTPUT_NOTE), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, `${process.pid}\n`);
  const before = fileTimesInBackground({ dir: outDir, skipped: WRITTEN_WHOLE_LATER, skippedFiles: WRITTEN_LATER });
  // A failed walk fails the build where it is awaited, not as a rejection no one has handled yet.
  before.catch(() => {});
  return { dropped, emptied, before };
}

/**
 * Call when a build has written every page: removes every
 * file in `outDir` that was there when it started (`before`, once it is known), has not been written since,
 * and is not one of its pages (`produced`: the files of its pages, kept or rendered); then
 * notes the folder beside the list of keys it now matches.
 */
export async function finishIncrementalBuild(cacheDir: string, outDir: string, before: Promise<FileTimes>, produced: ReadonlySet<string>): Promise<{ removed: number }> {
  const removed = sweep(outDir, await before, produced);
  const digest = manifestDigest(cacheDir);
  if (digest) writeFileSync(join(cacheDir, OUTPUT_NOTE), JSON.stringify({ outDir: resolve(outDir), manifest: digest } satisfies OutputNote));
  rmSync(join(cacheDir, UNFINISHED), { force: true });
  return { removed };
}

/** Where each file of the public folder is copied in the output folder. */
export function copiedPublicFiles(publicDir: string, outDir: string): string[] {
  return [...fileTimes({ dir: publicDir }).keys()].map((path) => join(outDir, relative(publicDir, path)));
}

/** Empties a folder as Astro does before a build (a `.git` folder in it is kept). */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Removes the files that were in `before`, are unchanged since, and are not in `produced`;
 * then the folders that left empty. Returns how many files. (Comparing each file's own time
 * before and after, rather than with the clock, is safe from coarse file-system clocks.)
 * Only the files in `before` can be last build's leftovers, so only they are looked at: a
 * walk of the whole folder read 16,800 folders at 10,000 documents to find a handful.
 */
function sweep(dir: string, before: FileTimes, produced: ReadonlySet<string>): number {
  let removed = 0;
  const emptied = new Set<string>();
  for (const [path, time] of before) {
    if (produced.has(path) || statSync(path, { throwIfNoEntry: false })?.mtimeMs !== time) continue;
    rmSync(path, { force: true });
    removed++;
    emptied.add(dirname(path));
  }
  // Deepest first, each up to the output folder while it is empty.
  const root = resolve(dir);
  for (const start of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let folder = resolve(start); folder.startsWith(`${root}/`) && existsSync(folder) && readdirSync(folder).length === 0; folder = dirname(folder)) {
      rmdirSync(folder);
    }
  }
  return removed;
}

/**
 * List it before the integration that writes the search index and the sitemap, so its sweep
 * of last build's files is over before they are written. A build counts as finished once its
 * pages, and so Astro's list of keys, are all written. It stops the build at once on an
 * Astro whose list of keys it was not written for (src/astro/astro-internals.ts).
 */
export function incrementalIntegration(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let publicDir = '';
  let before: Promise<FileTimes> = Promise.resolve(new Map());
  return {
    name: 'pcc-incremental',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [assetNamesPlugin()] } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': ({ logger }) => {
        // A build that failed before its end left its names behind: this build's bundler writes its own.
        clearBuiltAssets();
        const started = startIncrementalBuild(cacheDir, outDir);
        before = started.before;
        const { dropped } = started;
        if (dropped) logger.warn('The last build did not finish, so every page is rendered again.');
      },
      'astro:build:done': async ({ assets, logger }) => {
        clearBuiltAssets();
        // The public folder's copies count as written: since Astro 7.4 a copy keeps its source's
        // modification time, so an unchanged one looks untouched since the build started.
        const produced = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...copiedPublicFiles(publicDir, outDir)]);
        const { removed } = await finishIncrementalBuild(cacheDir, outDir, before, produced);
        if (removed) logger.info(`Removed ${removed} file(s) last build made that this one did not.`);
      },
    },
  };
}
