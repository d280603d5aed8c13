/**
 * The evidence check as the officer types: a quotation must be found in the document's body,
 * compared as the build compares it (`findQuote`, normalised). The build checks the rendered
 * page's text; here the Markdown is read as text with its markup taken out, which is near
 * enough to warn at once, and the build's own check still has the last word.
 */
import { findQuote } from '../text/evidence.ts';

export type QuotationCheck =
  | { state: 'empty' }
  | { state: 'found' }
  | { state: 'missing'; message: string };

/** The words of a Markdown body without its markup: link targets, heading and quote marks, escapes, breaks. */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)+/gm, '')
    .replace(/^[ \t]*(?:[-+*]|\d+[.)])[ \t]+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/`+/g, '')
    .replace(/<br\s*\/?>/gi, ' ');
}

/** Whether `quotation` is in `body`; when it is not, one sentence saying so, with the nearest passage. */
export function checkQuotation(body: string, quotation: string): QuotationCheck {
  if (!quotation.trim()) return { state: 'empty' };
  const match = findQuote(markdownWords(body), quotation);
  if (match.found) return { state: 'found' };
  const nearest = match.nearest ? ` The nearest words in the body are: “${match.nearest}”.` : '';
  return { state: 'missing', message: `This quotation is not in the document’s body: copy the words exactly as the body has them.${nearest}` };
}
