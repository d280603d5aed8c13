/**
 * The content cache (src/lib/content/cache.ts): a load that reuses last load's parsed
 * frontmatter, rendered bodies and evidence checks must find exactly what a load from nothing finds (the same
 * documents, the same problems at the same lines), and must parse again what changed.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeVersion, openContentCache } from '../../../src/lib/content/cache.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { ACCEPTED_FIXTURES } from '../../fixtures/accepted.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../../fixtures/fixtures.ts';
import { INVALID_FIXTURES } from '../../fixtures/invalid.ts';
import { ROOT } from '../../support/paths.ts';

const temporary = mkdtempSync(join(tmpdir(), 'pcc-content-cache-'));
afterAll(() => {
  rmSync(temporary, { recursive: true, force: true });
  removeContentCopies();
});

let caches = 0;
/** A new, empty cache folder for the project's own code. */
const newCacheDir = () => join(temporary, `cache-${++caches}`);

/** Loads with a cache opened afresh from `cacheDir` (as each build does), and saves it. */
function loadCached(dir: string, root: string, cacheDir: string) {
  const cache = openContentCache(cacheDir, ROOT);
  const result = loadContent(dir, root, cache);
  cache.save();
  return { result, stats: { ...cache.stats } };
}

describe('the content cache', () => {
  test('a second load reuses every file and finds the same documents and problems as a load without cache', () => {
    const copy = makeContent();
    const cacheDir = newCacheDir();
    const first = loadCached(copy.dir, copy.root, cacheDir);
    const second = loadCached(copy.dir, copy.root, cacheDir);
    expect(first.stats.misses).toBeGreaterThan(0);
    expect(second.stats.misses).toBe(0);
    expect(second.stats.hits).toBe(first.stats.hits + first.stats.misses);
    expect(second.result).toEqual(loadContent(copy.dir, copy.root));
  });

  test.each(Object.entries({ ...INVALID_FIXTURES, ...ACCEPTED_FIXTURES }))('%s: the same problems, at the same lines, from the cache', (_name, fixture) => {
    const copy = makeContent(fixture.edits);
    const cacheDir = newCacheDir();
    loadCached(copy.dir, copy.root, cacheDir);
    const cached = loadCached(copy.dir, copy.root, cacheDir);
    expect(cached.stats.misses).toBe(0);
    expect(cached.result).toEqual(loadContent(copy.dir, copy.root));
  });

  test('after one file changes, only that file is parsed again, and the change is seen', () => {
    const copy = makeContent();
    const cacheDir = newCacheDir();
    const first = loadCached(copy.dir, copy.root, cacheDir);
    appendFileSync(join(copy.dir, VALID_FILES.onTime), '\nA sentence added to this fictional response.\n');
    const second = loadCached(copy.dir, copy.root, cacheDir);
    // The file's frontmatter, body, evidence check, quotations' sentences and redaction and
    // personal-data checks: five results computed again, the rest reused.
    expect(second.stats.misses).toBe(5);
    expect(second.stats.hits).toBe(first.stats.hits + first.stats.misses - 5);
    const id = VALID_FILES.onTime.replace(/^responses\//, '').replace(/\.md$/, '');
    expect(second.result.corpus.responses.find((r) => r.id === id)?.text).toContain('A sentence added to this fictional response.');
    expect(second.result).toEqual(loadContent(copy.dir, copy.root));
  });

  test('a placeholder status taken out of one load is still reported by the next', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, transform: (text) => text.replace('status: complete', 'status: todo') }]);
    const cacheDir = newCacheDir();
    const first = loadCached(copy.dir, copy.root, cacheDir);
    const second = loadCached(copy.dir, copy.root, cacheDir);
    expect(first.result.problems.some((p) => p.blocksPublishing)).toBe(true);
    expect(second.result.problems).toEqual(first.result.problems);
  });
});

describe('the cache\'s code version', () => {
  function project(source: string): string {
    const root = mkdtempSync(join(temporary, 'project-'));
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    mkdirSync(join(root, 'src/schemas'), { recursive: true });
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/satteri":{"version":"0.10.5"}}}\n');
    writeFileSync(join(root, 'src/lib/markdown.ts'), source);
    return root;
  }

  test('changes when the renderer\'s code or a package version changes, so no stale result is read', () => {
    const root = project('export const rule = 1;\n');
    const before = codeVersion(root);
    writeFileSync(join(root, 'src/lib/markdown.ts'), 'export const rule = 2;\n');
    const afterCode = codeVersion(root);
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/satteri":{"version":"0.10.6"}}}\n');
    const afterPackage = codeVersion(root);
    expect(new Set([before, afterCode, afterPackage]).size).toBe(3);
  });

  test('is absent, and nothing is cached, where the sources are not beside the project', () => {
    expect(codeVersion(temporary)).toBeNull();
    const copy = makeContent();
    const cache = openContentCache(newCacheDir(), temporary);
    loadContent(copy.dir, copy.root, cache);
    cache.save();
    const again = openContentCache(newCacheDir(), temporary);
    loadContent(copy.dir, copy.root, again);
    expect(again.stats.hits).toBe(0);
  });
});
