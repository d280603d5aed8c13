/**
 * Rebuilding after one edit (issue 7): Astro reuses last build's copy of every page whose
 * cache key (src/astro/cache-key.ts) is unchanged. A stale page is far worse than a slow
 * build, so after each change the incremental rebuild must be byte for byte what a build
 * from nothing (`astro build --force`) makes of the same content, and the pages that show
 * the change must show it.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INCREMENTAL_MANIFEST } from '../../src/astro/astro-internals.ts';
import { FIRST_RESULTS_DIR } from '../../src/lib/outputs/search/first-results.ts';
import type { SearchManifest } from '../../src/lib/outputs/search/search-shards.ts';
import { MATRIX_ORDERS } from '../../src/lib/views/matrix.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { generateContent, GENERATED_OFFICE, writeOfficeSettings, type GeneratedContent } from '../support/generate.ts';
import { tempDir } from '../support/isolation.ts';
import { expectSameFiles } from '../support/published.ts';

const root = tempDir('pcc-incremental-');
const contentDir = join(root, 'content');
const settingsDir = join(root, 'settings');
const site = join(root, 'site');
const fresh = join(root, 'fresh');
// Astro's cache of the last build, where src/astro/incremental-integration.ts also looks: this
// file's own (PCC_CACHE_DIR), so other test files' builds in between leave it alone.
const cacheDir = join(root, 'astro-cache');
// The full builds' own cache (which `--force` ignores, rendering and indexing everything): so
// an incremental build into `site` follows the last build into `site`, as an office's do,
// except where a test says otherwise.
const freshCacheDir = join(root, 'fresh-cache');

/** Builds with this file's own incremental cache. */
function build(options: Parameters<typeof buildSite>[0]): BuildResult {
  return buildSite({ ...options, env: { ...options.env, PCC_CACHE_DIR: cacheDir } });
}

/** Builds every page from nothing (`astro build --force`) into an emptied `fresh`, with the full builds' cache unless told another. */
function buildFresh(env: Record<string, string>, cache = freshCacheDir): BuildResult {
  rmSync(fresh, { recursive: true, force: true });
  return buildSite({ contentDir, outDir: fresh, env: { ...env, PCC_CACHE_DIR: cache }, force: true });
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of a built site, by its path in the site. */
function readSite(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  }
  return files;
}

/** Astro's log without colours (it colours it where CI is set, as in CI). */
function plainOutput(result: BuildResult): string {
  return result.output.replace(/\x1b\[[0-9;]*m/g, '');
}

/** The pages Astro reports as reused from the last build (left in place, or copied back from its cache) rather than rendered again. */
function reusedPages(result: BuildResult): string[] {
  return [...plainOutput(result).matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
}

function renderedPages(result: BuildResult): string[] {
  return [...plainOutput(result).matchAll(/├─ (\S+) \(\+\d+(?:\.\d+)?m?s\)/g)].map((match) => match[1]!);
}

/** Builds the site incrementally, then from nothing (with `fullBuildCache`), and expects the two to be the same, file for file. */
function rebuildAndCompare(env: Record<string, string>, fullBuildCache?: string): BuildResult {
  const result = build({ contentDir, outDir: site, env });
  expect(result.status, result.output).toBe(0);
  const full = buildFresh(env, fullBuildCache);
  expect(full.status, full.output).toBe(0);
  expectSameFiles(site, fresh);
  return result;
}

describe('rebuilding after a change', () => {
  let content: GeneratedContent;
  /**
   * The office's settings, and search shards of 8 pages, so this small site has several: the
   * same for every build but the settings test's, so each test's rebuild follows a build of
   * the same settings into the same folder, and needs no build of its own to settle first.
   */
  let env: Record<string, string>;
  let first: BuildResult;
  let before: Map<string, string>;

  beforeAll(() => {
    content = generateContent(contentDir, { forces: 6, inspections: 4 });
    env = { PCC_CONFIG: writeOfficeSettings(settingsDir), PCC_SEARCH_SHARD_SIZE: '8' };
    first = build({ contentDir, outDir: site, env });
    expect(first.status, first.output).toBe(0);
    before = readSite(site);
  }, 300_000);

  test('after one response is edited, every page showing it changes, other pages are reused, and nothing is stale', () => {
    const inspection = content.inspections.find((i) => content.responses.some((r) => r.endsWith(`/${i.id}`)) && i.recommendations.length > 0)!;
    const id = content.responses.find((r) => r.endsWith(`/${inspection.id}`))!;
    const [force] = id.split('/');
    const file = join(contentDir, 'responses', `${id}.md`);
    const rec = inspection.recommendations[0]!;
    // A new sentence in the body, and a new status for one recommendation.
    const text = readFileSync(file, 'utf8').replace(new RegExp(`^(  "?${rec}"?:) .*$`, 'm'), '$1 no-action');
    writeFileSync(file, text);
    appendFileSync(file, '\nA sentence added to this fictional response after it was published.\n');

    // The full build with the incremental builds' cache, so that the next test's rebuild follows
    // a build into another folder: it empties `site` and copies the pages it reuses back from
    // the cache, which must be what a full build makes too.
    const result = rebuildAndCompare(env, cacheDir);
    const after = readSite(site);
    const changed = (path: string) => before.get(path) !== after.get(path);

    const responsePage = `responses/${id}/index.html`;
    expect(after.get(responsePage)).toContain('A sentence added to this fictional response');
    const comparison = `inspections/${inspection.id}/recommendations/${rec}/index.html`;
    expect(changed(comparison), comparison).toBe(true);
    expect(after.get(comparison)).toContain('No action');
    // The statuses are shown in the inspection's matrix, in each of its orders, and in the data files.
    const matrices = MATRIX_ORDERS.map(({ id: order }) => `inspections/${inspection.id}/by-${order}/index.html`);
    for (const page of [...matrices, 'data/responses.json', `data/inspections/${inspection.id}.csv`]) {
      expect(changed(page), page).toBe(true);
    }
    // Another force's document on another inspection shows nothing of the change: reused.
    const other = content.responses.find((r) => !r.startsWith(`${force}/`) && !r.includes(`/${inspection.id}`))!;
    expect(reusedPages(result)).toContain(`/responses/${other}/index.html`);
    // The whole-site data files copied the other inspections' documents' parts from the last
    // build's (src/astro/site-data-steps.ts), and only the edited inspection's own files were
    // written again (src/astro/inspection-data-steps.ts).
    const [, copied, made, written, kept] = /Data files written in \d+ ms: about the whole site, (\d+) documents' parts copied from the last build's files, (\d+) made; each inspection's, (\d+) written, (\d+) unchanged/.exec(plainOutput(result))!;
    expect(Number(copied)).toBeGreaterThan(Number(made));
    expect(Number(made)).toBeGreaterThan(0);
    expect([Number(written), Number(kept)]).toEqual([1, content.inspections.length - 1]);
    expect(renderedPages(result)).toContain(`/${responsePage}`);
    expect(renderedPages(result).length).toBeLessThan(reusedPages(result).length);
  }, 300_000);

  test('after one response is edited, only the search shard holding it is indexed again, into what a full build makes', () => {
    // The first build, with nothing in its cache, indexed each shard.
    const shards = Number(/in (\d+) shards \(\1 indexed\)/.exec(plainOutput(first))?.[1]);
    expect(shards, plainOutput(first)).toBeGreaterThan(2);
    const index = (files: Map<string, string>) => new Map([...files].filter(([path]) => path.startsWith('pagefind/')));
    const beforeEdit = index(readSite(site));
    const id = content.responses[1]!;
    appendFileSync(join(contentDir, 'responses', `${id}.md`), '\nAnother sentence added to this fictional response.\n');

    const result = rebuildAndCompare(env);
    // Following the last test's full build into another folder, the pages it reused came back from the cache.
    expect(plainOutput(result)).toMatch(/├─ \S+ \(restored\)/);
    expect(plainOutput(result)).toContain(`in ${shards} shards (1 indexed, ${shards - 1} unchanged since the last build)`);
    const afterEdit = index(readSite(site));
    // The files that changed are the shard list's own and one shard's: the bundle's own, or one folder.
    const changed = [...afterEdit.keys()].filter((path) => beforeEdit.get(path) !== afterEdit.get(path));
    const shardFiles = changed.filter((path) => path !== 'pagefind/pcc-shards.json' && !path.startsWith(`pagefind/${FIRST_RESULTS_DIR}`));
    const folders = new Set(shardFiles.map((path) => (/^pagefind\/([a-z]+-\d+)\//.exec(path)?.[1] ?? '')));
    expect(folders.size, changed.join('\n')).toBe(1);
    // The commonest words' first pages are made again from each shard's part of them: only the
    // edited shard's are searched again, with the other shards' for any word new to the list
    // (and the files are compared above with a full build's, as every file of the index is).
    const wordsOf = (files: Map<string, string>) => (JSON.parse(files.get('pagefind/pcc-shards.json')!) as SearchManifest).firstResults ?? [];
    const [before, after] = [wordsOf(beforeEdit), wordsOf(afterEdit)];
    const fresh = after.filter((word) => !before.includes(word)).length;
    const searched = `searching ${after.length + fresh * (shards - 1)} of ${after.length * shards} word-shard parts in ${fresh ? shards : 1} of ${shards} shards`;
    expect(plainOutput(result)).toMatch(new RegExp(`First results prepared for the ${after.length} commonest words in \\d+ ms, ${searched}`));
  }, 300_000);

  test('after a response is deleted, its page is gone and nothing else is', () => {
    // The last build went into the same folder with the same settings, so this one leaves unchanged pages where they are.
    const id = content.responses.at(-1)!;
    const untouched = join(site, 'responses', content.responses[0]!, 'index.html');
    const writtenAt = statSync(untouched).mtimeMs;
    rmSync(join(contentDir, 'responses', `${id}.md`));
    const result = rebuildAndCompare(env);
    expect(existsSync(join(site, 'responses', id, 'index.html'))).toBe(false);
    // An unchanged page is left as it was, so a deployment that copies changed files skips it.
    expect(statSync(untouched).mtimeMs).toBe(writtenAt);
    expect(reusedPages(result).length).toBeGreaterThan(renderedPages(result).length);
  }, 300_000);

  test('after the office changes its settings, no page keeps the old title', () => {
    const renamed = join(settingsDir, 'renamed.config.json');
    writeFileSync(renamed, JSON.stringify({ ...GENERATED_OFFICE, title: 'Renamed fictional office: responses' }));
    env = { ...env, PCC_CONFIG: renamed };
    const result = rebuildAndCompare(env);
    expect(reusedPages(result)).toEqual([]);
    const pages = [...readSite(site)].filter(([path]) => path.endsWith('.html') && !path.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const [path, html] of pages) expect(html, path).toContain('Renamed fictional office: responses');
  }, 300_000);

  test('after a build that did not finish, every page is rendered again', () => {
    // The last build (the settings test's) went into the same folder with these settings and
    // finished, and the content has not changed since: so `fresh` still holds the full build
    // of this content, and without the mark below this rebuild would reuse every page.
    expect(existsSync(join(cacheDir, INCREMENTAL_MANIFEST))).toBe(true);
    // What a build that died part-way leaves behind.
    writeFileSync(join(cacheDir, 'pcc-build-unfinished'), '1\n');
    const result = build({ contentDir, outDir: site, env });
    expect(result.status, result.output).toBe(0);
    expectSameFiles(site, fresh);
    expect(result.output).toContain('The last build did not finish');
    expect(reusedPages(result)).toEqual([]);
  }, 300_000);
});
