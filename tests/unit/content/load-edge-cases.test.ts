/**
 * Errors that one problem must not hide, or turn into a misleading message, and files the
 * loader must not skip without a word. Each comment names the bug the test once found.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { errorsOf, formatProblem } from '../../../src/lib/basics/problems.ts';
import { makeContent, removeContentCopies, VALID_FILES as F } from '../../fixtures/fixtures.ts';
import { combineFixtures, INVALID_FIXTURES } from '../../fixtures/invalid.ts';
import { expectError, formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

describe('one error does not hide or distort others', () => {
  test('checks forces in responses and scopes even when forces.yaml has an error elsewhere', () => {
    // Once a bug: any error in forces.yaml made the loader skip every force check, so "northshre"
    // was reported only as a folder mismatch whose advice was to move it to responses/northshre/.
    const fixture = combineFixtures('bad-region', 'unknown-force-near-miss', 'scope-names-unknown-force');
    const { copy, result } = loadFixture(fixture.edits);
    for (const error of fixture.errors) expectError(result, copy, error);
  });

  test('does not call an inspection "unknown" in its responses when the inspection file has an error', () => {
    // Once a bug: an inspection that failed validation was left out, so each of its four
    // responses said `unknown inspection "vetting-review-2021"; allowed: custody-review-2022`.
    const { copy, result } = loadFixture(INVALID_FIXTURES['inspection-missing-title'].edits);
    for (const error of INVALID_FIXTURES['inspection-missing-title'].errors) expectError(result, copy, error);
    expect(formattedErrors(result).filter((line) => line.includes('unknown inspection "vetting-review-2021"'))).toEqual([]);
  });

  test("calls raw HTML in an inspection's summary a problem in the inspection, not in a response", () => {
    // Once a weak message: the body check is shared, and said "not allowed in a response" in an inspection file.
    const { result } = loadFixture(INVALID_FIXTURES['raw-html-in-inspection'].edits);
    const inspectionErrors = formattedErrors(result).filter((line) => line.startsWith(`content/${F.dayInspection}:`));
    expect(inspectionErrors).toHaveLength(1);
    expect(inspectionErrors[0]).not.toContain('in a response');
  });
});

describe('values YAML would change silently', () => {
  test('does not turn an unquoted recommendation id 2.10 into "2.1"', () => {
    // Once a bug: `id: 2.10` was read as the number 2.1, so the id became "2.1" with no message,
    // and a response that answers "2.10" was told `did you mean "2.1"?`. YAML is now read as text.
    const { result } = loadFixture([{ file: F.dayInspection, replace: '- id: "2"', with: '- id: 2.10' }]);
    expect(formattedErrors(result).filter((line) => line.startsWith(`content/${F.dayInspection}`))).toEqual([]);
    const ids = result.corpus.inspections.find((i) => i.id === 'vetting-review-2021')?.recommendations.map((r) => r.id);
    expect(ids).toEqual(['1', '2.10', '4a']);
  });
});

describe('files the loader must not skip without a word', () => {
  test('does not skip a response whose extension is written .MD', () => {
    // Once a bug: only names ending ".md" were read, so a file saved as ".MD" (common on Windows) vanished.
    const { copy, result } = loadFixture([{ file: F.late, moveTo: 'responses/westmere/vetting-review-2021.MD' }]);
    expectError(result, copy, {
      file: 'responses/westmere/vetting-review-2021.MD',
      field: 'file',
      says: ['the file name ends ".MD", so it would not be published', 'allowed: a name ending in lower-case .md'],
    });
  });

  test('reports an error when the content folder does not exist', () => {
    // Once a bug: a mistyped PCC_CONTENT_DIR gave only the "no forces.yaml" warning, and the
    // build then published an empty site.
    const { root } = makeContent([], { empty: true });
    const { problems } = loadContent(join(root, 'no-such-folder'), root);
    expect(errorsOf(problems).map(formatProblem)).toEqual([expect.stringMatching(/^no-such-folder: folder: the content folder does not exist; allowed: /)]);
  });

  test('names forces.yaml\'s problem without calling it "frontmatter" when the file is not a list', () => {
    // Once a confusing message: forces.yaml has no frontmatter, but the field was given as "frontmatter".
    const { result } = loadFixture([{ file: F.forces, write: 'northshire: Northshire Constabulary\n' }]);
    const errors = formattedErrors(result);
    expect(errors).toEqual([expect.stringMatching(/^content\/forces\.yaml:1: forces: .*allowed: a list of forces/)]);
    expect(errors[0]).not.toContain(': frontmatter:');
  });
});

describe('an empty registry', () => {
  test('reads a forces.yaml holding only comments as no forces, with a warning and no error', () => {
    const { result } = loadFixture([{ file: F.forces, write: '# No forces yet.\n' }]);
    const forcesProblems = result.problems.filter((p) => p.file.endsWith('forces.yaml'));
    expect(forcesProblems.map((p) => p.severity)).toEqual(['warning']);
    expect(forcesProblems[0]!.message).toContain('lists no forces');
    expect(result.corpus.forces).toEqual([]);
  });
});
