/**
 * PDF letters made in the tests, by a real Chromium's `page.pdf()`: real embedded fonts,
 * running headers and footers, page breaks, lists and tables, as an office's PDF has them.
 * Also hand-written PDFs for the files that cannot be printed: an encrypted one.
 */
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Browser } from 'playwright-core';
import { textToMarkdownTree } from '../../src/lib/office/import/to-markdown.ts';
import { launchBrowser } from './browser.ts';
import type { Block } from './docx.ts';

export interface PrintOptions {
  /** A running header on every page (fictional words only). */
  header?: string;
  /** Adds "Page N of M" at the foot of every page. */
  pageNumbers?: boolean;
}

let browser: Promise<Browser> | undefined;

/** One Chromium for all the PDFs a test file prints; closed by `closePrinter`. */
function printer(): Promise<Browser> {
  browser ??= launchBrowser();
  return browser;
}

export async function closePrinter(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}

const STYLE = `body { font-family: 'Liberation Serif', serif; font-size: 12pt; margin: 0 }
h1 { font-size: 18pt } h2 { font-size: 15pt }
p { margin: 0 0 10pt }
table { border-collapse: collapse; width: 100% } td { vertical-align: top; padding: 3pt 4pt; border: 1px solid #000 }
td:first-child { width: 35% }`;

/** Prints an HTML body to an A4 PDF with 2 cm margins. */
export async function printPdf(body: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const page = await (await printer()).newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`);
    const small = 'font-size:8pt;width:100%;text-align:center;font-family:sans-serif';
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
      displayHeaderFooter: Boolean(options.header || options.pageNumbers),
      headerTemplate: `<div style="${small}">${options.header ?? ''}</div>`,
      footerTemplate: options.pageNumbers ? `<div style="${small}">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>` : '<div></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** A plain-text letter (as the seed transcriptions are written, Markdown marks and all) as the HTML a PDF of it would show. */
export function textToHtml(text: string): string {
  return toHtml(toHast(textToMarkdownTree(text).tree));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The blocks of a fictional Word letter (docx.ts) as HTML, so the same letter can be printed to PDF. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map((block) => {
    if ('heading' in block) return `<h${block.heading}>${escape(block.text)}</h${block.heading}>`;
    if ('paragraph' in block) {
      const parts = typeof block.paragraph === 'string' ? [block.paragraph] : block.paragraph;
      return `<p>${parts.map((p) => (typeof p === 'string' ? escape(p) : 'bold' in p ? `<b>${escape(p.bold)}</b>` : '<br>')).join('')}</p>`;
    }
    if ('bullets' in block) return `<ul>${block.bullets.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    if ('numbered' in block) return `<ol>${block.numbered.map((i) => `<li>${escape(i)}</li>`).join('')}</ol>`;
    return `<table>${block.table.map((row) => `<tr>${row.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  }).join('\n');
}

/**
 * A PDF whose text is locked with a user password (RC4, revision 2, the oldest standard
 * handler): PDF.js asks for the password before it reads anything.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + n) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(7)}> /U <${hex(11)}> >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
