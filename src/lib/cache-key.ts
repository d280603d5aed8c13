/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses
 * last build's copy of a page whose `getStaticPaths()` entry returns the same `cacheKey`
 * and whose template code is unchanged. A key that stays the same while the page's words
 * change would publish a stale page, so a page's key is a digest of everything it renders
 * from: its view model (pure data, src/lib/views/) and the office's settings (the layout's
 * title, logo, navigation and base path). A key is correct by construction as long as the
 * page renders only from those two, which is the rule for every page (STYLE.md).
 */
import { createHash, type Hash } from 'node:crypto';

/**
 * A digest of plain data: strings, numbers, booleans, null, undefined, arrays, plain
 * objects (key order ignored), Maps, Sets and Dates. Anything else (a function, a class
 * instance) throws: its effect on the page could not be seen, so no key is better than a
 * wrong one.
 */
export function digestOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) feed(hash, value);
  return hash.digest('base64url');
}

function feed(hash: Hash, value: unknown): void {
  // Each value is tagged with its type, and strings with their length, so no two different
  // values can feed the same bytes.
  switch (typeof value) {
    case 'string':
      hash.update(`s${value.length}:`).update(value);
      return;
    case 'number':
      hash.update(`n${value};`);
      return;
    case 'boolean':
      hash.update(value ? 't' : 'f');
      return;
    case 'undefined':
      hash.update('u');
      return;
    case 'object':
      break;
    default:
      throw new TypeError(`cannot make a cache key from a ${typeof value}`);
  }
  if (value === null) {
    hash.update('0');
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    for (const item of value) feed(hash, item);
    hash.update(']');
  } else if (value instanceof Map) {
    hash.update(`m${value.size}[`);
    for (const [key, item] of value) {
      feed(hash, key);
      feed(hash, item);
    }
    hash.update(']');
  } else if (value instanceof Set) {
    hash.update(`e${value.size}[`);
    for (const item of value) feed(hash, item);
    hash.update(']');
  } else if (value instanceof Date) {
    hash.update(`d${value.getTime()};`);
  } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const keys = Object.keys(value).sort();
    hash.update(`o${keys.length}{`);
    for (const key of keys) {
      hash.update(`s${key.length}:`).update(key);
      try {
        feed(hash, (value as Record<string, unknown>)[key]);
      } catch (error) {
        // Name the field, outermost first, without building a path for every value.
        if (error instanceof TypeError) error.message = error.message.replace(/( at |$)/, (m) => (m ? ` at ${key}.` : ` at ${key}`));
        throw error;
      }
    }
    hash.update('}');
  } else {
    throw new TypeError(`cannot make a cache key from a ${value.constructor?.name ?? 'object'}`);
  }
}
