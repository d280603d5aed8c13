/**
 * Every validation error, one named fixture each: the valid fixture with one thing wrong.
 * Each error must name the file, the line, the field, and what is allowed.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { removeContentCopies } from '../../fixtures/fixtures.ts';
import { combineFixtures, INVALID_FIXTURES, type InvalidFixture } from '../../fixtures/invalid.ts';
import { expectError, formattedErrors, loadFixture } from './expect-problem.ts';

afterAll(removeContentCopies);

describe('each invalid fixture', () => {
  for (const [name, fixture] of Object.entries(INVALID_FIXTURES) as [string, InvalidFixture][]) {
    test(`${name} (${fixture.wrong}): reported at its file, line and field, with what is allowed`, () => {
      const { copy, result } = loadFixture(fixture.edits);
      for (const error of fixture.errors) expectError(result, copy, error);
    });
  }
});

describe('a folder with several errors', () => {
  const names = [
    // Not a forces.yaml error: any of those stops the force checks elsewhere (see load-edge-cases).
    'scope-names-unknown-force', // the month-only inspection
    'unknown-status-near-miss', // the on-time response
    'missing-recommendations', // the late response
    'kind-not-matching-suffix', // the chief officer's response
    'file-name-not-matching-inspection', // the Welsh response, renamed
    'raw-html-script', // the on-time response again: a body error beside a frontmatter error
    'evidence-not-text', // the undated response: an evidence error beside the others
  ] as const;

  test('reports every error in every file, not just the first', () => {
    const fixture = combineFixtures(...names);
    const { copy, result } = loadFixture(fixture.edits);
    for (const error of fixture.errors) expectError(result, copy, error);
    const files = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file));
    expect(files.size).toBeGreaterThanOrEqual(5);
  });

  test('reports every evidence error in a file, with the file\'s other errors', () => {
    const fixture = combineFixtures('evidence-not-in-body', 'unknown-status-near-miss');
    const { copy, result } = loadFixture(fixture.edits);
    for (const error of fixture.errors) expectError(result, copy, error);
  });

  test('does not stop at the first error in one file', () => {
    const { result } = loadFixture(combineFixtures('unknown-status-near-miss', 'raw-html-script').edits);
    const onTime = formattedErrors(result).filter((line) => line.startsWith('content/responses/northshire/vetting-review-2021.md:'));
    expect(onTime.map((line) => line.split(': ')[1])).toEqual(expect.arrayContaining(['recommendations.2', 'body']));
  });
});
