/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses
 * last build's copy of a page whose `getStaticPaths()` entry returns the same `cacheKey`
 * and whose template code is unchanged. A key that stays the same while the page's words
 * change would publish a stale page, so a page's key is a digest of everything it renders
 * from: its view model (pure data, src/lib/views/) and the office's settings (the layout's
 * title, logo, navigation and base path). A key is correct by construction as long as the
 * page renders only from those two, which is the rule for every page (STYLE.md), and as
 * long as they are plain data (`findNonPlainData`, which the tests run over every view).
 */
import { createHash } from 'node:crypto';

/**
 * A digest of plain data (strings, finite numbers, booleans, null, arrays, plain objects).
 * JSON is the quickest faithful spelling of such data: about 0.3 s for the 6,000 pages of
 * 4,000 documents, against 2 s for a walk that hashed each value.
 */
export function digestOf(...values: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url');
}

/**
 * Where `value` holds something JSON would not spell faithfully, so `digestOf` could miss a
 * change: a function, a Map or Set, a class instance, a number that is not finite. Null
 * when it is all plain data.
 */
export function findNonPlainData(value: unknown, path = ''): string | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path || 'the value'} (${value})`;
    case 'object':
      break;
    default:
      return `${path || 'the value'} (a ${typeof value})`;
  }
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNonPlainData(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return `${path || 'the value'} (a ${value.constructor?.name ?? 'object'})`;
  for (const [key, item] of Object.entries(value)) {
    const found = findNonPlainData(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}
