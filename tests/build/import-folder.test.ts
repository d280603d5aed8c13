/** `npm run import -- <folder>`, run as a process on a temporary copy of the fictional content: a mix of good and bad letters. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeContent, removeContentCopies, VALID_FILES } from '../fixtures/fixtures.ts';
import { describeInBrowser } from '../support/browser.ts';
import { runCommand } from '../support/commands.ts';
import { makeDocx, NORTHSHIRE_LETTER } from '../support/docx.ts';
import { blocksToHtml, closePrinter, printPdf } from '../support/pdf.ts';

afterAll(removeContentCopies);

/** A fictional Westmere letter as plain text. */
const WESTMERE_LETTER = `Office of the Police, Fire and Crime Commissioner for Westmere
2 Placeholder Road

3 May 2021

Dear Home Secretary,

Response to the Fictional vetting review: a placeholder inspection

Lorem ipsum dolor sit amet, consectetur adipiscing elit: a placeholder letter about a fictional report, in a fictional force's words.

Yours sincerely

Sam Placeholder
Police, Fire and Crime Commissioner for Westmere
`;

describeInBrowser('npm run import -- <folder>', () => {
  let northshirePdf: Uint8Array;
  let scan: Uint8Array;
  beforeAll(async () => {
    northshirePdf = await printPdf(blocksToHtml(NORTHSHIRE_LETTER));
    scan = await printPdf('<svg width="300" height="200"><rect width="300" height="200" fill="#999"/></svg>');
  }, 60_000);
  afterAll(closePrinter);

  test('imports every letter it can, reports each file in a table, writes no clashing drafts and exits 1', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, remove: true }, { file: VALID_FILES.late, remove: true }]);
    const folder = join(copy.root, 'letters');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-northshire.docx'), makeDocx(NORTHSHIRE_LETTER));
    writeFileSync(join(folder, 'b-northshire.pdf'), northshirePdf);
    writeFileSync(join(folder, 'c-westmere.txt'), WESTMERE_LETTER);
    writeFileSync(join(folder, 'd-scan.pdf'), scan);
    writeFileSync(join(folder, 'e-renamed.pdf'), makeDocx(NORTHSHIRE_LETTER));
    writeFileSync(join(folder, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff]));

    const result = runCommand('import', [folder], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual(['[1/5] a-northshire.docx', '[2/5] b-northshire.pdf', '[3/5] c-westmere.txt', '[4/5] d-scan.pdf', '[5/5] e-renamed.pdf']);
    const row = (file: string) => lines.find((l) => l.startsWith(`${file} `)) ?? '';
    expect(row('a-northshire.docx')).toMatch(/not written: b-northshire\.pdf would make the same draft \(responses\/northshire\/vetting-review-2021\.md\), so neither was written/);
    expect(row('b-northshire.pdf')).toMatch(/not written: a-northshire\.docx would make the same draft/);
    expect(row('c-westmere.txt')).toMatch(/ responses\/westmere\/vetting-review-2021\.md$/);
    expect(row('d-scan.pdf')).toContain('not written: d-scan.pdf is a scanned image with no text in it');
    expect(row('e-renamed.pdf')).toContain('not written: e-renamed.pdf is not a PDF');
    expect(result.stdout).toContain('Left alone (not .pdf, .docx or .txt): photo.jpg.');
    expect(result.stdout).toContain('4 of 5 letters gave no draft');

    expect(existsSync(join(copy.dir, VALID_FILES.onTime))).toBe(false);
    expect(readFileSync(join(copy.dir, VALID_FILES.late), 'utf8')).toContain('force: westmere');

    // Again: the Westmere draft now exists and is left as it is.
    const again = runCommand('import', [folder], { PCC_CONTENT_DIR: copy.dir });
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/c-westmere\.txt +not written: responses\/westmere\/vetting-review-2021\.md already exists and was left as it is/);
  });

  test('exits 0 when every letter gave a draft, and check accepts them', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, remove: true }, { file: VALID_FILES.late, remove: true }]);
    const folder = join(copy.root, 'letters');
    mkdirSync(folder);
    writeFileSync(join(folder, 'northshire.pdf'), northshirePdf);
    writeFileSync(join(folder, 'westmere.txt'), WESTMERE_LETTER);
    const result = runCommand('import', [folder], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/northshire\.pdf +responses\/northshire\/vetting-review-2021\.md\n/);
    expect(result.stdout).toContain('All 2 letters gave drafts.');
    expect(runCommand('check', [], { PCC_CONTENT_DIR: copy.dir }).status).toBe(0);
  });

  test('says so when a folder holds no letters', () => {
    const copy = makeContent();
    const folder = join(copy.root, 'empty');
    mkdirSync(folder);
    writeFileSync(join(folder, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff]));
    const result = runCommand('import', [folder], { PCC_CONTENT_DIR: copy.dir });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^The folder .*empty holds no letters; allowed: a folder with \.pdf, \.docx or \.txt files in it \(it has only photo\.jpg\)\.$/);
  });
});
