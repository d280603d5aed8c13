/**
 * A status corrected twice: the first correction ends where the second starts, and only the
 * newest must end at the status the file gives now (the shipped Cleveland response has
 * recommendation 3 go not-addressed -> planned, then planned -> awaiting-national).
 */
import { describe, expect, test } from 'vitest';
import { errorsOf } from '../../../src/lib/basics/problems.ts';
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

/** An evidence correction of recommendation 2 (whose one quotation is "Placeholder text"), with `from` and `to` as given. */
function evidenceCorrection(ends: { from?: string; to?: string }): string {
  const lines = Object.entries(ends).map(([end, value]) => `    ${end}: "${value}"\n`).join('');
  return `  - date: 2021-05-01\n    recommendation: "2"\n    field: evidence\n${lines}    reason: A fictional re-reading.\n`;
}

describe('a correction of the quoted evidence', () => {
  const load = (ends: { from?: string; to?: string }) => loadFixture([{ file: FILE, replace: NEWEST, with: evidenceCorrection(ends) + NEWEST }]);

  test('loads as a removal (no to), an addition (no from) or a substitution', () => {
    for (const ends of [{ from: 'A fictional quotation taken out' }, { to: 'Placeholder text' }, { from: 'A fictional quotation taken out', to: 'Placeholder text' }]) {
      expect(errorsOf(load(ends).result.problems), JSON.stringify(ends)).toEqual([]);
    }
  });

  test('is an error when the quotation it put in is not among the current quotations', () => {
    const { copy, result } = load({ from: 'A fictional quotation taken out', to: 'A fictional quotation never quoted' });
    expectError(result, copy, { file: FILE, at: '    to: "A fictional quotation never quoted"', field: 'corrections[#1].to', says: ["is not among recommendation 2's quotations", 'leave to out if the correction only removed'] });
  });

  test('is an error when the quotation it took out is still quoted', () => {
    const { copy, result } = load({ from: 'Placeholder text' });
    expectError(result, copy, { file: FILE, at: '    from: "Placeholder text"', field: 'corrections[#1].from', says: ["is still among recommendation 2's quotations", 'leave from out if the correction only added'] });
  });

  test('allows a quotation a later evidence correction changes again', () => {
    const later = '  - date: 2021-05-02\n    recommendation: "2"\n    field: evidence\n    from: "A fictional interim quotation"\n    to: "Placeholder text"\n    reason: A fictional second re-reading.\n';
    const { result } = loadFixture([{ file: FILE, replace: NEWEST, with: evidenceCorrection({ to: 'A fictional interim quotation' }) + later + NEWEST }]);
    expect(errorsOf(result.problems)).toEqual([]);
  });

  test('is an error when it has neither from nor to, or when a status correction leaves one out', () => {
    const neither = load({});
    expect(errorsOf(neither.result.problems).map((p) => p.message).join('\n')).toContain('has no from and no to; allowed: from (the quotation removed) or to (the quotation added)');
    const { result } = loadFixture([{ file: FILE, replace: '    from: planned\n', with: '' }]);
    expect(errorsOf(result.problems).map((p) => p.message).join('\n')).toContain('the correction of the status has no from; allowed: both from and to');
  });
});
