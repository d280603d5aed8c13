/**
 * Counting and listing in English, as every page, feed and message words them: "1 force",
 * "3 forces"; "recommendation 1, recommendation 2 and recommendation 3". The rules are the
 * locale's own (Intl.PluralRules and Intl.ListFormat for en-GB), not a hand-made `=== 1`.
 */

const PLURAL = new Intl.PluralRules('en-GB');
const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const UNITS = new Intl.ListFormat('en-GB', { style: 'short', type: 'unit' });

/** `one` or `many`, as `n` asks: "has" or "have", "is" or "are", "force" or "forces". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return PLURAL.select(n) === 'one' ? one : many;
}

/** The number and its noun: "1 force", "3 forces", "2 documents are". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${plural(n, one, many)}`;
}

/** "a", "a and b", "a, b and c". */
export function listAnd(items: readonly string[]): string {
  return AND.format(items);
}

/** Items of a tally, comma-separated: "3 in progress, 1 complete". */
export function listTally(items: readonly string[]): string {
  return UNITS.format(items);
}
