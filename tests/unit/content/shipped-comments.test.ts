/**
 * The shipped content keeps no fact and no reason in a YAML comment: a reader never sees a
 * comment and a form-based editor drops it, so sources, reasons and notes are fields
 * (provenance, reasons, note). The only comments left are forces.yaml's region labels, which
 * repeat each entry's `region`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Lexer } from 'yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/basics/frontmatter.ts';
import { REGIONS } from '../../../src/lib/basics/regions.ts';
import { CONTENT } from '../../support/paths.ts';

/** Every comment in a YAML text, as written (from "#"), found by YAML's own lexer so a "#" inside a value is not taken for one. */
function commentsIn(yaml: string): string[] {
  return [...new Lexer().lex(yaml)].filter((token) => token.startsWith('#'));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('comments in the shipped content', () => {
  test('are found wherever YAML allows them, and a "#" inside a value is not one', () => {
    const yaml = '# Source: a header\ndate: 2019-11-15 # "15th November 2019"\ntitle: "Issue #4"\nreasons: >-\n  # not a comment: text\n';
    expect(commentsIn(yaml)).toEqual(['# Source: a header', '# "15th November 2019"']);
  });

  test('no document or inspection keeps a comment in its frontmatter', () => {
    const files = [...markdownFiles(join(CONTENT, 'inspections')), ...markdownFiles(join(CONTENT, 'responses'))];
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) =>
      commentsIn(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '').map((comment) => `${relative(CONTENT, file)}: ${comment}`),
    );
    expect(found).toEqual([]);
  });

  test('forces.yaml keeps only its region labels as comments', () => {
    const labels = new Set(REGIONS.map((region) => `# ${region}`));
    const comments = commentsIn(readFileSync(join(CONTENT, 'forces.yaml'), 'utf8'));
    expect(comments.filter((comment) => !labels.has(comment))).toEqual([]);
  });
});
