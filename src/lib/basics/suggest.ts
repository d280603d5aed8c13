/** "Did you mean" suggestions for near-miss ids and statuses. */

/** Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The allowed value closest to what was written, if it is close enough to be a slip
 * (a third of its length in edits, at least 2), or one contains the other.
 */
export function suggest(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.toLowerCase().trim();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(best.length / 3));
  if (bestDistance <= limit) return best;
  return allowed.find((c) => needle.length >= 3 && (c.includes(needle) || needle.includes(c)));
}

/** `; did you mean "x"?` or an empty string. */
export function didYouMean(input: unknown, allowed: readonly string[]): string {
  if (typeof input !== 'string') return '';
  const match = suggest(input, allowed);
  return match ? ` (did you mean "${match}"?)` : '';
}
