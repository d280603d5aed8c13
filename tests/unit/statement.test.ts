import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addDays } from '../../src/lib/basics/days.ts';
import { checkStatementReview, getReviewDueDate, loadStatement, STATEMENT_REVIEW_MONTHS, validateStatement } from '../../src/lib/settings/statement-file.ts';
import { statementFile } from '../../src/lib/settings/environment.ts';
import type { Statement } from '../../src/schemas/statement.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-statement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRONTMATTER = [
  'compliance: partial',
  'prepared: 2024-03-01',
  'lastReviewed: 2025-01-15',
  'lastTested: 2025-01-10',
  'testedBy: placeholder testers',
];

let count = 0;
function writeStatement(lines: string[], body = 'Placeholder statement text.'): string {
  const file = join(dir, `statement-${++count}.mdx`);
  writeFileSync(file, `---\n${lines.join('\n')}\n---\n\n${body}\n`);
  return file;
}

const statement = (lastReviewed: string): Statement => ({
  compliance: 'full',
  prepared: '2024-01-01', lastReviewed, lastTested: '2024-01-01', testedBy: 'placeholder',
});

describe('getReviewDueDate', () => {
  test('falls 12 months after the last review', () => {
    expect(STATEMENT_REVIEW_MONTHS).toBe(12);
    expect(getReviewDueDate('2025-01-15')).toBe('2026-01-15');
    expect(getReviewDueDate('2025-12-31')).toBe('2026-12-31');
  });

  test('moves a review on 29 February to 28 February of the next year', () => {
    expect(getReviewDueDate('2024-02-29')).toBe('2025-02-28');
  });
});

describe('checkStatementReview', () => {
  test('says nothing up to and including the day a year after the last review', () => {
    expect(checkStatementReview(statement('2025-01-15'), '2025-06-01', 'x.mdx')).toEqual([]);
    expect(checkStatementReview(statement('2025-01-15'), '2026-01-15', 'x.mdx')).toEqual([]);
  });

  test('warns, without failing, the day after 12 months have passed', () => {
    const [problem, ...rest] = checkStatementReview(statement('2025-01-15'), addDays('2026-01-15', 1), 'x.mdx', 6);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', file: 'x.mdx', line: 6, field: 'lastReviewed' });
    expect(problem!.message).toContain('last reviewed on 15 January 2025, more than 12 months ago');
  });
});

describe('loadStatement', () => {
  test('accepts a complete statement', () => {
    const result = loadStatement(writeStatement(FRONTMATTER), dir);
    expect(result.problems).toEqual([]);
    expect(result.statement).toMatchObject({ compliance: 'partial', lastReviewed: '2025-01-15' });
  });

  test('names the field, its line and what is allowed when a field is wrong', () => {
    const lines = FRONTMATTER.map((l) => (l.startsWith('compliance') ? 'compliance: mostly' : l));
    const file = writeStatement(lines);
    const { statement: loaded, problems } = loadStatement(file, dir);
    expect(loaded).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: file.slice(dir.length + 1), line: 2, field: 'compliance' });
    expect(problems[0]!.message).toContain('allowed: full, partial, none');
  });

  test('reports a missing date field as an error', () => {
    const { problems } = loadStatement(writeStatement(FRONTMATTER.filter((l) => !l.startsWith('lastReviewed'))), dir);
    expect(problems.map((p) => [p.severity, p.field])).toEqual([['error', 'lastReviewed']]);
  });

  test('reports a missing statement file', () => {
    const { problems } = loadStatement(join(dir, 'nowhere.mdx'), dir);
    expect(problems[0]!.message).toContain('the accessibility statement is missing');
  });
});

describe('validateStatement', () => {
  test('points the review warning at the lastReviewed line', () => {
    const file = writeStatement(FRONTMATTER);
    const { problems } = validateStatement(file, '2027-01-01', dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 1 + 1 + FRONTMATTER.findIndex((l) => l.startsWith('lastReviewed')) });
  });

  test('the shipped statement is valid', () => {
    const { statement: shipped, problems } = loadStatement(statementFile());
    expect(problems).toEqual([]);
    expect(shipped).not.toBeNull();
  });
});
