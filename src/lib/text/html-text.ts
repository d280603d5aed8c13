/**
 * The plain text of the HTML our Markdown renders into (src/lib/text/markdown.ts), as quotations
 * are looked for in it (src/lib/content/evidence-rules.ts; the editor and the marks read the same
 * HTML, src/lib/text/evidence.ts): tags removed, a line break where a block ends so that words
 * either side of it stay apart, and character references decoded. The search index takes the
 * Markdown's own plain text (src/lib/text/markdown-text.ts) instead. It is for our own rendered HTML only (no raw HTML
 * gets through the loader), not for HTML from elsewhere.
 */

/** Elements that start or end a line of text; any other tag (em, strong, a, code...) joins its text to its neighbours'. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A tag, with attribute values that may hold `>` in quotes. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** The words of an HTML fragment as plain text, blocks on lines of their own. */
export function toHtmlText(html: string): string {
  return html
    .replace(TAG, (_, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? '\n' : ''))
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-zA-Z]+));/g, (entity, decimal?: string, hex?: string, name?: string) => {
      if (decimal) return String.fromCodePoint(Number(decimal));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED[name!] ?? entity;
    })
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}
