import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { PLACEHOLDER_STATUS } from '../../../src/lib/content/placeholder.ts';
import { formatDate } from '../../../src/lib/basics/days.ts';
import { getDueDate } from '../../../src/lib/site/deadline.ts';
import { writeNewFile } from '../../../src/lib/office/files.ts';
import { scaffoldResponse } from '../../../src/lib/office/scaffold.ts';
import { errorsOf } from '../../../src/lib/basics/problems.ts';
import { DAY_INSPECTION_RECOMMENDATIONS, makeContent, removeContentCopies, VALID } from '../../fixtures/fixtures.ts';

afterAll(removeContentCopies);
const corpus = loadContent(VALID).corpus;

describe('a new response draft', () => {
  const draft = scaffoldResponse(corpus, { force: 'eastmarch', inspection: 'vetting-review-2021' });

  test('goes in the force folder, named after the inspection', () => {
    expect(draft.path).toBe('responses/eastmarch/vetting-review-2021.md');
    expect(scaffoldResponse(corpus, { force: 'eastmarch', inspection: 'vetting-review-2021', kind: 'force-response' }).path)
      .toBe('responses/eastmarch/vetting-review-2021--force-response.md');
  });

  test('lists every recommendation with the placeholder status and gives each a heading', () => {
    for (const id of DAY_INSPECTION_RECOMMENDATIONS) {
      // The long form, with an empty evidence line to fill in.
      expect(draft.text).toContain(`  "${id}":\n    status: ${PLACEHOLDER_STATUS}\n    evidence:\n`);
      expect(draft.text).toContain(`\n## Recommendation ${id}\n`);
    }
  });

  test('for a document in Welsh (--lang cy), writes lang: cy and "Argymhelliad N" headings, and loads as a Welsh document with its sections found', () => {
    const welsh = scaffoldResponse(corpus, { force: 'eastmarch', inspection: 'vetting-review-2021', lang: 'cy' });
    expect(welsh.text).toMatch(/^lang: cy$/m);
    for (const id of DAY_INSPECTION_RECOMMENDATIONS) expect(welsh.text).toContain(`\n## Argymhelliad ${id}\n`);
    expect(welsh.text).not.toContain('## Recommendation');
    expect(draft.text).not.toMatch(/^lang:/m);
    const copy = makeContent();
    writeNewFile(join(copy.dir, welsh.path), welsh.text);
    const result = loadContent(copy.dir, copy.root);
    expect(errorsOf(result.problems)).toEqual([]);
    const document = result.corpus.responses.find((r) => r.id === 'eastmarch/vetting-review-2021')!;
    expect(document.lang).toBe('cy');
    expect(document.sections.map((s) => s.recommendation)).toEqual([...DAY_INSPECTION_RECOMMENDATIONS]);
    expect(() => scaffoldResponse(corpus, { force: 'eastmarch', inspection: 'vetting-review-2021', lang: 'welsh' })).toThrow('Unknown language "welsh"; allowed: en, cy.');
  });

  test('gives the due date in a comment', () => {
    const inspection = corpus.inspections.find((i) => i.id === 'vetting-review-2021')!;
    expect(draft.text).toMatch(new RegExp(`^# .*due by ${formatDate(getDueDate(inspection.published)!)}`, 'm'));
  });

  test('loads with no errors, its sections found, and warnings for what is left to do', () => {
    const copy = makeContent();
    writeNewFile(join(copy.dir, draft.path), draft.text);
    const result = loadContent(copy.dir, copy.root);
    expect(errorsOf(result.problems)).toEqual([]);
    const mine = result.problems.filter((p) => p.file.endsWith(draft.path));
    expect(mine.filter((p) => p.field.startsWith('recommendations.')).map((p) => p.field)).toEqual(DAY_INSPECTION_RECOMMENDATIONS.map((id) => `recommendations.${id}`));
    expect(mine.every((p) => p.blocksPublishing)).toBe(true);
    const document = result.corpus.responses.find((r) => r.id === 'eastmarch/vetting-review-2021')!;
    expect(document.sections.map((s) => s.recommendation)).toEqual([...DAY_INSPECTION_RECOMMENDATIONS]);
  });

  test('offers the valid choices for an unknown or missing force or inspection', () => {
    expect(() => scaffoldResponse(corpus, { force: 'northshir', inspection: 'vetting-review-2021' }))
      .toThrow('Unknown force "northshir" (did you mean "northshire"?); allowed: northshire, westmere, dyffryn, eastmarch.');
    expect(() => scaffoldResponse(corpus, { force: 'northshire', inspection: '' }))
      .toThrow('No inspection was given; allowed: --inspection followed by one of custody-review-2022, vetting-review-2021.');
    expect(() => scaffoldResponse(corpus, { force: 'dyffryn', inspection: 'custody-review-2022' }))
      .toThrow('The inspection custody-review-2022 does not concern the force "dyffryn"; allowed: northshire, westmere.');
    expect(() => scaffoldResponse(corpus, { force: 'northshire', inspection: 'vetting-review-2021', kind: 'letter' }))
      .toThrow(/^Unknown kind "letter"/);
  });
});

describe('a draft once its statuses are chosen', () => {
  const draft = scaffoldResponse(corpus, { force: 'eastmarch', inspection: 'vetting-review-2021' });

  /** The draft written into the valid fixture with its text and statuses edited, loaded; its own problems. */
  function loadEdited(edit: (text: string) => string) {
    const copy = makeContent();
    writeNewFile(join(copy.dir, draft.path), edit(draft.text));
    return loadContent(copy.dir, copy.root).problems.filter((p) => p.file.endsWith(draft.path));
  }

  test('accepts evidence written on the empty line when it is in the text', () => {
    const problems = loadEdited((text) => text
      .replace(`"1":\n    status: ${PLACEHOLDER_STATUS}\n    evidence:`, '"1":\n    status: planned\n    evidence: "Placeholder words of a fictional reply."')
      .replace(/Replace this paragraph with the text of the response to recommendation 1[^\n]*/, 'Placeholder words of a fictional reply.'));
    expect(problems.filter((p) => p.field.startsWith('recommendations.1'))).toEqual([]);
  });

  test('refuses a chosen status whose evidence line is left empty, saying to fill it in or take it out', () => {
    const problems = loadEdited((text) => text.replace(`"1":\n    status: ${PLACEHOLDER_STATUS}`, '"1":\n    status: planned'));
    const problem = problems.find((p) => p.field === 'recommendations.1.evidence');
    expect(problem).toMatchObject({ severity: 'error' });
    expect(problem!.message).toMatch(/^is empty; allowed: .*remove the evidence line/);
  });
});
