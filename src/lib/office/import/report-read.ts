/**
 * An HMICFRS report's file read as a Markdown tree, for import-inspection.ts: its PDF laid out
 * as a letter's is (pdf-layout.ts), or its web page saved as HTML, of which only the report's
 * own text is kept (the page's main element, without the site's header, navigation and footer).
 */
import { extname } from 'node:path';
import type { Root } from 'mdast';
import { UserError } from '../files.ts';
import { htmlToMarkdownTree } from './to-markdown.ts';
import { layOutPdf } from './pdf-layout.ts';
import { readPdfPages } from './pdf-read.ts';

/** The report as a Markdown tree. */
export async function readReport(name: string, bytes: Uint8Array): Promise<Root> {
  const extension = extname(name).toLowerCase();
  if (extension === '.pdf') {
    const pages = await readPdfPages(name, bytes, { instead: 'the report\'s PDF as the inspectorate publishes it, or its web page saved as .html' });
    if (!pages.some((p) => p.runs.some((r) => r.text.trim()))) {
      throw new UserError(`${name} is a scanned image with no text in it; allowed: the report's web page saved as .html, or its PDF from the inspectorate's website.`);
    }
    return layOutPdf(pages).tree;
  }
  if (extension === '.html' || extension === '.htm') {
    const html = new TextDecoder('utf-8').decode(bytes);
    // Only the report's own text: the site's header, navigation and footer are not the report.
    const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? /<body\b[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
    return htmlToMarkdownTree(main.replace(/<(script|style|nav|header|footer|aside)\b[\s\S]*?<\/\1>/gi, ''));
  }
  throw new UserError(`${name} is not a report this command can read; allowed: the report's web page saved as .html, or its .pdf.`);
}
