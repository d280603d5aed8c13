/** Reading built pages: a page's HTML and its visible text, without a browser. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of the page at `urlPath` (e.g. `/forces/`) in a built site. */
export function readPage(siteDir: string, urlPath: string): string {
  const file = join(siteDir, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`No page at ${urlPath} (${file})`);
  return readFileSync(file, 'utf8');
}

/** The text a reader sees: tags dropped, entities decoded, white space folded. */
export function textOf(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The part of a page between two markers in its HTML (both exclusive). */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`Marker not found: ${start}`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from + start.length, to < 0 ? undefined : to);
}
