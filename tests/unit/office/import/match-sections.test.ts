/** Sections found from the recommendation text a letter quotes, when it has no "Recommendation N" labels. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { importLetter } from '../../../../src/lib/office/import/import-letter.ts';
import { linesOf, stringifyMarkdown, textToMarkdownTree } from '../../../../src/lib/office/import/to-markdown.ts';
import { matchSections } from '../../../../src/lib/office/import/match-sections.ts';
import { ROOT } from '../../../support/paths.ts';

const RECOMMENDATIONS = [
  { id: '1', text: 'By March 2031, all forces should publish a placeholder plan for the fictional records of every officer and member of staff.' },
  { id: '2', text: 'The fictional national lead should agree a standard placeholder form with the Northshire and Westmere forces within six months.' },
  { id: '3', text: 'All forces should make sure their placeholder units have enough trained people to search the fictional records proactively.' },
];

const tree = (text: string) => textToMarkdownTree(text).tree;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('finding sections from quoted recommendations', () => {
  test('puts a heading before a paragraph that quotes a recommendation and is then answered, changing no word', () => {
    const letter = tree([
      'Dear Home Secretary,',
      'Our placeholder force has read the fictional report.',
      'The report said that by March 2031, all forces should publish a placeholder plan for the fictional records of every officer and member of staff.',
      'Our plan was published in January, lorem ipsum.',
      'All forces should make sure their placeholder units have enough trained people to search the fictional records proactively.',
      'We have trained ten more people, dolor sit amet.',
    ].join('\n\n'));
    const before = linesOf(letter).join(' ');
    const report = matchSections(letter, RECOMMENDATIONS, ['1', '2', '3']);
    expect(report.inserted.map((m) => m.recommendation)).toEqual(['1', '3']);
    expect(report.inserted[0]).toMatchObject({ before: 'The report said that by March 2031, all …', score: 1 });
    expect(report.inserted[0]!.words).toBe('By March 2031, all forces should publish a placeholder plan for the …');
    const markdown = stringifyMarkdown(letter);
    expect(markdown).toContain('## Recommendation 1\n\nThe report said that by March 2031');
    expect(markdown).toContain('## Recommendation 3\n\nAll forces should make sure');
    // Only the two heading lines are new: every other word is the letter's, in order.
    expect(words(linesOf(letter).filter((l) => !/^Recommendation [13]$/.test(l)).join(' '))).toEqual(words(before));
  });

  test('inserts nothing for a paragraph that only talks about the same subject, and says it is unsure when it is close', () => {
    const letter = tree([
      'We will publish a plan for the records of officers and staff, as the report asks, lorem ipsum.',
      'The national lead should agree a standard placeholder form with the forces, which we support.',
      'Dolor sit amet.',
    ].join('\n\n'));
    const report = matchSections(letter, RECOMMENDATIONS, ['1', '2', '3']);
    expect(report.inserted).toEqual([]);
    expect(report.unsure.map((m) => m.recommendation)).toEqual(['2']);
    expect(report.unsure[0]!.score).toBeGreaterThanOrEqual(0.25);
    expect(report.unsure[0]!.score).toBeLessThan(0.6);
    expect(stringifyMarkdown(letter)).not.toContain('Recommendation');
  });

  test('leaves recommendations quoted one after another, with no answer between them, as a list', () => {
    const letter = tree([
      'The recommendations were:',
      ...RECOMMENDATIONS.map((r) => r.text),
      'We welcome them all, lorem ipsum.',
    ].join('\n\n'));
    const report = matchSections(letter, RECOMMENDATIONS, ['1', '2', '3']);
    expect(report.inserted).toEqual([]);
    expect(report.listed).toEqual(['1', '2', '3']);
  });
});

describe('finding the shipped responses\' sections again', () => {
  const corpus = loadContent(resolve(ROOT, 'content')).corpus;

  test.each(corpus.responses.map((r) => [r.file, r] as const))('%s: the same sections from a copy without its "Recommendation N" headings', async (_, response) => {
    const source = readFileSync(resolve(ROOT, response.file), 'utf8');
    const body = source.slice(source.indexOf('\n---\n', 4) + 5);
    const withoutHeadings = body.replace(/^#{1,6} Recommendation \S+\n/gm, '');
    const draft = await importLetter({ name: 'copy.txt', bytes: new TextEncoder().encode(withoutHeadings) }, corpus, { force: response.force, inspection: response.inspection, kind: response.kind });
    const expected = [...new Set(response.sections.map((s) => s.recommendation))];
    expect(draft.sections.sections).toEqual(expected);
    expect(draft.matches.inserted.map((m) => m.recommendation)).toEqual(expected);
    for (const match of draft.matches.inserted) expect(match.score).toBeGreaterThanOrEqual(0.6);
  });

  test('does not force the Northamptonshire letter, which answers the report as a whole, into sections', async () => {
    const response = corpus.responses.find((r) => r.force === 'northamptonshire')!;
    const source = readFileSync(resolve(ROOT, response.file), 'utf8');
    const draft = await importLetter({ name: 'letter.txt', bytes: new TextEncoder().encode(source.slice(source.indexOf('\n---\n', 4) + 5)) }, corpus, { force: response.force, inspection: response.inspection });
    expect(draft.matches.inserted).toEqual([]);
    expect(draft.sections.sections).toEqual([]);
    expect(draft.text).not.toMatch(/^#+ Recommendation/m);
  });
});
