import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';
import { writeCorpus } from '../../../scripts/lib/write-corpus.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { REGIONS } from '../../../src/lib/basics/regions.ts';
import { createSite } from '../../../src/lib/site/site.ts';
import { getLatestStatus } from '../../../src/lib/site/status-history.ts';
import { readForces } from '../../support/content.ts';
import { ROOT } from '../../support/paths.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-corpus-test-'));
  temporary.push(dir);
  return dir;
}

/** Generates and writes a corpus, then loads it with the site's own loader. */
function generateAndLoad(documents: number, seed = 7) {
  const dir = join(tempDir(), 'content');
  const generated = generateCorpus({ documents, seed });
  writeCorpus(generated, dir, ROOT);
  return { generated, dir, ...loadContent(dir, dir) };
}

const loaded = generateAndLoad(600);

describe('the corpus generator', () => {
  test('writes the same files for the same seed', () => {
    expect(generateCorpus({ documents: 120, seed: 3 })).toEqual(generateCorpus({ documents: 120, seed: 3 }));
  });

  test('writes different documents for a different seed', () => {
    const a = generateCorpus({ documents: 120, seed: 3 }).files.filter((f) => f.path.startsWith('responses/'));
    const b = generateCorpus({ documents: 120, seed: 4 }).files.filter((f) => f.path.startsWith('responses/'));
    expect(a.map((f) => f.text)).not.toEqual(b.map((f) => f.text));
  });

  test.each([1, 37, 600])('writes exactly %i response documents', (documents) => {
    const corpus = documents === 600 ? loaded.generated : generateCorpus({ documents, seed: 1 });
    expect(corpus.files.filter((f) => f.path.startsWith('responses/'))).toHaveLength(documents);
  });

  test('makes a folder the site loads with no error', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.corpus.responses).toHaveLength(600);
  });

  test('warns only where, as in the real record, a policing body\'s response leaves a recommendation without a comment', () => {
    const warnings = loaded.problems.filter((p) => p.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const responses = new Map(loaded.corpus.responses.map((r) => [r.file, r]));
    for (const warning of warnings) {
      expect(warning.field).toMatch(/^recommendations\./);
      expect(warning.message).toMatch(/^the response (does not address|gives no status for) recommendation /);
      expect(responses.get(warning.file)?.kind).toBe('pcc-response');
    }
  });

  test('invents every force: none shares an id or a name with a real force', () => {
    const real = readForces();
    const names = new Set(real.flatMap((f) => [f.id, f.name]));
    expect(loaded.corpus.forces.filter((f) => names.has(f.id) || names.has(f.name))).toEqual([]);
    expect(loaded.corpus.forces.every((f) => /^(Police|Police, Fire|Mayor)/.test(f.policingBody))).toBe(true);
  });

  test('has 43 forces, in every region', () => {
    expect(loaded.corpus.forces).toHaveLength(43);
    expect(new Set(loaded.corpus.forces.map((f) => f.region))).toEqual(new Set(REGIONS));
  });

  test('gives every inspection 2 to 12 numbered recommendations, some for all forces and some for a list', () => {
    for (const inspection of loaded.corpus.inspections) {
      const numbers = new Set(inspection.recommendations.map((r) => r.id.replace(/[a-z]$/, '')));
      expect(numbers.size).toBeGreaterThanOrEqual(2);
      expect(numbers.size).toBeLessThanOrEqual(12);
    }
    const scopes = loaded.corpus.inspections.map((i) => i.scope);
    expect(scopes).toContain('all');
    expect(scopes.some(Array.isArray)).toBe(true);
  });

  test('has the shape of the real record: mostly timely responses, some late, some undated, a few other kinds', () => {
    const site = createSite(loaded.corpus);
    const kinds = loaded.corpus.responses.map((r) => r.kind);
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length;
    expect(share('pcc-response')).toBeGreaterThan(0.7);
    expect(share('force-response')).toBeGreaterThan(0.03);
    expect(share('inspectorate-letter')).toBeGreaterThan(0.02);
    const timeliness = loaded.corpus.responses.filter((r) => r.kind === 'pcc-response').map((r) => site.timeliness(r).status);
    const count = (status: string) => timeliness.filter((t) => t === status).length;
    expect(count('on-time')).toBeGreaterThan(timeliness.length / 2);
    expect(count('late')).toBeGreaterThan(timeliness.length * 0.05);
    expect(count('undated')).toBeGreaterThan(timeliness.length * 0.03);
  });

  test('gives some responses later status updates that move a recommendation on, as the site shows them', () => {
    const updated = loaded.corpus.responses.filter((r) => r.updates.length > 0);
    expect(updated.length).toBeGreaterThan(loaded.corpus.responses.length * 0.05);
    expect(updated.every((r) => r.kind !== 'inspectorate-letter')).toBe(true);
    expect(updated.some((r) => r.updates.length > 1)).toBe(true);
    expect(loaded.generated.summary.updated).toBe(updated.length);
    for (const response of updated) {
      const [id, status] = Object.entries(response.updates.at(-1)!.recommendations)[0]!;
      expect(getLatestStatus(response, id)).toMatchObject({ status, updated: true });
      expect(status).not.toBe(response.recommendations[id]);
    }
  });

  test('leaves some forces in scope without a response', () => {
    const site = createSite(loaded.corpus);
    const missing = loaded.corpus.inspections.some((inspection) =>
      site.forcesInScope(inspection).some((force) => site.documentsFor(inspection.id, force.id).length === 0));
    expect(missing).toBe(true);
  });

  test('answers recommendations in "Recommendation N" sections that the comparison pages can show', () => {
    const withSections = loaded.corpus.responses.filter((r) => r.sections.length > 0);
    expect(withSections.length).toBeGreaterThan(loaded.corpus.responses.length * 0.9);
  });

  test('writes prose with a varied vocabulary, as a search index needs', () => {
    const words = loaded.corpus.responses.flatMap((r) => r.text.toLowerCase().match(/[a-z]+/g) ?? []);
    const distinct = new Set(words);
    expect(distinct.size).toBeGreaterThan(3000);
    // Zipf-like: the commonest word is far more frequent than a typical one.
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan((words.length / distinct.size) * 20);
  });
});

describe('writing a corpus', () => {
  const small = generateCorpus({ documents: 3, seed: 1 });

  test.each(['content', 'content/generated'])('refuses the project folder %s, which holds the real records', (out) => {
    expect(() => writeCorpus(small, out, ROOT)).toThrow(/^Refusing to write into .*content\/ folder/);
  });

  test('refuses a folder that is not empty', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    expect(() => writeCorpus(small, dir, ROOT)).toThrow('the folder is not empty');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  test('writes into a new folder', () => {
    const dir = join(tempDir(), 'new', 'content');
    writeCorpus(small, dir, ROOT);
    expect(readdirSync(dir).sort()).toEqual(['forces.yaml', 'inspections', 'responses']);
  });

  test('the command exits 1 with one sentence, and writes nothing, when pointed at content/', () => {
    const before = readdirSync(resolve(ROOT, 'content'), { recursive: true });
    const result = spawnSync(resolve(ROOT, 'node_modules/.bin/node'), ['scripts/corpus.ts', '--documents', '5', '--out', 'content'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("the project's content/ folder");
    expect(readdirSync(resolve(ROOT, 'content'), { recursive: true })).toEqual(before);
  });

  test('the command writes the documents asked for into an empty folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const result = spawnSync(resolve(ROOT, 'node_modules/.bin/node'), ['scripts/corpus.ts', '--documents', '25', '--out', join(dir, 'out'), '--seed', '9'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'out', 'responses'), { recursive: true }).filter((f) => String(f).endsWith('.md'))).toHaveLength(25);
  });
});
