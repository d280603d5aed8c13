/**
 * Errors that one problem must not hide, or turn into a misleading message, and files the
 * loader must not skip without a word. Several of these fail today: each names the bug.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { errorsOf, formatProblem } from '../../../src/lib/problems.ts';
import { makeContent, removeContentCopies, VALID_FILES as F } from '../../fixtures/fixtures.ts';
import { combineFixtures, expectedPrefix, INVALID_FIXTURES } from '../../fixtures/invalid.ts';
import { expectError, formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

describe('one error does not hide or distort others', () => {
  test('checks forces in responses and scopes even when forces.yaml has an error elsewhere', () => {
    // Bug: any error in forces.yaml makes the loader skip every force check, so "northshre"
    // is reported only as a folder mismatch whose advice is to move it to responses/northshre/.
    const fixture = combineFixtures('bad-region', 'unknown-force-near-miss', 'scope-names-unknown-force');
    const { copy, result } = loadFixture(fixture.edits);
    for (const error of fixture.errors) expectError(result, copy, error);
  });

  test('does not call an inspection "unknown" in its responses when the inspection file has an error', () => {
    // Bug: an inspection that fails validation is left out, so each of its four responses
    // says `unknown inspection "vetting-review-2021"; allowed: custody-review-2022`.
    const { copy, result } = loadFixture(INVALID_FIXTURES['inspection-missing-title'].edits);
    for (const error of INVALID_FIXTURES['inspection-missing-title'].errors) expectError(result, copy, error);
    expect(formattedErrors(result).filter((line) => line.includes('unknown inspection "vetting-review-2021"'))).toEqual([]);
  });

  test("calls raw HTML in an inspection's summary a problem in the inspection, not in a response", () => {
    // Weak message: the body check is shared, and says "not allowed in a response" in an inspection file.
    const { result } = loadFixture(INVALID_FIXTURES['raw-html-in-inspection'].edits);
    const inspectionErrors = formattedErrors(result).filter((line) => line.startsWith(`content/${F.dayInspection}:`));
    expect(inspectionErrors).toHaveLength(1);
    expect(inspectionErrors[0]).not.toContain('in a response');
  });
});

describe('values YAML would change silently', () => {
  test('does not turn an unquoted recommendation id 2.10 into "2.1"', () => {
    // Bug: `id: 2.10` is read as the number 2.1, so the id becomes "2.1" with no message,
    // and a response that answers "2.10" is told `did you mean "2.1"?`.
    const { copy, result } = loadFixture([{ file: F.dayInspection, replace: '- id: "2"', with: '- id: 2.10' }]);
    const prefix = expectedPrefix(copy, { file: F.dayInspection, at: '- id: 2.10', field: 'recommendations.1.id', says: [] });
    const errorAtId = formattedErrors(result).some((line) => line.startsWith(prefix));
    const ids = result.corpus.inspections.find((i) => i.id === 'vetting-review-2021')?.recommendations.map((r) => r.id);
    expect(errorAtId || ids?.includes('2.10'), `an error starting ${prefix}, or the id kept as "2.10" (ids: ${ids})`).toBe(true);
  });
});

describe('files the loader must not skip without a word', () => {
  test('does not skip a response whose extension is written .MD', () => {
    // Bug: only names ending ".md" are read, so a file saved as ".MD" (common on Windows) vanishes.
    const { copy, result } = loadFixture([{ file: F.late, moveTo: 'responses/westmere/vetting-review-2021.MD' }]);
    const named = formattedErrors(result).some((line) => line.startsWith(`content/responses/westmere/vetting-review-2021.MD`));
    const loaded = result.corpus.responses.some((r) => r.id === 'westmere/vetting-review-2021');
    expect(named || loaded, `an error naming the .MD file in ${copy.dir}, or the document loaded`).toBe(true);
  });

  test('reports an error when the content folder does not exist', () => {
    // Bug: a mistyped PCC_CONTENT_DIR gives only the "no forces.yaml" warning, and the build
    // then publishes an empty site.
    const { root } = makeContent([], { empty: true });
    const { problems } = loadContent(join(root, 'no-such-folder'), root);
    expect(errorsOf(problems).map(formatProblem)).toEqual([expect.stringMatching(/^no-such-folder\b/)]);
  });

  test('names forces.yaml\'s problem without calling it "frontmatter" when the file is not a list', () => {
    // Confusing message: forces.yaml has no frontmatter, but the field is given as "frontmatter".
    const { result } = loadFixture([{ file: F.forces, write: 'northshire: Northshire Constabulary\n' }]);
    const errors = formattedErrors(result);
    expect(errors).toEqual([expect.stringMatching(/^content\/forces\.yaml:1: .*allowed: a list of forces/)]);
    expect(errors[0]).not.toContain(': frontmatter:');
  });
});
