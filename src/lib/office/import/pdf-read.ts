/**
 * Reading a PDF's text layer with Mozilla's PDF.js (through unpdf, which bundles a build of it
 * that needs no worker, no canvas and no native binaries): every piece of text with its
 * place on the page, its size and whether its font is bold. Turning those pieces into a
 * letter's paragraphs is pdf-layout.ts's job.
 */
import { getDocumentProxy } from 'unpdf';
import { UserError } from '../files.ts';

/** One piece of text as the PDF places it. Coordinates are PDF points, y up from the page's foot. */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size in points. */
  size: number;
  bold: boolean;
  /** Set at an angle (not left to right along the page). */
  rotated: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}

/** What the person can do instead, for a letter (the default) or a report. */
export interface PdfAdvice {
  /** What to give instead of a damaged or renamed file. */
  instead: string;
}

export const LETTER_ADVICE: PdfAdvice = { instead: 'the letter saved again as PDF from the program that wrote it, or saved as .docx or .txt' };

/** The first bytes of every PDF file ("%PDF-"), which may follow a little junk. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** PDF.js names its errors; a password-protected file is a PasswordException. */
function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** The text of every page of a PDF; a UserError naming the file for one that cannot be read. */
export async function readPdfPages(name: string, bytes: Uint8Array, advice: PdfAdvice = LETTER_ADVICE): Promise<PdfPage[]> {
  if (!looksLikePdf(bytes)) {
    throw new UserError(`${name} is not a PDF, though its name ends .pdf (it may be another kind of file renamed); allowed: ${advice.instead}.`);
  }
  let document;
  try {
    // A copy: PDF.js takes over (detaches) the buffer it is given.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: true });
  } catch (error) {
    if (errorName(error) === 'PasswordException') {
      throw new UserError(`${name} is protected by a password, so its text cannot be read; allowed: ${advice.instead}, without a password.`);
    }
    throw new UserError(`${name} is damaged and could not be read as a PDF; allowed: ${advice.instead}.`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // The operator list makes PDF.js load the page's fonts, whose names say which are bold.
      await page.getOperatorList();
      const boldFonts = new Map<string, boolean>();
      const isBold = (fontName: string): boolean => {
        if (!boldFonts.has(fontName)) {
          let bold = false;
          try {
            const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean } | undefined;
            bold = Boolean(font?.bold) || /bold|black|heavy|semibold|demi/i.test(font?.name ?? '');
          } catch {
            bold = false;
          }
          boldFonts.set(fontName, bold);
        }
        return boldFonts.get(fontName)!;
      };
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        runs.push({
          text: item.str,
          x: e! - x0,
          y: f! - y0,
          width: item.width,
          size: Math.hypot(c!, d!) || Math.abs(item.height),
          bold: isBold(item.fontName),
          rotated: Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01 || a! < 0,
        });
      }
      pages.push({ number, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${name} is damaged: part of it could not be read as a PDF; allowed: ${advice.instead}.`);
  } finally {
    await document.loadingTask.destroy();
  }
}
