/**
 * The first step of laying out a PDF (pdf-layout.ts): a page's pieces of text (pdf-read.ts) as
 * lines in reading order, each split into cells where a wide gap separates them, with the
 * running headers, footers and page numbers repeated on every page taken out (and reported),
 * and the measures of the letter's ordinary text: its size, left margin and right edge.
 */
import type { PdfPage, TextRun } from './pdf-read.ts';

/** A line of text: its runs left to right, split into cells where a wide gap separates them. */
export interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  cells: Run[][];
  text: string;
}

export type Run = Pick<TextRun, 'text' | 'x' | 'width' | 'size' | 'bold'>;

/** A gap wider than this many font sizes between two pieces on one line separates two cells (a form's label and value). */
const CELL_GAP = 1.5;
/** The top and bottom share of a page where running headers and footers sit. */
const MARGIN_SHARE = 0.12;

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/** Groups one page's runs into lines, top to bottom, each left to right. */
export function toLines(page: PdfPage, runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(last[0]!.y - run.y) <= Math.max(last[0]!.size, run.size) * 0.4) last.push(run);
    else groups.push([run]);
  }
  return groups.flatMap((group) => {
    const line = toLine(page.number, group.sort((a, b) => a.x - b.x));
    return line ? [line] : [];
  });
}

function toLine(page: number, runs: TextRun[]): Line | undefined {
  const cells: Run[][] = [];
  let previous: TextRun | undefined;
  let gapPending = false;
  for (const run of runs) {
    if (!run.text.trim()) {
      // A space drawn as its own piece: it separates, and may be the whole gap between two cells.
      gapPending = true;
      continue;
    }
    const gap = previous ? run.x - (previous.x + previous.width) : 0;
    if (!previous || gap > CELL_GAP * run.size) {
      cells.push([{ ...run }]);
    } else {
      const cell = cells.at(-1)!;
      const needsSpace = gapPending || gap > 0.12 * run.size;
      const last = cell.at(-1)!;
      const spaced = needsSpace && !/\s$/.test(last.text) && !/^\s/.test(run.text);
      if (last.bold === run.bold) {
        last.text += (spaced ? ' ' : '') + run.text;
        last.width = run.x + run.width - last.x;
      } else {
        if (spaced) last.text += ' ';
        cell.push({ ...run });
      }
    }
    gapPending = false;
    previous = run;
  }
  if (cells.length === 0) return undefined;
  const first = cells[0]![0]!;
  const last = cells.at(-1)!.at(-1)!;
  const text = cells.map((cell) => cell.map((r) => r.text).join('')).join(' ').replace(/\s+/g, ' ').trim();
  const size = Math.max(...cells.flat().map((r) => r.size));
  return { page, y: runs[0]!.y, x: first.x, right: last.x + last.width, size, cells, text };
}

/**
 * Text set at an angle, as one line in the order the PDF holds it (its positions run along
 * another axis, so they cannot be read as lines across the page). Placed below everything else.
 */
export function angledLine(page: number, runs: TextRun[]): Line[] {
  const words = runs.map((r) => r.text.trim()).filter(Boolean);
  if (words.length === 0) return [];
  const text = words.join(' ');
  const size = Math.max(...runs.map((r) => r.size));
  const run: Run = { text, x: 0, width: text.length * size * 0.5, size, bold: runs.every((r) => r.bold) };
  return [{ page, y: -1000, x: 0, right: run.width, size, cells: [[run]], text }];
}

/** The key that makes "Page 2 of 3" and "Page 3 of 3" the same running footer. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Takes out lines in the top and bottom margins that repeat on most pages, and bare page numbers there. */
export function dropRunningLines(pages: PdfPage[], lines: Line[][], dropped: string[]): Line[][] {
  const inMargin = (line: Line) => {
    const page = pages[line.page - 1]!;
    return line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE;
  };
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines.flat()) {
    if (!inMargin(line)) continue;
    const key = repeatKey(line.text);
    pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(line.page));
  }
  const repeated = (key: string) => pages.length > 1 && (pagesWith.get(key)?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  const reported = new Map<string, { text: string; pages: number }>();
  const kept = lines.map((pageLines) => pageLines.filter((line) => {
    if (!inMargin(line)) return true;
    const key = repeatKey(line.text);
    const isNumber = PAGE_NUMBER.test(line.text);
    if (!repeated(key) && !isNumber) return true;
    const entry = reported.get(key) ?? { text: line.text, pages: 0 };
    entry.pages++;
    reported.set(key, entry);
    return false;
  }));
  for (const { text, pages: count } of reported.values()) {
    const what = PAGE_NUMBER.test(text) ? 'the page number' : 'the running header or footer';
    dropped.push(`${what} "${text}" (on ${count} page${count === 1 ? '' : 's'})`);
  }
  return kept;
}

/** The size most of the letter's characters are set in. */
export function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** How far right the letter's lines of ordinary text reach: where a line is full. */
export function columnRight(lines: Line[], body: number): number {
  const rights = lines.filter((l) => l.cells.length === 1 && Math.abs(l.size - body) < 1).map((l) => l.right).sort((a, b) => a - b);
  return rights.length ? rights[Math.floor((rights.length - 1) * 0.95)]! : Math.max(...lines.map((l) => l.right));
}

/** Where most lines start: the letter's left margin. */
export function leftMargin(lines: Line[]): number {
  const count = new Map<number, number>();
  for (const line of lines) count.set(Math.round(line.x), (count.get(Math.round(line.x)) ?? 0) + line.text.length);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}
