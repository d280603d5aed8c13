/**
 * A quotation's name in its page's address (`#q-<recommendation>-<name>`), made at build time
 * only: it uses Node's crypto, so it stands apart from evidence.ts, which the editor also runs
 * in the browser to check quotations as the officer types.
 */
import { hash } from 'node:crypto';
import { normaliseForQuote } from './evidence.ts';

/**
 * A short, stable name for a quotation's words: the first 6 hex digits of the SHA-1 of the
 * quotation normalised (`normaliseForQuote`, ends trimmed), so words typed with curly or
 * straight quotation marks, or broken across lines differently, get the same name.
 */
export function quoteHash(quote: string): string {
  // One call, without a Hash object: a page's quotations are hashed again on every page that shows them.
  return hash('sha1', normaliseForQuote(quote).trim(), 'hex').slice(0, 6);
}
