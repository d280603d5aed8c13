/**
 * The accessibility statement's frontmatter: read and validated like any content file, and
 * checked for its yearly review. `today` is always passed in, so the rule can be tested.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { statementSchema, type Statement } from '../../schemas/statement.ts';
import { formatDate, parseDay } from '../basics/days.ts';
import { parseYaml, splitFrontmatter } from '../basics/frontmatter.ts';
import { readText } from '../basics/read-text.ts';
import type { Problem } from '../basics/problems.ts';

/** Each language's statement, from the project's folder: the page at `/accessibility/` shows the one in its language. */
export const STATEMENT_FILES = {
  en: 'src/statement/accessibility.mdx',
  cy: 'src/statement/accessibility.cy.mdx',
} as const;

/** The statement must be reviewed at least this often (the government's guidance: every year). */
export const STATEMENT_REVIEW_MONTHS = 12;

export interface StatementResult {
  statement: Statement | null;
  problems: Problem[];
  /** The line of each top-level field, for pointing a warning at it. */
  lineOf: (field: string) => number | undefined;
}

/** Reads and validates the statement at `file`; problem paths are relative to `root`. */
export function loadStatement(file: string, root = process.cwd()): StatementResult {
  const name = relative(root, file) || file;
  const problems: Problem[] = [];
  const fail = (line: number | undefined, field: string, message: string): StatementResult => {
    problems.push({ severity: 'error', file: name, line, field, message });
    return { statement: null, problems, lineOf: () => undefined };
  };
  if (!existsSync(file)) return fail(undefined, 'file', 'the accessibility statement is missing; allowed: an MDX file with the statement\'s frontmatter and text');
  const read = readText(file);
  if (!read.ok) return fail(undefined, 'file', read.reason);
  const split = splitFrontmatter(read.text);
  if (split.frontmatter === null) return fail(1, 'frontmatter', 'the statement has no frontmatter; allowed: a block of fields between two lines of three dashes (---) at the very top of the file');
  const yaml = parseYaml(split.frontmatter, 2);
  if (!yaml.ok) return fail(yaml.line, 'frontmatter', yaml.message);
  const lineOf = (field: string) => yaml.yaml.lineOf([field]);
  const parsed = statementSchema.safeParse(yaml.yaml.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.map(String).join('.') : 'frontmatter';
      problems.push({ severity: 'error', file: name, line: yaml.yaml.lineOf(issue.path), field, message: issue.message });
    }
    return { statement: null, problems, lineOf };
  }
  return { statement: parsed.data, problems, lineOf };
}

/** The last day the statement counts as reviewed: 12 months after `lastReviewed` (29 February → 28 February). */
export function getReviewDueDate(lastReviewed: string): string {
  const date = parseDay(lastReviewed);
  if (!date || date.precision !== 'day') throw new Error(`Not a full date: ${lastReviewed}`);
  const months = date.month - 1 + STATEMENT_REVIEW_MONTHS;
  const year = date.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(date.day, lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A warning when the statement's last review is more than 12 months before `today` (`YYYY-MM-DD`). */
export function checkStatementReview(statement: Statement, today: string, file: string, line?: number): Problem[] {
  const due = getReviewDueDate(statement.lastReviewed);
  if (today <= due) return [];
  return [{
    severity: 'warning',
    file,
    line,
    field: 'lastReviewed',
    message: `the accessibility statement was last reviewed on ${formatDate(statement.lastReviewed)}, more than ${STATEMENT_REVIEW_MONTHS} months ago (a review was due by ${formatDate(due)}); allowed: a review at least every ${STATEMENT_REVIEW_MONTHS} months — check the statement is still true, then set lastReviewed to the day you did`,
  }];
}

/** Loads the statement and adds the review warning: what `npm run check` and the build report. */
export function validateStatement(file: string, today: string, root = process.cwd()): StatementResult {
  const result = loadStatement(file, root);
  if (!result.statement) return result;
  const name = relative(root, file) || file;
  return {
    ...result,
    problems: [...result.problems, ...checkStatementReview(result.statement, today, name, result.lineOf('lastReviewed'))],
  };
}

/**
 * The Welsh statement of a site published in Welsh, checked as the English one is. A Welsh
 * office must publish its statement in Welsh as well (the Welsh Language Standards: Welsh not
 * treated less favourably than English), so a missing one stops the build rather than showing
 * the English statement on the Welsh pages.
 */
export function validateWelshStatement(file: string, today: string, root = process.cwd()): StatementResult {
  if (existsSync(file)) return validateStatement(file, today, root);
  return {
    statement: null,
    problems: [{
      severity: 'error',
      file: relative(root, file) || file,
      field: 'file',
      message: `the Welsh accessibility statement is missing, and a site published in Welsh ("languages" has "cy") must give its statement in Welsh; allowed: the statement in Welsh in this file, beside ${STATEMENT_FILES.en} and with the same frontmatter fields`,
    }],
    lineOf: () => undefined,
  };
}
