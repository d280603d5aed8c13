/** The office's commands, run as processes on temporary copies of the fictional content: never on content/. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_STATUS } from '../../src/lib/content/placeholder.ts';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { runCommand } from '../support/commands.ts';
import { makeDocx, NORTHSHIRE_LETTER } from '../support/docx.ts';

afterAll(removeContentCopies);

/** Every file under a folder, with its bytes, to show that a command changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'base64'));
    }
  };
  walk(dir);
  return files;
}

/** One line on stderr and exit code 1. */
function expectOneSentenceFailure(result: ReturnType<typeof runCommand>, sentence: string | RegExp) {
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(sentence);
}

describe('npm run new', () => {
  test('writes a draft that check accepts with warnings, and will not overwrite it', () => {
    const copy = makeContent();
    const env = { PCC_CONTENT_DIR: copy.dir };
    const created = runCommand('new', ['--inspection', 'vetting-review-2021', '--force', 'eastmarch'], env);
    expect(created.status, created.stderr).toBe(0);
    const path = join(copy.dir, 'responses/eastmarch/vetting-review-2021.md');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(`  "4a":\n    status: ${PLACEHOLDER_STATUS}\n    evidence:\n`);

    const check = runCommand('check', [], env);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/responses\/eastmarch\/vetting-review-2021\.md:\d+: warning: recommendations\.1: recommendation 1 still has the placeholder status "todo"/);

    writeFileSync(path, text.replace('Replace this paragraph with the text of the document.', 'The office’s own words.'));
    const before = snapshot(copy.dir);
    expectOneSentenceFailure(runCommand('new', ['--inspection', 'vetting-review-2021', '--force', 'eastmarch'], env), /vetting-review-2021\.md already exists and was left as it is/);
    expect(snapshot(copy.dir)).toEqual(before);
  });

  test('answers an unknown force, a missing argument and an unknown flag with one sentence, writing nothing', () => {
    const copy = makeContent();
    const env = { PCC_CONTENT_DIR: copy.dir };
    const before = snapshot(copy.dir);
    expectOneSentenceFailure(runCommand('new', ['--inspection', 'vetting-review-2021', '--force', 'eastmarsh'], env), 'Unknown force "eastmarsh" (did you mean "eastmarch"?); allowed: northshire, westmere, dyffryn, eastmarch.');
    expectOneSentenceFailure(runCommand('new', ['--force', 'eastmarch'], env), /^No inspection was given; allowed: --inspection followed by one of /);
    expectOneSentenceFailure(runCommand('new', ['--forse', 'eastmarch'], env), /^Unknown option '--forse'.*; allowed: --inspection <id> --force <id>/);
    expect(snapshot(copy.dir)).toEqual(before);
  });
});

describe('npm run import', () => {
  test('turns a Word letter into a draft and says what it could not decide', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, remove: true }]);
    const letter = join(copy.root, 'letter.docx');
    writeFileSync(letter, makeDocx(NORTHSHIRE_LETTER));
    const result = runCommand('import', [letter], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('force: northshire');
    expect(result.stdout).toContain('date: 2021-04-20 (from "20 April 2021")');
    expect(result.stdout).toMatch(/Could not decide:\n {2}- which part answers recommendation 4a/);
    const draft = readFileSync(join(copy.dir, VALID_FILES.onTime), 'utf8');
    expect(draft).toContain('## Recommendation 2');
    expect(runCommand('check', [], { PCC_CONTENT_DIR: copy.dir }).status).toBe(0);
  });

  test('answers a corrupt .docx, a missing file and no argument with one sentence, writing nothing', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, remove: true }]);
    const env = { PCC_CONTENT_DIR: copy.dir };
    const corrupt = join(copy.root, 'corrupt.docx');
    writeFileSync(corrupt, makeDocx(NORTHSHIRE_LETTER).slice(0, 300));
    const before = snapshot(copy.dir);
    expectOneSentenceFailure(runCommand('import', [corrupt], env), /corrupt\.docx could not be read as a Word document/);
    expectOneSentenceFailure(runCommand('import', [join(copy.root, 'absent.docx')], env), /^There is no file or folder .*absent\.docx; allowed: the path of a \.pdf, \.docx or \.txt letter, or of a folder of them\.$/);
    expectOneSentenceFailure(runCommand('import', [], env), 'No letter was given; allowed: npm run import -- <letter.pdf, letter.docx, letter.txt or a folder of them> [--force <id>] [--inspection <id>] [--kind <kind>].');
    expect(snapshot(copy.dir)).toEqual(before);
    expect(existsSync(join(copy.dir, VALID_FILES.onTime))).toBe(false);
  });
});

describe('npm run check', () => {
  test('lists every error as file:line: field: message and exits 1', () => {
    const copy = makeContent([
      { file: VALID_FILES.onTime, replace: '"2": in-progress', with: '"2": in-progres' },
      { file: VALID_FILES.late, replace: 'force: westmere', with: 'force: westmer' },
    ]);
    const result = runCommand('check', [], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/content\/responses\/northshire\/vetting-review-2021\.md:\d+: recommendations\.2: "in-progres" is not allowed \(did you mean "in-progress"\?\); allowed: /);
    expect(result.stdout).toMatch(/content\/responses\/westmere\/vetting-review-2021\.md:\d+: force: unknown force "westmer" \(did you mean "westmere"\?\)/);
  });

  test('checks the office settings file too', () => {
    const copy = makeContent();
    const config = join(copy.root, 'site.config.json');
    writeFileSync(config, '{\n  "force": "northshir",\n  "colours": { "link": "#9db8d9" }\n}\n');
    const result = runCommand('check', [], { PCC_CONTENT_DIR: copy.dir, PCC_CONFIG: config });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/site\.config\.json:3: colours\.link: links on the page: #9db8d9 on #ffffff has a contrast ratio of/);
  });
});
