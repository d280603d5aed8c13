import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { rareWord, rarest, wordsOf } from '../lib/rare-word.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-rare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('reads only the body, each word once per document, seven letters or more', () => {
  const words = wordsOf('---\ntitle: Zzzzzzzzz frontmatter\n---\nVetting vetting plans brantelow.\n');
  expect([...words].sort()).toEqual(['brantelow', 'vetting']);
});

test('picks the word in the fewest documents, alphabetically first among equals', () => {
  expect(rarest(new Map([['vetting', 40], ['zoubrast', 1], ['brantelow', 1], ['oversight', 2]]))).toBe('brantelow');
  expect(() => rarest(new Map())).toThrow(/no word/);
});

test('finds the rarest word of a content folder\'s responses', () => {
  const responses = join(dir, 'responses');
  mkdirSync(join(responses, 'lowfell'), { recursive: true });
  mkdirSync(join(responses, 'marrowdale'), { recursive: true });
  writeFileSync(join(responses, 'lowfell', 'a.md'), '---\nforce: lowfell\n---\nVetting oversight quorblent.\n');
  writeFileSync(join(responses, 'marrowdale', 'b.md'), '---\nforce: marrowdale\n---\nVetting oversight.\n');
  writeFileSync(join(responses, 'marrowdale', 'notes.txt'), 'Aardvarkish is not in a response.\n');
  expect(rareWord(dir)).toBe('quorblent');
});
