/** Loads a named fixture and checks the problems an author would see. */
import { expect } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import type { LoadResult } from '../../../src/lib/content/model.ts';
import { errorsOf, formatProblem } from '../../../src/lib/basics/problems.ts';
import { makeContent, type Edit, type FixtureCopy } from '../../fixtures/fixtures.ts';
import { expectedPrefix, type ExpectedError } from '../../fixtures/invalid.ts';

/** Copies the valid fixture, applies `edits`, and loads it with paths relative to the copy's parent. */
export function loadFixture(edits: readonly Edit[] = [], options: { empty?: boolean } = {}): { copy: FixtureCopy; result: LoadResult } {
  const copy = makeContent(edits, options);
  return { copy, result: loadContent(copy.dir, copy.root) };
}

/** The errors, formatted as the build and `npm run check` print them. */
export function formattedErrors(result: LoadResult): string[] {
  return errorsOf(result.problems).map(formatProblem);
}

/** Asserts that an error starts `file:line: field:` and its message says every one of `error.says`. */
export function expectError(result: LoadResult, copy: FixtureCopy, error: ExpectedError): void {
  const prefix = expectedPrefix(copy, error);
  const wanted = `an error starting ${JSON.stringify(prefix)} that says ${error.says.map((s) => JSON.stringify(s)).join(' and ')}`;
  expect(formattedErrors(result), wanted).toSatisfy((errors: string[]) =>
    errors.some((line) => line.startsWith(prefix) && error.says.every((words) => line.includes(words))),
  );
}
