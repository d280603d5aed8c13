import { describe, expect, test } from 'vitest';
import {
  ContentError,
  errorsOf,
  formatProblem,
  sortProblems,
  summarizeProblems,
  type Problem,
} from '../../src/lib/basics/problems.ts';

const error = (file: string, line: number | undefined, field = 'force'): Problem => ({
  severity: 'error',
  file,
  line,
  field,
  message: 'lorem ipsum is not allowed; allowed: placeholder',
});
const warning = (file: string, line?: number): Problem => ({ ...error(file, line), severity: 'warning' });

describe('formatProblem', () => {
  test('writes file:line: field: message', () => {
    expect(formatProblem(error('content/responses/northshire/a.md', 4))).toBe(
      'content/responses/northshire/a.md:4: force: lorem ipsum is not allowed; allowed: placeholder',
    );
  });

  test('leaves the line out when it is not known', () => {
    expect(formatProblem(error('content/forces.yaml', undefined, 'file'))).toBe(
      'content/forces.yaml: file: lorem ipsum is not allowed; allowed: placeholder',
    );
  });

  test('marks a warning', () => {
    expect(formatProblem(warning('content/forces.yaml', 2))).toBe(
      'content/forces.yaml:2: warning: force: lorem ipsum is not allowed; allowed: placeholder',
    );
  });
});

describe('sortProblems', () => {
  test('orders by file, then line, then field, without changing the input', () => {
    const input = [error('b.md', 3), error('a.md', 10), error('a.md', 2, 'title'), error('a.md', 2, 'kind'), error('a.md', undefined)];
    const sorted = sortProblems(input);
    expect(sorted.map((p) => `${p.file}:${p.line ?? '-'}:${p.field}`)).toEqual([
      'a.md:-:force', 'a.md:2:kind', 'a.md:2:title', 'a.md:10:force', 'b.md:3:force',
    ]);
    expect(input[0]!.file).toBe('b.md');
  });
});

describe('errorsOf and summarizeProblems', () => {
  test('keeps only the errors', () => {
    expect(errorsOf([error('a.md', 1), warning('a.md', 2)])).toHaveLength(1);
  });

  test('counts errors, warnings and files, in the singular and the plural', () => {
    expect(summarizeProblems([error('a.md', 1), error('b.md', 1), warning('c.md')])).toBe('2 errors and 1 warning in 3 files');
    expect(summarizeProblems([error('a.md', 1)])).toBe('1 error and 0 warnings in 1 file');
    expect(summarizeProblems([])).toBe('0 errors and 0 warnings in 0 files');
  });
});

describe('ContentError', () => {
  test('reports every problem, sorted, in its message', () => {
    const e = new ContentError([error('b.md', 1), error('a.md', 7)]);
    expect(e.name).toBe('ContentError');
    expect(e.message).toBe(
      'The content has 2 errors and 0 warnings in 2 files:\n'
        + 'a.md:7: force: lorem ipsum is not allowed; allowed: placeholder\n'
        + 'b.md:1: force: lorem ipsum is not allowed; allowed: placeholder',
    );
    expect(e.problems.map((p) => p.file)).toEqual(['a.md', 'b.md']);
  });
});
