/**
 * A status corrected twice: the first correction ends where the second starts, and only the
 * newest must end at the status the file gives now (the shipped Cleveland response has
 * recommendation 3 go not-addressed -> planned, then planned -> awaiting-national).
 */
import { describe, expect, test } from 'vitest';
import { errorsOf } from '../../../src/lib/problems.ts';
import { expectError, loadFixture } from './expect-problem.ts';

const FILE = 'responses/northshire/vetting-review-2021--force-response.md';
/** The fixture's one correction of 4a's status (planned -> awaiting-national), as it is written. */
const NEWEST = '  - date: 2021-06-01\n    recommendation: "4a"\n    field: status\n    from: planned\n';

function earlier(from: string, to: string): string {
  return `  - date: 2021-05-01\n    recommendation: "4a"\n    field: status\n    from: ${from}\n    to: ${to}\n    reason: A fictional first reading, corrected.\n`;
}

describe('a status corrected more than once', () => {
  test('loads when each correction ends where the next one starts', () => {
    const { result } = loadFixture([{ file: FILE, replace: NEWEST, with: earlier('not-addressed', 'planned') + NEWEST }]);
    expect(errorsOf(result.problems)).toEqual([]);
  });

  test('is an error when an earlier correction does not end where the next starts', () => {
    const { copy, result } = loadFixture([{ file: FILE, replace: NEWEST, with: earlier('not-addressed', 'in-progress') + NEWEST }]);
    expectError(result, copy, {
      file: FILE,
      at: '    to: in-progress',
      field: 'corrections[#1].to',
      says: ['ends at "in-progress"', 'the next correction of recommendation 4a\'s status (corrections[#2]) starts from "planned"', 'allowed: to: planned'],
    });
  });

  test('is an error when the newest does not end at the status the file gives', () => {
    const { copy, result } = loadFixture([
      { file: FILE, replace: NEWEST, with: earlier('not-addressed', 'planned') + NEWEST },
      { file: FILE, replace: '    to: awaiting-national\n    reason: The letter', with: '    to: complete\n    reason: The letter' },
    ]);
    expectError(result, copy, { file: FILE, at: '    to: complete', field: 'corrections[#2].to', says: ['recommendation 4a has the status "awaiting-national"', 'allowed: to: awaiting-national'] });
  });
});
