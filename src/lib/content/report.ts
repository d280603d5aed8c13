/**
 * What one load of the content carries from file to file, and how it reports a problem: at
 * the file, line and field an author would look for, with what is allowed.
 */
import { relative } from 'node:path';
import type { z } from 'zod';
import type { FileProblem, Problem } from '../basics/problems.ts';
import type { ContentCache } from './cache.ts';
import type { ParsedYaml } from '../basics/frontmatter.ts';
import type { ContentRoot } from './safe-files.ts';

export interface Context {
  root: string;
  /** The content folder as the file system resolves it, for refusing links that lead out of it. */
  content: ContentRoot;
  problems: Problem[];
  /** Each file's parsed frontmatter and rendered body from the last load, where the file is unchanged (./cache.ts). */
  cache: ContentCache;
}

/** Reports each of a file's problems, in order. */
export function reportAll(ctx: Context, file: string, problems: readonly FileProblem[]) {
  for (const p of problems) report(ctx, file, p.line, p.field, p.message, p.severity);
}

/** Adds a problem on `file` (a path, reported relative to the project). */
export function report(ctx: Context, file: string, line: number | undefined, field: string, message: string, severity: Problem['severity'] = 'error', extra: Partial<Problem> = {}) {
  ctx.problems.push({ severity, file: relative(ctx.root, file) || file, line, field, message, ...extra });
}

/** Whether any problem reported since `since` (an index into the problems) is an error. */
export function hasErrors(ctx: Context, since: number): boolean {
  return ctx.problems.slice(since).some((p) => p.severity === 'error');
}

/**
 * A field as an author would find it: `recommendations[id="2"].text` for the list item
 * with that id, `scope[#2]` (counting from 1) for one without, `recommendations.4a` for a key.
 */
export function describeField(path: readonly PropertyKey[], data: unknown, top = ''): string {
  let name = top;
  let node = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      name += id ? `[id="${id}"]` : `[#${key + 1}]`;
      node = item;
    } else {
      name += name ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return name || top || 'frontmatter';
}

/** Reports each Zod issue at the line of the field it is about. */
export function reportIssues(ctx: Context, file: string, yaml: ParsedYaml, error: z.ZodError, top = '', at: PropertyKey[] = []) {
  for (const issue of error.issues) {
    // A misspelt field is an issue of the object holding it: point at the field itself.
    const path = [...at, ...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [])];
    report(ctx, file, yaml.lineOf(path), describeField(path, yaml.data, top), issue.message);
  }
}
