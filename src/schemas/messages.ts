/**
 * Error messages for the schemas, written for the people who publish: each says what is
 * wrong with the value and what is allowed instead. The loader adds the file, line and field.
 */
import { z } from 'zod';
import { didYouMean } from '../lib/basics/suggest.ts';

interface IssueLike {
  code?: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
}

function isEmpty(value: unknown): boolean {
  if (value === '' || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== undefined && Object.keys(value).length === 0;
}

/** Describes a value the way an author would recognise it. */
export function describeValue(value: unknown): string {
  if (value === null || value === '') return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function whatIsWrong(issue: IssueLike): string {
  if (issue.input === undefined) return 'is missing';
  if (isEmpty(issue.input)) return 'is empty';
  if (issue.code === 'invalid_value' && issue.values) {
    return `${describeValue(issue.input)} is not allowed${didYouMean(issue.input, issue.values.map(String))}`;
  }
  if (issue.code === 'invalid_type') return `is ${describeValue(issue.input)}, which is not ${article(issue.expected)}`;
  return `${describeValue(issue.input)} is not allowed`;
}

function article(expected = 'value'): string {
  const words: Record<string, string> = {
    string: 'text',
    object: 'a group of fields',
    array: 'a list',
    record: 'a group of fields',
  };
  return words[expected] ?? `a ${expected}`;
}

/** A Zod `error` option whose message ends with what is allowed. */
export function allowed(what: string) {
  return { error: (issue: IssueLike) => `${whatIsWrong(issue)}; allowed: ${what}` };
}

/** The message for fields a schema does not know (a typo in a field name, usually). */
export function unknownFields(known: readonly string[]) {
  return {
    error: (issue: IssueLike) => {
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        const names = issue.keys.map((k) => `"${k}"${didYouMean(k, known)}`).join(', ');
        return `unknown field${issue.keys.length > 1 ? 's' : ''} ${names}; allowed fields: ${known.join(', ')}`;
      }
      return `${whatIsWrong(issue)}; allowed: a group of the fields ${known.join(', ')}`;
    },
  };
}

/**
 * An object of named fields that rejects any other: the shape is the one list of its field
 * names, so the "allowed fields" of the message cannot drift from it.
 */
export function fieldsObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, unknownFields(Object.keys(shape)));
}
