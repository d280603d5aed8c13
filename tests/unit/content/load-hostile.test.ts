/**
 * Content that must not crash the loader or slip past it: a YAML alias bomb, files that are not
 * what they claim to be (links out of the content folder, folders named like files, empty and
 * huge files, names with spaces or capitals). Each gets one sentence naming the file, and the
 * other files' problems are still reported.
 */
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { MAX_FILE_BYTES } from '../../../src/lib/basics/read-text.ts';
import { guardFile } from '../../../src/lib/content/safe-files.ts';
import type { Problem } from '../../../src/lib/basics/problems.ts';
import { removeContentCopies, VALID_FILES as F, type FixtureCopy } from '../../fixtures/fixtures.ts';
import { INVALID_FIXTURES } from '../../fixtures/invalid.ts';
import { expectError, formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

/** Loads a copy again, after a test has changed it in a way an edit cannot (links, folders). */
const reload = (copy: FixtureCopy) => loadContent(copy.dir, copy.root);

/** Six levels of aliases, each nine times the one before: 9^6 values from a few lines. */
const ALIAS_BOMB = ['bomb: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');

describe('an alias bomb', () => {
  test('is one sentence on its file, and the other files are still checked', () => {
    // Once a crash: "ReferenceError: Excessive alias count indicates a resource exhaustion
    // attack", with no file named and every other file's problems lost.
    const other = INVALID_FIXTURES['unknown-status-near-miss'];
    const { copy, result } = loadFixture([
      { file: F.late, replace: 'kind: pcc-response\n', with: `kind: pcc-response\n${ALIAS_BOMB}\n` },
      ...other.edits,
    ]);
    expectError(result, copy, {
      file: F.late,
      at: 'b: &b',
      field: 'frontmatter',
      says: ['too many YAML aliases: aliases (`*name`) are not needed in a content or settings file; allowed: each value written out in full'],
    });
    for (const error of other.errors) expectError(result, copy, error);
  });

  test('in forces.yaml is one sentence on forces.yaml', () => {
    const { result } = loadFixture([{ file: F.forces, replace: '- id: northshire\n', with: `- id: northshire\n${ALIAS_BOMB.split('\n').map((line) => `  ${line}`).join('\n')}\n` }]);
    expect(formattedErrors(result).filter((e) => e.startsWith('content/forces.yaml'))).toEqual([
      expect.stringMatching(/^content\/forces\.yaml:\d+: yaml: too many YAML aliases/),
    ]);
  });
});

describe('files that are not what they claim to be', () => {
  test('refuses a link to a file outside the content folder, naming it', () => {
    const { copy, result } = loadFixture();
    const outside = join(copy.root, 'private-draft.md');
    writeFileSync(outside, '---\nforce: westmere\n---\n');
    const link = join(copy.dir, 'responses/westmere/lorem-ipsum-2020.md');
    symlinkSync(outside, link);
    const again = reload(copy);
    expect(formattedErrors(again)).toContain(
      'content/responses/westmere/lorem-ipsum-2020.md: file: this is a link to a file outside the content folder, which would publish that file; allowed: the file itself, copied into the content folder',
    );
    expect(again.corpus.responses.map((r) => r.id)).toEqual(result.corpus.responses.map((r) => r.id));
  });

  test('reads a link that stays inside the content folder', () => {
    const { copy } = loadFixture([{ file: F.undated, moveTo: 'spare/custody-review-2022.md' }]);
    symlinkSync('../../spare/custody-review-2022.md', join(copy.dir, F.undated));
    const result = reload(copy);
    expect(formattedErrors(result)).toEqual([]);
    expect(result.corpus.responses.map((r) => r.id)).toContain('westmere/custody-review-2022');
  });

  test('refuses a link that leads nowhere, and a force folder that links outside', () => {
    const { copy } = loadFixture();
    symlinkSync(join(copy.root, 'no-such-file.md'), join(copy.dir, 'inspections/dangling-2020.md'));
    mkdirSync(join(copy.root, 'elsewhere'));
    symlinkSync(join(copy.root, 'elsewhere'), join(copy.dir, 'responses/eastmarch'));
    const errors = formattedErrors(reload(copy));
    expect(errors).toContain('content/inspections/dangling-2020.md: file: this is a link to something that does not exist; allowed: the file itself, not a link');
    expect(errors).toContain('content/responses/eastmarch: folder: this is a link to a file outside the content folder, which would publish that file; allowed: the file itself, copied into the content folder');
  });

  test('names a folder whose name ends .md', () => {
    const { copy } = loadFixture();
    mkdirSync(join(copy.dir, 'responses/westmere/lorem-ipsum-2020.md'));
    expect(formattedErrors(reload(copy))).toContain(
      'content/responses/westmere/lorem-ipsum-2020.md: folder: this is a folder, though its name ends ".md", so nothing in it is read; allowed: responses/westmere/<inspection-id>.md files',
    );
  });

  test('names an empty (0-byte) response', () => {
    const { result } = loadFixture([{ file: F.late, write: '' }]);
    expect(formattedErrors(result)).toContain(
      `content/${F.late}: file: the file is empty; allowed: a block of fields between two lines of three dashes (---), then the text (npm run new makes a draft to start from)`,
    );
  });

  test('refuses a 50 MB file without reading it, giving the limit', () => {
    const { copy } = loadFixture();
    const huge = join(copy.dir, F.late);
    truncateSync(huge, 50 * 1024 * 1024);
    const started = performance.now();
    const errors = formattedErrors(reload(copy));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(errors).toContain(`content/${F.late}: file: is 50.0 MB, more than the 10 MB a content file may be; allowed: a file of at most 10 MB (the text of a document alone is far smaller)`);
  });

  test('names a file name with spaces or capitals, with the allowed form', () => {
    const { result } = loadFixture([
      { file: F.late, moveTo: 'responses/westmere/vetting review 2021.md' },
      { file: F.monthInspection, moveTo: 'inspections/Custody-Review-2022.md' },
    ]);
    const errors = formattedErrors(result);
    expect(errors).toContain('content/responses/westmere/vetting review 2021.md: file: the file name "vetting review 2021.md" is not allowed; allowed: responses/<force-id>/<inspection-id>.md, or <inspection-id>--<kind>.md for a second document of another kind');
    expect(errors).toContain('content/inspections/Custody-Review-2022.md: file: the file name "Custody-Review-2022.md" is not allowed; allowed: an inspection id: lower-case words joined by hyphens, ending .md');
  });

  test('names a force folder with spaces or capitals, with the allowed form', () => {
    const { result } = loadFixture([{ file: F.late, moveTo: 'responses/West Mere/vetting-review-2021.md' }]);
    expect(formattedErrors(result)).toContain(
      'content/responses/West Mere: folder: the folder name "West Mere" is not allowed, so its documents are not read; allowed: a force id — lower-case letters and digits, words joined by hyphens, no spaces (e.g. northshire)',
    );
  });
});

describe('a fault in the loader itself', () => {
  test('becomes an error on the file being read, and the load goes on', () => {
    const problems: Problem[] = [];
    const value = guardFile(problems, '/project', '/project/content/forces.yaml', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    }, 'fallback');
    expect(value).toBe('fallback');
    expect(problems).toEqual([{
      severity: 'error',
      file: 'content/forces.yaml',
      field: 'file',
      message: "the file could not be checked because of a fault in the site's code (TypeError: Cannot read properties of undefined (reading 'id')); allowed: report the fault with this file attached — every other file was checked",
    }]);
  });
});
