/** The warnings `npm run check`, the build and the preview share, from the one loader. */
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { PLACEHOLDER_STATUS, PLACEHOLDER_TEXT } from '../../../src/lib/content/placeholder.ts';
import { blockingProblems, errorsOf } from '../../../src/lib/basics/problems.ts';
import { lineOf, makeContent, removeContentCopies, VALID_FILES } from '../../fixtures/fixtures.ts';

afterAll(removeContentCopies);

const load = (copy: ReturnType<typeof makeContent>) => loadContent(copy.dir, copy.root);

describe('warnings for a draft', () => {
  test('warns, naming the line, for a placeholder status left in, and blocks publishing', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, replace: '"2": in-progress', with: `"2": ${PLACEHOLDER_STATUS}` }]);
    const { problems, corpus } = load(copy);
    expect(errorsOf(problems)).toEqual([]);
    const placeholder = problems.find((p) => p.field === 'recommendations.2');
    expect(placeholder).toMatchObject({
      severity: 'warning',
      blocksPublishing: true,
      file: `content/${VALID_FILES.onTime}`,
      line: lineOf(copy.dir, VALID_FILES.onTime, `"2": ${PLACEHOLDER_STATUS}`),
    });
    expect(placeholder!.message).toContain('allowed: complete, in-progress, planned, awaiting-national, no-action, not-addressed');
    expect(blockingProblems(problems)).toEqual([placeholder]);
    // The draft still shows, with no status for that recommendation.
    const document = corpus.responses.find((r) => r.id === 'northshire/vetting-review-2021')!;
    expect(document.recommendations['2']).toBeUndefined();
    expect(document.recommendations['1']).toBe('complete');
  });

  test('warns for the placeholder paragraph a new draft starts with', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, replace: 'Placeholder text for a fictional response.', with: PLACEHOLDER_TEXT }]);
    const problem = load(copy).problems.find((p) => p.field === 'body');
    expect(problem).toMatchObject({ severity: 'warning', blocksPublishing: true, line: lineOf(copy.dir, VALID_FILES.onTime, PLACEHOLDER_TEXT) });
  });

  test('warns, without failing, where the policing body does not address a recommendation', () => {
    const copy = makeContent();
    const problems = load(copy).problems.filter((p) => !p.message.startsWith('no quoted evidence'));
    expect(errorsOf(problems)).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({
      severity: 'warning',
      file: `content/${VALID_FILES.late}`,
      field: 'recommendations.4a',
      line: lineOf(copy.dir, VALID_FILES.late, '"4a": not-addressed'),
    })]);
    expect(problems[0]!.blocksPublishing).toBeUndefined();
    expect(problems[0]!.message).toContain('section 55(5B)');
  });

  test('warns where the policing body gives no status for a recommendation, but not for other kinds of document', () => {
    const copy = makeContent([
      { file: VALID_FILES.onTime, replace: '  "2": in-progress\n', with: '' },
      { file: VALID_FILES.forceResponse, replace: '  "2":\n    status: complete\n    evidence: "Placeholder text"\n', with: '' },
    ]);
    const warnings = load(copy).problems.filter((p) => p.field === 'recommendations.2');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: `content/${VALID_FILES.onTime}`, severity: 'warning' });
    expect(warnings[0]!.message).toMatch(/^the response gives no status for recommendation 2 /);
  });

  test('warns for a source address that is not https', () => {
    const copy = makeContent([{ file: VALID_FILES.onTime, replace: 'source: https://', with: 'source: http://' }]);
    const problem = load(copy).problems.find((p) => p.field === 'source');
    expect(problem).toMatchObject({ severity: 'warning', line: lineOf(copy.dir, VALID_FILES.onTime, 'source: http://') });
    expect(problem!.message).toContain('allowed: an https:// address');
  });
});
