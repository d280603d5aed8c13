/**
 * PDF letters: fictional letters and the seed letters printed to PDF by a real Chromium, then
 * imported. The PDF's text must be the letter's, word for word, with the same proposals as a
 * Word or plain-text import of the same letter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { UserError } from '../../../../src/lib/office/files.ts';
import { convertLetter, importLetter } from '../../../../src/lib/office/import/import-letter.ts';
import { linesOf, stringifyMarkdown } from '../../../../src/lib/office/import/to-markdown.ts';
import { layOutPdf } from '../../../../src/lib/office/import/pdf-layout.ts';
import { readPdfPages } from '../../../../src/lib/office/import/pdf-read.ts';
import { VALID } from '../../../fixtures/fixtures.ts';
import { describeInBrowser } from '../../../support/browser.ts';
import { makeDocx, NORTHSHIRE_LETTER } from '../../../support/docx.ts';
import { ROOT } from '../../../support/paths.ts';
import { blocksToHtml, closePrinter, encryptedPdf, printPdf, textToHtml } from '../../../support/pdf.ts';

const corpus = loadContent(VALID).corpus;
const PLACEHOLDER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, placeholder text about a fictional review.';

/** A fictional two-page letter with what office letters have: an address block, a running header, page numbers, lists, a form and a signature. */
const LONG_LETTER = `
<p>Office of the Police and Crime Commissioner for Northshire<br>1 Placeholder Street<br>Northtown<br>NS1 1AA</p>
<p>20 April 2021</p>
<p>Dear Home Secretary,</p>
<h1>Response to the fictional vetting review: a placeholder inspection</h1>
<p>${PLACEHOLDER} We describe the co-operation of the placeholder partners and their well-being. ${PLACEHOLDER}</p>
<h2>Our placeholder actions</h2>
<ul><li>Placeholder point one</li><li>Placeholder point two, ${PLACEHOLDER}</li></ul>
<ol><li>First numbered placeholder</li><li>Second numbered placeholder</li></ol>
<table>
<tr><td>Title of inspection</td><td>Fictional vetting review: a placeholder inspection</td></tr>
<tr><td>Date inspection published</td><td>March 2021</td></tr>
<tr><td>Response by</td><td>${PLACEHOLDER}</td></tr>
</table>
<p>${Array(9).fill(PLACEHOLDER).join(' ')}</p>
<p><b>Recommendation 1:</b> Placeholder text of recommendation one, quoted.</p>
<p>Placeholder answer to recommendation one.</p>
<p>Yours sincerely</p>
<p>Alex Example<br>Police and Crime Commissioner for Northshire</p>`;

/** The letter's words in order, blocks and lines kept apart: what "word for word" compares. */
const words = (tree: Root) => linesOf(tree).join(' ').split(/\s+/).filter(Boolean);

describeInBrowser('importing a PDF letter', () => {
  let longLetter: Uint8Array;
  let wordLetter: Uint8Array;
  beforeAll(async () => {
    longLetter = await printPdf(LONG_LETTER, { header: 'OFFICIAL – Northshire placeholder office', pageNumbers: true });
    wordLetter = await printPdf(blocksToHtml(NORTHSHIRE_LETTER));
  }, 60_000);
  afterAll(closePrinter);

  test('proposes what a Word import of the same letter proposes', async () => {
    const fromPdf = await importLetter({ name: 'letter.pdf', bytes: wordLetter }, corpus);
    const fromWord = await importLetter({ name: 'letter.docx', bytes: makeDocx(NORTHSHIRE_LETTER) }, corpus);
    expect(fromPdf.proposals).toEqual(fromWord.proposals);
    expect(fromPdf.proposals.force?.value).toBe('northshire');
    expect(fromPdf.sections).toEqual(fromWord.sections);
    expect(fromPdf.path).toBe(fromWord.path);
  });

  test('keeps the lines of an address block and a signature, and joins the lines of a paragraph', async () => {
    const body = stringifyMarkdown((await convertLetter({ name: 'letter.pdf', bytes: longLetter })).tree);
    expect(body).toContain('Office of the Police and Crime Commissioner for Northshire\\\n1 Placeholder Street\\\nNorthtown\\\nNS1 1AA\n');
    expect(body).toContain('Alex Example\\\nPolice and Crime Commissioner for Northshire');
    // The long paragraph runs over the page break: still one paragraph, every word in order.
    expect(body).toContain(`\n\n${Array(9).fill(PLACEHOLDER).join(' ')}\n\n`);
    expect(body).toContain('co-operation of the placeholder partners and their well-being');
  });

  test('makes headings of larger type, keeps lists as lists and a form\'s rows as rows', async () => {
    const body = stringifyMarkdown((await convertLetter({ name: 'letter.pdf', bytes: longLetter })).tree);
    expect(body).toContain('\n# Response to the fictional vetting review: a placeholder inspection\n');
    expect(body).toContain('\n## Our placeholder actions\n');
    expect(body).toContain('\n- Placeholder point one\n- Placeholder point two, Lorem ipsum');
    expect(body).toContain('\n1. First numbered placeholder\n2. Second numbered placeholder\n');
    // One table, its header left empty (a form has none), then the form's three rows in order.
    const table = /\n\| +\| +\|\n\| -+ \| -+ \|\n((?:\|.*\|\n)+)/.exec(body)?.[1]?.trim().split('\n') ?? [];
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^\| Title of inspection +\| Fictional vetting review: a placeholder inspection +\|$/);
    expect(table[1]).toMatch(/^\| Date inspection published +\| March 2021 +\|$/);
    expect(table[2]).toMatch(/^\| Response by +\| Lorem ipsum dolor sit amet, [^|]+ a fictional review\. +\|$/);
    expect(body).toContain('**Recommendation 1:** Placeholder text of recommendation one, quoted.');
  });

  test('leaves out the running header and page numbers, and says so', async () => {
    const letter = await convertLetter({ name: 'letter.pdf', bytes: longLetter });
    const body = stringifyMarkdown(letter.tree);
    expect(body).not.toContain('OFFICIAL');
    expect(body).not.toMatch(/Page \d of \d/);
    expect(letter.dropped).toEqual([
      'the running header or footer "OFFICIAL – Northshire placeholder office" (on 2 pages)',
      'the page number "Page 1 of 2" (on 2 pages)',
    ]);
  });

  test('keeps a word split over two lines by a hyphen as the document has it', async () => {
    // A column this narrow makes Chromium break "co-operation" and "well-being" at their hyphens.
    const narrow = await printPdf(`<div style="width: 4em">${'<p>The co-operation of well-being partners in the area.</p>'.repeat(2)}</div>`);
    const { runs } = (await readPdfPages('narrow.pdf', narrow))[0]!;
    expect(runs.map((r) => r.text)).toEqual(expect.arrayContaining(['The co-', 'operation', 'of well-', 'being']));
    const { tree } = layOutPdf(await readPdfPages('narrow.pdf', narrow));
    expect(linesOf(tree)).toEqual(['The co-operation of well-being partners in the area.', 'The co-operation of well-being partners in the area.']);
  });

  test('keeps text set at an angle, after the rest of its page, and says so', async () => {
    const stamped = await printPdf(`<p>${PLACEHOLDER}</p><p style="transform: rotate(-90deg); width: 8em; margin-top: 4em">RECEIVED PLACEHOLDER STAMP</p><p>${PLACEHOLDER}</p>`);
    const letter = await convertLetter({ name: 'stamped.pdf', bytes: stamped });
    expect(linesOf(letter.tree).at(-1)).toBe('RECEIVED PLACEHOLDER STAMP');
    expect(letter.moved).toEqual(["text set at an angle on page 1 is kept after the rest of that page's text: check where it belongs"]);
    expect(letter.dropped).toEqual([]);
  });

  test('answers a scanned letter, an encrypted one, a damaged one and a renamed file with one sentence each', async () => {
    const scan = await printPdf('<svg width="400" height="300"><rect width="400" height="300" fill="#ccc"/><circle cx="200" cy="150" r="80"/></svg>');
    await expect(convertLetter({ name: 'scan.pdf', bytes: scan })).rejects.toThrow(new UserError('scan.pdf is a scanned image with no text in it; allowed: the letter saved as .docx or .txt, or the PDF run through OCR (text recognition) first.'));
    await expect(convertLetter({ name: 'locked.pdf', bytes: encryptedPdf() })).rejects.toThrow(new UserError('locked.pdf is protected by a password, so its text cannot be read; allowed: the letter saved again as PDF from the program that wrote it, or saved as .docx or .txt, without a password.'));
    await expect(convertLetter({ name: 'cut.pdf', bytes: longLetter.slice(0, 900) })).rejects.toThrow(/^cut\.pdf is damaged/);
    await expect(convertLetter({ name: 'letter.pdf', bytes: makeDocx(NORTHSHIRE_LETTER) })).rejects.toThrow(new UserError('letter.pdf is not a PDF, though its name ends .pdf (it may be another kind of file renamed); allowed: the letter saved again as PDF from the program that wrote it, or saved as .docx or .txt.'));
  });
});

// The seed letters: real public documents, transcribed as text. CI has them beside the clone;
// PCC_SEEDS_DIR names another folder (a worktree is not beside them).
const SEEDS = process.env.PCC_SEEDS_DIR ?? resolve(ROOT, '../shared/seeds');
const hasSeeds = existsSync(SEEDS);
if (!hasSeeds && !process.env.CI) console.warn('Skipping the seed-letter PDF tests: no seed letters at ../shared/seeds beside the repository.');

describeInBrowser('importing the seed letters printed to PDF', () => {
  const real = loadContent(resolve(ROOT, 'content')).corpus;
  const seeds = hasSeeds ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  afterAll(closePrinter);

  // Without the seed letters (and outside CI) one skipped test says so: a suite with no test in it fails.
  (hasSeeds || process.env.CI ? test : test.skip).each(hasSeeds ? seeds : ['every seed letter'])('%s as PDF gives the proposals and the words of its text', async (seed) => {
    const bytes = readFileSync(join(SEEDS, seed));
    const pdf = await printPdf(textToHtml(new TextDecoder().decode(bytes)), { header: 'OFFICIAL', pageNumbers: true });
    const fromText = await importLetter({ name: seed, bytes }, real);
    const fromPdf = await importLetter({ name: seed.replace(/\.txt$/, '.pdf'), bytes: pdf }, real);
    expect(fromPdf.proposals).toEqual(fromText.proposals);
    expect(fromPdf.sections).toEqual(fromText.sections);
    const textWords = words((await convertLetter({ name: seed, bytes })).tree);
    expect(words((await convertLetter({ name: 'seed.pdf', bytes: pdf })).tree)).toEqual(textWords);
    expect(textWords.length).toBeGreaterThan(400);
  }, 60_000);
});
