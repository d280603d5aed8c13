import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem, type Problem } from '../../../src/lib/basics/problems.ts';
import { STATUS_IDS } from '../../../src/lib/basics/statuses.ts';
import { lineOf, makeContent, removeContentCopies, VALID_FILES } from '../../fixtures/fixtures.ts';

afterAll(removeContentCopies);

/** The on-time fixture (dated 2021-04-20) with `updates` written before its closing fence. */
function withUpdates(yaml: string) {
  const copy = makeContent([{ file: VALID_FILES.onTime, transform: (text) => text.replace(/\n---\n/, `\n${yaml}---\n`) }]);
  const { corpus, problems } = loadContent(copy.dir, copy.root);
  // Only the edited file's problems: the fixture's warnings (Westmere's 4a elsewhere, and this
  // file's recommendation 2 in the short form, with no quoted evidence) are not about updates.
  const fixtureWarning = (p: Problem) => p.severity === 'warning' && p.field === 'recommendations.2' && p.message.startsWith('no quoted evidence');
  return { corpus, problems: problems.filter((p) => p.file === FILE && !fixtureWarning(p)).map(formatProblem), dir: copy.dir };
}

const FILE = `content/${VALID_FILES.onTime}`;

describe('status updates in a response\'s frontmatter', () => {
  test('load in order with their date, statuses and note', () => {
    const { corpus, problems } = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "2": complete\n    note: Placeholder progress letter.\n');
    expect(problems).toEqual([]);
    const document = corpus.responses.find((r) => r.file === FILE)!;
    expect(document.updates).toEqual([{ date: '2021-09-01', recommendations: { '2': 'complete' }, evidence: {}, reasons: {}, note: 'Placeholder progress letter.' }]);
    expect(document.recommendations['2']).toBe('in-progress');
  });

  test('take the long form, with evidence quoted from the update\'s source and not looked for in the body', () => {
    const { corpus, problems } = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "2":\n        status: complete\n        evidence:\n          - "Placeholder words from a progress letter."\n          - Placeholder second quotation.\n      "4a": in-progress\n    note: Placeholder progress letter.\n');
    expect(problems).toEqual([]);
    const document = corpus.responses.find((r) => r.file === FILE)!;
    expect(document.updates[0]!.recommendations).toEqual({ '2': 'complete', '4a': 'in-progress' });
    expect(document.updates[0]!.evidence).toEqual({ '2': ['Placeholder words from a progress letter.', 'Placeholder second quotation.'] });
  });

  test('default to none', () => {
    const { corpus } = withUpdates('');
    expect(corpus.responses.every((r) => Array.isArray(r.updates))).toBe(true);
  });

  test('refuse an update dated before the document, naming the file, line and field', () => {
    const { problems, dir } = withUpdates('updates:\n  - date: 2021-04-19\n    recommendations:\n      "2": complete\n');
    const line = lineOf(dir, VALID_FILES.onTime, 'date: 2021-04-19');
    expect(problems).toEqual([`${FILE}:${line}: updates[#1].date: 19 April 2021 is before the document's date (20 April 2021); allowed: a date on or after 20 April 2021`]);
  });

  test('refuse an unknown recommendation id with a suggestion', () => {
    const { problems, dir } = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "4b": complete\n');
    const line = lineOf(dir, VALID_FILES.onTime, '"4b": complete');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${FILE}:${line}: updates\\[#1\\]\\.recommendations\\.4b: unknown recommendation id "4b" for vetting-review-2021.*; allowed: "1", "2", "4a"$`));
  });

  test('refuse a status that is not one of the statuses', () => {
    const { problems, dir } = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "2": finished\n');
    const line = lineOf(dir, VALID_FILES.onTime, '"2": finished');
    expect(problems).toEqual([`${FILE}:${line}: updates[#1].recommendations.2: "finished" is not allowed; allowed: ${STATUS_IDS.join(', ')}`]);
  });

  test('refuse a date that does not exist, and updates out of order', () => {
    const bad = withUpdates('updates:\n  - date: 2021-02-30\n    recommendations:\n      "2": complete\n');
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatch(/updates\[#1\]\.date: "2021-02-30" is not allowed; allowed: a real date written YYYY-MM-DD/);
    const order = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "2": complete\n  - date: 2021-08-01\n    recommendations:\n      "1": complete\n');
    const line = lineOf(order.dir, VALID_FILES.onTime, 'date: 2021-08-01');
    expect(order.problems).toEqual([`${FILE}:${line}: updates[#2].date: 1 August 2021 comes before the update above it (1 September 2021); allowed: updates listed oldest first`]);
  });

  test('refuse an update with no statuses or an unknown field', () => {
    const empty = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations: {}\n');
    expect(empty.problems[0]).toMatch(/updates\[#1\]\.recommendations: is empty; allowed: at least one "recommendation id: status" line/);
    const typo = withUpdates('updates:\n  - date: 2021-09-01\n    recommendations:\n      "2": complete\n    notes: Placeholder.\n');
    expect(typo.problems[0]).toMatch(/updates\[#1\]\.notes: unknown field "notes" \(did you mean "note"\?\); allowed fields: date, recommendations, note/);
  });
});
