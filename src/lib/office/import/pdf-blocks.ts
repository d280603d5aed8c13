/**
 * The second step of laying out a PDF (pdf-layout.ts): its lines (pdf-lines.ts) read as
 * blocks. Lines close together make a paragraph, a line that stops where the next word would
 * still have fitted keeps its break, a larger font makes a heading, a bullet or number (or an
 * indent alone) makes a list item, and a line of two or more cells is a row of a form.
 */
import type { Line } from './pdf-lines.ts';

/** Baselines further apart than this many font sizes start a new paragraph. */
export const PARAGRAPH_GAP = 1.45;
/** A font this much larger than the letter's usual text makes a heading. */
const HEADING_RATIO = 1.2;

const BULLET = /^([•●▪◦‣∙·\uF0B7\uF0A7\uF0D8\uF076]|[-–—*])\s+/;
const NUMBER = /^(\d{1,3})[.)]\s+/;

export type Inline = { text: string; bold: boolean } | { break: true };

export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'table';
  /** For an item: ordered or not. */
  ordered?: boolean;
  start?: number;
  /** An item known only by its indent (its bullet is a drawing, not text). */
  unmarked?: boolean;
  size: number;
  /** The left edge of its text (after any list marker). */
  x: number;
  lines: Line[];
  inlines: Inline[];
  rows?: { x: number[]; cells: string[][] }[];
}

/** The line's runs as inline pieces, without the first `skip` characters (a list marker). */
function inlinesOf(line: Line, skip = 0): Inline[] {
  let left = skip;
  const result: Inline[] = [];
  line.cells.forEach((cell, index) => {
    cell.forEach((run, runIndex) => {
      let text = run.text;
      if (index > 0 && runIndex === 0) text = ` ${text}`;
      if (left > 0) {
        const cut = Math.min(left, text.length);
        text = text.slice(cut);
        left -= cut;
      }
      if (text) result.push({ text, bold: run.bold });
    });
  });
  if (result[0] && 'text' in result[0]) result[0].text = result[0].text.trimStart();
  return result;
}

/** A letter's rough width in a proportional font, relative to an average letter: enough to compare words within one run. */
function letterWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    if (/[iljtfr.,;:'’!|()\s]/.test(char)) weight += 0.55;
    else if (/[mwMW@%]/.test(char)) weight += 1.5;
    else if (/[A-Z&]/.test(char)) weight += 1.3;
    else weight += 1;
  }
  return weight;
}

/** Whether the first word of `next` would have fitted at the end of `line`: if so, the line was broken on purpose. */
function brokenOnPurpose(line: Line, next: Line, right: number): boolean {
  const firstRun = next.cells[0]![0]!;
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  const wordWidth = firstRun.text.length ? (firstRun.width * letterWeight(word)) / letterWeight(firstRun.text) : 0;
  // The width is an estimate, so a word must fit with a little room to spare.
  return line.right + 0.25 * line.size + wordWidth * 1.05 < right - 0.25 * line.size;
}

function isHeading(line: Line, body: number): boolean {
  return line.size >= body * HEADING_RATIO && line.text.length <= 200;
}

/** Marker of a list item at the start of a line, and its length. */
function listMarker(line: Line): { ordered: boolean; start?: number; length: number } | undefined {
  const bullet = BULLET.exec(line.text);
  // A dash only marks an item where it stands apart from the text (a bullet drawn as a cell of its own) or is "-" itself.
  if (bullet && !/^[–—]/.test(bullet[1]!)) return { ordered: false, length: bullet[0].length };
  const number = NUMBER.exec(line.text);
  if (number) return { ordered: true, start: Number(number[1]), length: number[0].length };
  return undefined;
}

/** Cells of a line that are a form's row: two or more cells, not counting a list marker standing alone. */
function rowCells(line: Line): { x: number[]; cells: string[] } | undefined {
  const cells = line.cells.map((cell) => ({ x: cell[0]!.x, text: cell.map((r) => r.text).join('').replace(/\s+/g, ' ').trim() }));
  if (cells.length < 2 || BULLET.test(`${cells[0]!.text} `) || NUMBER.test(`${cells[0]!.text} `)) return undefined;
  return { x: cells.map((c) => c.x), cells: cells.map((c) => c.text) };
}

/** Reads the pages as blocks: headings, paragraphs, list items and form rows. */
export function toBlocks(lines: Line[], body: number, right: number, left: number): Block[] {
  const blocks: Block[] = [];
  // The lowest baseline of any page: where a full page's text ends.
  const bottom = Math.min(...lines.map((l) => l.y).filter((y) => y >= 0));
  let previous: Line | undefined;
  for (const line of lines) {
    const block = blocks.at(-1);
    const samePage = previous?.page === line.page;
    const gap = previous && samePage ? previous.y - line.y : 0;
    // Across a page break, a paragraph carries on only if the page was full and its last line too.
    const close = previous !== undefined && (samePage ? gap <= PARAGRAPH_GAP * Math.max(line.size, previous.size) : previous.y <= bottom + previous.size && !brokenOnPurpose(previous, line, right));
    const row = rowCells(line);
    // A numbered heading ("3. Recommendations", in a larger font) is a heading, not an item.
    const marker = row || isHeading(line, body) ? undefined : listMarker(line);

    // A row of a form, or a line that carries on one of its cells.
    if (row) {
      // Rows of one form line up, cell for cell; padding and borders may put them further apart than lines.
      const aligned = block?.kind === 'table' && samePage && previous!.y - line.y <= 2.5 * line.size && row.x.length === block.rows!.at(-1)!.x.length && row.x.every((x, i) => Math.abs(x - block.rows!.at(-1)!.x[i]!) < 3);
      if (aligned) block.rows!.push({ x: row.x, cells: row.cells.map((c) => [c]) });
      else blocks.push({ kind: 'table', size: line.size, x: line.x, lines: [line], inlines: [], rows: [{ x: row.x, cells: row.cells.map((c) => [c]) }] });
      previous = line;
      continue;
    }
    if (block?.kind === 'table' && close && samePage && !marker) {
      const last = block.rows!.at(-1)!;
      const column = last.x.findIndex((x) => Math.abs(x - line.x) < 3);
      if (column >= 0) {
        last.cells[column]!.push(line.text);
        previous = line;
        continue;
      }
    }

    const heading = isHeading(line, body);
    const carriesOn = block && close && !marker && block.kind !== 'table' && (heading ? block.kind === 'heading' && Math.abs(block.size - line.size) < 0.5 : block.kind !== 'heading' && Math.abs(line.x - block.x) < 3 + (block.lines.length === 1 && block.kind === 'paragraph' ? 40 : 0));
    if (carriesOn) {
      const last = block.lines.at(-1)!;
      const inlines = inlinesOf(line);
      const tail = [...block.inlines].reverse().find((i): i is { text: string; bold: boolean } => 'text' in i);
      if (tail && /\S-$/.test(tail.text)) {
        // A word split by a hyphen at the line's end: kept as the document has it, with its hyphen.
      } else if (block.kind === 'item' && block.unmarked && brokenOnPurpose(last, line, right)) {
        // Items whose bullets are drawn, not written: a line that stops short ends the item.
        blocks.push({ kind: 'item', unmarked: true, ordered: false, size: line.size, x: line.x, lines: [line], inlines: inlinesOf(line) });
        previous = line;
        continue;
      } else if (block.kind !== 'heading' && brokenOnPurpose(last, line, right)) {
        block.inlines.push({ break: true });
      } else if (tail) {
        tail.text += ' ';
      }
      block.inlines.push(...inlines);
      block.lines.push(line);
      if (block.lines.length === 2 && block.kind === 'paragraph') block.x = line.x;
    } else if (marker) {
      const rest = inlinesOf(line, marker.length);
      const first = line.cells[0]!;
      // The item's text starts after the marker (in the marker's own cell, or the next cell).
      const textX = line.cells.length > 1 && first.map((r) => r.text).join('').trim().length <= 3 ? line.cells[1]![0]!.x : line.x + (first[0]!.width * marker.length) / Math.max(1, first[0]!.text.length);
      blocks.push({ kind: 'item', ordered: marker.ordered, ...(marker.start !== undefined ? { start: marker.start } : {}), size: line.size, x: textX, lines: [line], inlines: rest });
    } else if (!heading && line.x > left + 1.2 * line.size) {
      // Indented, without a marker: an item of a list whose bullets are drawn rather than written.
      blocks.push({ kind: 'item', unmarked: true, ordered: false, size: line.size, x: line.x, lines: [line], inlines: inlinesOf(line) });
    } else {
      blocks.push({ kind: heading ? 'heading' : 'paragraph', size: line.size, x: line.x, lines: [line], inlines: inlinesOf(line) });
    }
    previous = line;
  }
  return blocks;
}
