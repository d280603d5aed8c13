/**
 * The id a page should give one of a document's own quotations, worked out here from the
 * contract (docs/content-model.md) rather than with the site's code: `q-<recommendation>-`
 * and the first 6 hex digits of the SHA-1 of its words. For quotations already in the form
 * the site compares them in (single spaces, straight quotation marks, no emphasis markers).
 */
import { createHash } from 'node:crypto';

export function expectedQuoteId(recommendation: string, quote: string): string {
  return `q-${recommendation}-${createHash('sha1').update(quote).digest('hex').slice(0, 6)}`;
}
