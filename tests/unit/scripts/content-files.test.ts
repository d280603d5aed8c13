import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { forcesFile, markdownFile, slugify, writeContentFiles } from '../../../scripts/lib/write-content-files.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/basics/frontmatter.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('ids for made-up names', () => {
  test('drops a Welsh accent rather than the letter that carries it', () => {
    expect(slugify('Dyffryn Gŵyr')).toBe('dyffryn-gwyr');
  });
  test('joins words with single hyphens and trims the ends', () => {
    expect(slugify('  Far-holt: Thematic   review 2024! ')).toBe('far-holt-thematic-review-2024');
  });
});

describe('the content files the generators write', () => {
  const title = `Fictional review: ${'a placeholder inspection with a long title '.repeat(3).trim()}`;
  const text = markdownFile({ title, recommendations: [{ id: '4a', addressedTo: ['all forces'] }] }, 'Placeholder summary.');
  const split = splitFrontmatter(text);

  test('read back by the loader\'s own parser as the same frontmatter and body', () => {
    const parsed = parseYaml(split.frontmatter!);
    expect(parsed.ok && parsed.yaml.data).toEqual({ title, recommendations: [{ id: '4a', addressedTo: ['all forces'] }] });
    expect(split.body).toBe('\nPlaceholder summary.\n');
  });
  test('keep a long title on one line, as an author would write it', () => {
    expect(text.split('\n').find((line) => line.startsWith('title: '))).toContain(title);
  });
  test('say in forces.yaml that the forces are fictional', () => {
    const yaml = forcesFile([{ id: 'northshire', name: 'Northshire Police' }], 'for tests');
    expect(yaml.split('\n')[0]).toBe('# Fictional forces for tests: none of these exists.');
    const parsed = parseYaml(yaml);
    expect(parsed.ok && parsed.yaml.data).toEqual([{ id: 'northshire', name: 'Northshire Police' }]);
  });
  test('are written into nested folders that did not exist', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pcc-content-files-')), 'content');
    temporary.push(dir);
    writeContentFiles(dir, [{ path: 'responses/northshire/review.md', text }, { path: 'forces.yaml', text: 'x' }]);
    expect(readFileSync(join(dir, 'responses/northshire/review.md'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'forces.yaml'), 'utf8')).toBe('x');
  });
});
