import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { PLACEHOLDER_STATUS } from '../../../../src/lib/content/placeholder.ts';
import { UserError } from '../../../../src/lib/office/files.ts';
import { convertLetter, importLetter, toDraft } from '../../../../src/lib/office/import/import-letter.ts';
import { makeDocx, NORTHSHIRE_LETTER } from '../../../support/docx.ts';
import { VALID } from '../../../fixtures/fixtures.ts';
import { ROOT } from '../../../support/paths.ts';

const corpus = loadContent(VALID).corpus;
const docx = (blocks = NORTHSHIRE_LETTER) => ({ name: 'letter.docx', bytes: makeDocx(blocks) });

describe('importing a Word letter', () => {
  test('keeps headings, lists and tables, and cleans what Word pastes', async () => {
    const draft = await importLetter(docx(), corpus);
    const body = draft.text.split('\n---\n')[1]!;
    expect(body).toContain('# Response to the fictional vetting review: a placeholder inspection');
    expect(body).toContain('- Placeholder point one');
    expect(body).toContain('1. First numbered placeholder');
    expect(body).toMatch(/\| Recommendation +\| Owner +\|/);
    expect(body).toContain('We welcome the report and its findings'); // soft hyphen and zero-width space gone
    expect(body).toContain('Dear Home Secretary'); // non-breaking space made plain
    expect(body).not.toMatch(/[\u00A0\u00AD\u200B]/);
    expect(body).toContain('“placeholder”'); // curly quotes are text, and stay
    expect(draft.normalised).toBe('1 non-breaking space, 1 zero-width character and 1 soft hyphen');
  });

  test('makes each answered "Recommendation N" a section heading, quoting the recommendation', async () => {
    const draft = await importLetter(docx(), corpus);
    expect(draft.sections.sections).toEqual(['1', '2']);
    expect(draft.text).toContain('## Recommendation 1\n\n> Placeholder text of recommendation one, quoted.');
    expect(draft.text).toContain('## Recommendation 2\n\nPlaceholder answer to recommendation two.');
  });

  test('proposes the force, inspection, date, author and recipient from the letter', async () => {
    const { proposals } = await importLetter(docx(), corpus);
    expect(proposals.force?.value).toBe('northshire');
    expect(proposals.inspection?.value).toBe('vetting-review-2021');
    expect(proposals.date?.value).toBe('2021-04-20');
    expect(proposals.author?.value).toEqual({ name: 'Alex Example', role: 'Police and Crime Commissioner for Northshire' });
    expect(proposals.recipient?.value).toBe('Home Secretary');
    expect(proposals.kind?.value).toBe('pcc-response');
  });

  test('writes a draft that loads, with only the placeholder statuses left to decide', async () => {
    const draft = await importLetter(docx(), corpus);
    expect(draft.path).toBe('responses/northshire/vetting-review-2021.md');
    expect(draft.undecided.some((u) => u.includes('recommendation 4a'))).toBe(true);
    const frontmatter = draft.text.split('\n---\n')[0]!;
    for (const id of ['1', '2', '4a']) expect(frontmatter).toMatch(new RegExp(`  "${id}":\n    status: ${PLACEHOLDER_STATUS}\n    evidence:$`, 'm'));
    expect(frontmatter).toContain('date: 2021-04-20');
  });

  test('lets flags overrule what it proposed, and refuses a force the inspection does not concern', async () => {
    const letter = await convertLetter(docx());
    expect(toDraft({ name: 'letter.docx', bytes: new Uint8Array() }, letter, corpus, { force: 'westmere' }).path).toBe('responses/westmere/vetting-review-2021.md');
    const again = await convertLetter(docx());
    expect(() => toDraft({ name: 'letter.docx', bytes: new Uint8Array() }, again, corpus, { force: 'eastmarch', inspection: 'custody-review-2022' }))
      .toThrow('The inspection custody-review-2022 does not concern the force "eastmarch"; allowed: northshire, westmere.');
  });

  test('answers a corrupt .docx with one sentence naming the file', async () => {
    const bytes = makeDocx(NORTHSHIRE_LETTER).slice(0, 200);
    await expect(convertLetter({ name: 'broken.docx', bytes })).rejects.toThrow(new UserError('broken.docx could not be read as a Word document (it may be damaged, or not really a .docx); allowed: a .docx file that Word opens, or the letter saved as .txt.'));
  });

  test('refuses a file that is not a letter', async () => {
    // A PDF is read now (see import-pdf.test.ts): four bytes of one are a damaged PDF.
    await expect(convertLetter({ name: 'photo.pdf', bytes: new Uint8Array([37, 80, 68, 70, 45]) })).rejects.toThrow('photo.pdf is damaged');
    await expect(convertLetter({ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) })).rejects.toThrow('photo.jpg is not a letter this command can read');
    await expect(convertLetter({ name: 'notes.txt', bytes: new TextEncoder().encode('Just a note.') })).rejects.toThrow('notes.txt does not hold a letter: it has 3 words of text');
    await expect(convertLetter({ name: 'image.txt', bytes: new Uint8Array([0, 1, 2, 3, 0, 0]) })).rejects.toThrow('image.txt is not text');
    await expect(convertLetter({ name: 'old.doc', bytes: new Uint8Array([0xd0, 0xcf]) })).rejects.toThrow('old.doc is in the old Word format');
  });

  test('says so when it cannot tell which force or inspection a letter is about', async () => {
    const letter = docx([{ paragraph: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua, a letter about nothing in particular.' }]);
    await expect(importLetter(letter, corpus)).rejects.toThrow('Could not tell which inspection letter.docx answers; allowed: --inspection followed by one of custody-review-2022, vetting-review-2021.');
    await expect(importLetter(letter, corpus, { inspection: 'vetting-review-2021' })).rejects.toThrow('Could not tell which force letter.docx is about');
  });
});

/** A fictional Welsh office's letter, in Welsh, from its chief constable: placeholder text throughout. */
const WELSH_LETTER = [
  'Heddlu Dyffryn Ffuglennol', '', 'Y Swyddfa Gartref', '', '1 Mai 2021', '', 'Annwyl Ysgrifennydd Cartref,', '',
  'Ymateb y Prif Gwnstabl i Placeholder vetting review: testun dros dro ar gyfer ymateb ffuglennol gan y Prif Gwnstabl.', '',
  'Argymhelliad 1', '', 'Testun dros dro: mae\'r gwaith wedi\'i gwblhau.', '',
  'Argymhelliad 2', '', 'Testun dros dro: mae\'r gwaith ar y gweill ac rydym yn ei ddilyn.', '',
  'Argymhelliad 4a', '', 'Testun dros dro: rydym yn aros am y gwaith cenedlaethol sydd ar y gweill.', '',
  'Yn gywir,', '', 'Siôn Ffuglennol', 'Prif Gwnstabl Heddlu Dyffryn Ffuglennol', '',
].join('\n');
const welshTxt = () => ({ name: 'ymateb.txt', bytes: new TextEncoder().encode(WELSH_LETTER) });

describe('importing a letter in Welsh', () => {
  test('proposes its date, signatory, kind, recipient and language from the Welsh words, and says where each came from', async () => {
    const { proposals, undecided } = await importLetter(welshTxt(), corpus, { inspection: 'vetting-review-2021' });
    expect(proposals.date).toEqual({ value: '2021-05-01', from: '1 Mai 2021' });
    expect(proposals.author?.value).toEqual({ name: 'Siôn Ffuglennol', role: 'Prif Gwnstabl Heddlu Dyffryn Ffuglennol' });
    expect(proposals.kind?.value).toBe('force-response');
    expect(proposals.recipient?.value).toBe('Ysgrifennydd Cartref');
    expect(proposals.force?.value).toBe('dyffryn');
    expect(proposals.lang?.value).toBe('cy');
    expect(undecided.filter((u) => !u.startsWith('every status'))).toEqual([]);
  });

  test('writes lang: cy and keeps the letter\'s "Argymhelliad N" as its section headings, which the site reads', async () => {
    const draft = await importLetter(welshTxt(), corpus, { inspection: 'vetting-review-2021' });
    expect(draft.path).toBe('responses/dyffryn/vetting-review-2021--force-response.md');
    expect(draft.text).toMatch(/^lang: cy$/m);
    expect(draft.text).toContain('## Argymhelliad 1\n\nTestun dros dro');
    expect(draft.text).not.toContain('Recommendation 1');
    expect(draft.sections.sections).toEqual(['1', '2', '4a']);
  });

  test('an English letter gets no lang line, and a flag\'s choice is reported as given, not as the letter\'s', async () => {
    const english = await importLetter(docx(), corpus, { kind: 'force-response' });
    expect(english.proposals.lang).toBeUndefined();
    expect(english.text).not.toMatch(/^lang:/m);
    expect(english.proposals.kind).toEqual({ value: 'force-response', from: 'given with --kind' });
    expect(english.path).toBe('responses/northshire/vetting-review-2021--force-response.md');
  });
});

// The seed letters: real public documents, text-converted from PDFs. CI has them beside the clone.
// PCC_SEEDS_DIR names another folder (a worktree is not beside them).
const SEEDS = process.env.PCC_SEEDS_DIR ?? resolve(ROOT, '../shared/seeds');
const hasSeeds = existsSync(SEEDS);
if (!hasSeeds && !process.env.CI) console.warn(`Skipping the seed-letter import tests: no seed letters at ../shared/seeds beside the repository.`);

describe.skipIf(!hasSeeds && !process.env.CI)('importing the seed letters', () => {
  const real = loadContent(resolve(ROOT, 'content')).corpus;
  const seeds = hasSeeds ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  // What the shipped transcriptions (content/responses) record for each seed, read from their files.
  const transcriptions = real.responses.map((r) => ({ response: r, source: readFileSync(resolve(ROOT, r.file), 'utf8') }));

  test('finds all five seed letters', () => {
    expect(seeds).toHaveLength(5);
  });

  test.each(seeds)('proposes for %s what the transcription records', async (seed) => {
    const match = transcriptions.find((t) => t.source.includes(seed));
    expect(match, `a transcription naming ${seed}`).toBeDefined();
    const expected = match!.response;
    const draft = await importLetter({ name: seed, bytes: readFileSync(join(SEEDS, seed)) }, real);
    expect(draft.proposals.force?.value).toBe(expected.force);
    expect(draft.proposals.inspection?.value).toBe(expected.inspection);
    expect(draft.proposals.kind?.value).toBe(expected.kind);
    expect(draft.proposals.date?.value).toBe(expected.date);
    expect(draft.proposals.lang?.value).toBe(expected.lang === 'cy' ? 'cy' : undefined);
    if (expected.author) expect(draft.proposals.author?.value.name).toBe(expected.author.name);
    // A section for exactly the recommendations the transcription gives sections to.
    expect(draft.sections.sections).toEqual([...new Set(expected.sections.map((s) => s.recommendation))]);
  });

  test('leaves no raw HTML in a draft made from a converted PDF', async () => {
    for (const seed of seeds) {
      const draft = await importLetter({ name: seed, bytes: readFileSync(join(SEEDS, seed)) }, real);
      expect(draft.text, seed).not.toMatch(/<\/?u>/);
    }
  });
});
