import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { UserError, writeNewFile } from '../../../src/lib/office/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('writes a new file, making its folder', () => {
  writeNewFile(join(dir, 'responses/northshire/draft.md'), 'Placeholder draft.\n');
  expect(readFileSync(join(dir, 'responses/northshire/draft.md'), 'utf8')).toBe('Placeholder draft.\n');
  expect(readdirSync(join(dir, 'responses/northshire'))).toEqual(['draft.md']);
});

test('refuses to overwrite a file, leaving it and its folder exactly as they were', () => {
  const path = join(dir, 'existing.md');
  writeFileSync(path, 'The author’s own words.\n');
  expect(() => writeNewFile(path, 'A new draft.\n', 'content/existing.md')).toThrow(new UserError('content/existing.md already exists and was left as it is; move or delete it first if you want a new draft.'));
  expect(readFileSync(path, 'utf8')).toBe('The author’s own words.\n');
  expect(readdirSync(dir).filter((f) => f.includes('existing'))).toEqual(['existing.md']);
});
