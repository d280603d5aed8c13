/**
 * The content cache (src/lib/content/cache.ts): a load that reuses last load's parsed
 * frontmatter, rendered bodies and evidence checks must find exactly what a load from nothing finds (the same
 * documents, the same problems at the same lines), and must parse again what changed.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { codeVersion, openContentCache, type ContentCache } from '../../../src/lib/content/cache.ts';
import type { Problem } from '../../../src/lib/basics/problems.ts';
import type { RenderedBody } from '../../../src/lib/text/markdown.ts';
import { cacheFilesAlone, loadContent } from '../../../src/lib/content/load.ts';
import { listContentFiles } from '../../../src/lib/content/content-files.ts';
import { fillContentCache } from '../../../src/lib/content/cache-fill.ts';
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
    // The file's frontmatter, its schema's reading of it, body, evidence check, quotations'
    // sentences and redaction and personal-data checks: six results computed again, the rest reused.
    expect(second.stats.misses).toBe(6);
    expect(second.stats.hits).toBe(first.stats.hits + first.stats.misses - 6);
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

describe('the cache filled ahead, each file on its own (src/lib/content/cache-fill.ts)', () => {
  test.each(Object.entries({ valid: { edits: [] }, ...INVALID_FIXTURES, ...ACCEPTED_FIXTURES }))('%s: filled in two halves, the load after it computes nothing and finds what a load from nothing finds', async (_name, fixture) => {
    const copy = makeContent(fixture.edits);
    const cacheDir = newCacheDir();
    const files = listContentFiles(copy.dir, copy.root);
    // Two caches for two shares, as two processes fill it: neither removes the other's records.
    for (const share of [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)]) {
      await cacheFilesAlone(copy.dir, copy.root, openContentCache(cacheDir, ROOT, { filling: true }), share);
    }
    const after = loadCached(copy.dir, copy.root, cacheDir);
    expect(after.stats.misses).toBe(0);
    expect(after.result).toEqual(loadContent(copy.dir, copy.root));
  });

  test('by processes of their own: every file without a record gets one, and the load after reuses them all', async () => {
    const copy = makeContent();
    const cacheDir = newCacheDir();
    const files = listContentFiles(copy.dir, copy.root);
    expect(files.length).toBeGreaterThan(5);
    const filled = await fillContentCache({ contentDir: copy.dir, cacheDir, root: ROOT, from: 1 });
    expect(filled).toMatchObject({ files: files.length, processes: 1, failures: [] });
    const after = loadCached(copy.dir, copy.root, cacheDir);
    expect(after.stats.misses).toBe(0);
    expect(after.stats.hits).toBeGreaterThan(files.length);
    expect(after.result).toEqual(loadContent(copy.dir, copy.root));
    // Now every file has its record: nothing is left to fill.
    expect(await fillContentCache({ contentDir: copy.dir, cacheDir, root: ROOT, from: 1 })).toBeNull();
  });

  test('a process that fails is reported with the error it printed, and nothing is thrown (the load then does its files)', async () => {
    const copy = makeContent();
    // A cache folder where a file is: the process cannot make its folder, and stops.
    const blocked = join(temporary, `blocked-${++caches}`);
    writeFileSync(blocked, 'not a folder');
    const filled = await fillContentCache({ contentDir: copy.dir, cacheDir: join(blocked, 'cache'), root: ROOT, from: 1 });
    expect(filled?.processes).toBe(1);
    expect(filled?.failures).toHaveLength(1);
    expect(filled?.failures[0]).toMatch(/^a process filling the content cache failed \(exit 1\): .*ENOTDIR/);
  });

  test('fewer files without a record than it starts processes for: nothing is started, and the load does them', async () => {
    const copy = makeContent();
    const cacheDir = newCacheDir();
    expect(await fillContentCache({ contentDir: copy.dir, cacheDir, root: ROOT })).toBeNull();
    expect(existsSync(cacheDir)).toBe(false);
    expect(loadCached(copy.dir, copy.root, cacheDir).result).toEqual(loadContent(copy.dir, copy.root));
  });
});

describe('what the cache keeps of one file', () => {
  test('a contact detail or a redaction marker added to a file whose other work is cached is reported, and taken out, is no longer', () => {
    const copy = makeContent();
    const cacheDir = newCacheDir();
    const file = join(copy.dir, VALID_FILES.onTime);
    const before = loadCached(copy.dir, copy.root, cacheDir);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nCall 07700 900123 or write to a.person@example.org. [redacted: nobody]\n`);
    const edited = loadCached(copy.dir, copy.root, cacheDir);
    const onFile = (problems: Problem[]) => problems.filter((p) => p.file.endsWith(VALID_FILES.onTime)).map((p) => p.message);
    expect(onFile(edited.result.problems).filter((m) => m.startsWith('looks like'))).toHaveLength(2);
    expect(onFile(edited.result.problems).some((m) => m.includes('[redacted: nobody]'))).toBe(true);
    expect(edited.result).toEqual(loadContent(copy.dir, copy.root));
    writeFileSync(file, original);
    const restored = loadCached(copy.dir, copy.root, cacheDir);
    expect(restored.result.problems).toEqual(before.result.problems);
    expect(restored.result).toEqual(loadContent(copy.dir, copy.root));
  });

  test('gives back exactly what was computed: sections in and out of the body, text beyond Latin-1, values JSON cannot hold', () => {
    const cacheDir = newCacheDir();
    const path = join(temporary, 'any-file.md');
    const wide = '<p>“Quoted” – ŵ 🙂</p>';
    const bodies: Record<string, RenderedBody> = {
      narrow: { html: '<p>one</p>\n<h3>Recommendation 1</h3>\n<p>two</p>', sections: [{ recommendation: '1', heading: 'Recommendation 1', anchor: 'recommendation-1', line: 3, html: '<p>two</p>', text: 'two' }], issues: [], text: 'one\n\ntwo' },
      wide: { html: wide, sections: [{ recommendation: '2', heading: 'Recommendation 2', anchor: 'r-2', line: 1, html: '<p>not in the body</p>', text: '“Quoted”' }], issues: [], text: '“Quoted” – ŵ 🙂' },
      empty: { html: '', sections: [], issues: [{ line: 1, message: 'raw HTML' }], text: '' },
      undefinedField: { html: '<p>x</p>', sections: [], issues: [], text: 'x', extra: undefined } as RenderedBody,
    };
    const sentences = { '1': [null, { before: 'A ', quoted: '“b”', after: ' c.' }] };
    const checks = [{ severity: 'warning' as const, line: 4, field: 'body', message: 'looks like a mobile number ("07700 900123")' }];
    const odd = [{ severity: 'error' as const, line: 2, field: 'x', message: 'a value JSON would change', extra: new Date(0) }] as unknown as typeof checks;
    const work = (cache: ContentCache) => {
      const file = cache.file(path, 'the text');
      return {
        bodies: Object.fromEntries(Object.entries(bodies).map(([slot, body]) => [slot, file.body(slot, () => structuredClone(body))])),
        sentences: file.sentences(() => structuredClone(sentences)),
        checks: file.checks(() => structuredClone(checks)),
        evidence: file.evidence(() => structuredClone(odd)),
      };
    };
    const first = openContentCache(cacheDir, ROOT);
    work(first);
    first.save();
    const again = openContentCache(cacheDir, ROOT);
    const read = work(again);
    expect(again.stats).toEqual({ hits: 7, misses: 0 });
    for (const [slot, body] of Object.entries(bodies)) expect(read.bodies[slot], slot).toStrictEqual(body);
    // The same fields in the same order: the pages' keys and data files are made from their JSON.
    expect(JSON.stringify(read.bodies)).toBe(JSON.stringify(bodies));
    expect(read.sentences).toStrictEqual(sentences);
    expect(read.checks).toStrictEqual(checks);
    expect(read.evidence).toStrictEqual(odd);
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
