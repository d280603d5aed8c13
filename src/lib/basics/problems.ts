/**
 * Problems found in the content: the one shape that validation, `npm run check`, the build
 * and the preview all report in. Each names the file, the line, the field, what is wrong and
 * what is allowed, so an author can fix it without reading code.
 */
import { count } from './words.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the project (or as given). */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field, as a dotted path (`recommendations.4a`), or `body`, or `file`. */
  field: string;
  /** What is wrong and what is allowed, in one sentence. */
  message: string;
  /**
   * A warning that is fine in a draft but must not go live (a placeholder status left in):
   * `npm run check` and the preview warn, the build refuses.
   */
  blocksPublishing?: boolean;
}

/** `file:line: field: message`, the form editors and terminals link to. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${problem.field}: ${problem.message}`;
}

/**
 * A problem a rule found in one file, before the loader names the file: what the content
 * cache keeps of a check that depends on nothing but the file (src/lib/content/cache.ts).
 */
export interface FileProblem {
  severity: Problem['severity'];
  line: number;
  field: string;
  message: string;
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** The problems that stop a build. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** The problems that stop a build of the published site: errors, and drafts not yet finished. */
export function blockingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error' || p.blocksPublishing);
}

/** A summary line: "2 errors and 1 warning in 3 files". */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  return `${count(errors, 'error')} and ${count(warnings, 'warning')} in ${count(files, 'file')}`;
}

/** Thrown by the build when the content has errors; its message is the whole report. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = sortProblems(problems);
    super(
      `The content has ${summarizeProblems(sorted)}:\n${sorted.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
