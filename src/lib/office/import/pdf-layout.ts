/**
 * A PDF letter's pieces of text (pdf-read.ts) as a Markdown tree, faithful to the page:
 * lines in reading order, paragraphs rebuilt from lines, headings from a larger font, bold
 * kept, bulleted and numbered lists, label/value rows of a form kept as rows, and the running
 * headers, footers and page numbers repeated on every page left out (and reported). No word
 * is changed: a word split over two lines by a hyphen keeps its hyphen, and a line that ends
 * where the next word would still have fitted (an address, a signature) keeps its break.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { PdfPage, TextRun } from './pdf-read.ts';

/** A line of text: its runs left to right, split into cells where a wide gap separates them. */
interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  cells: Run[][];
  text: string;
}

type Run = Pick<TextRun, 'text' | 'x' | 'width' | 'size' | 'bold'>;

/** A gap wider than this many font sizes between two pieces on one line separates two cells (a form's label and value). */
const CELL_GAP = 1.5;
/** Baselines further apart than this many font sizes start a new paragraph. */
const PARAGRAPH_GAP = 1.45;
/** A font this much larger than the letter's usual text makes a heading. */
const HEADING_RATIO = 1.2;
/** The top and bottom share of a page where running headers and footers sit. */
const MARGIN_SHARE = 0.12;

const BULLET = /^([•●▪◦‣∙·\uF0B7\uF0A7\uF0D8\uF076]|[-–—*])\s+/;
const NUMBER = /^(\d{1,3})[.)]\s+/;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

export interface PdfLayout {
  tree: Root;
  /** What was left out, in words. */
  dropped: string[];
  /** Text kept but not placed where it stands on the page, and where it was put instead. */
  moved: string[];
}

/** Groups one page's runs into lines, top to bottom, each left to right. */
function toLines(page: PdfPage, runs: TextRun[]): Line[] {
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
function angledLine(page: number, runs: TextRun[]): Line[] {
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
function dropRunningLines(pages: PdfPage[], lines: Line[][], dropped: string[]): Line[][] {
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
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** How far right the letter's lines of ordinary text reach: where a line is full. */
function columnRight(lines: Line[], body: number): number {
  const rights = lines.filter((l) => l.cells.length === 1 && Math.abs(l.size - body) < 1).map((l) => l.right).sort((a, b) => a - b);
  return rights.length ? rights[Math.floor((rights.length - 1) * 0.95)]! : Math.max(...lines.map((l) => l.right));
}

/** Where most lines start: the letter's left margin. */
function leftMargin(lines: Line[]): number {
  const count = new Map<number, number>();
  for (const line of lines) count.set(Math.round(line.x), (count.get(Math.round(line.x)) ?? 0) + line.text.length);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

type Inline = { text: string; bold: boolean } | { break: true };

interface Block {
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
function toBlocks(lines: Line[], body: number, right: number, left: number): Block[] {
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
    const marker = row ? undefined : listMarker(line);

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

function toPhrasing(inlines: Inline[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged.at(-1);
    if (last && 'text' in last && 'text' in inline && last.bold === inline.bold) last.text += inline.text;
    else merged.push('text' in inline ? { ...inline } : inline);
  }
  for (const inline of merged) {
    if (!('text' in inline)) {
      const last = result.at(-1);
      if (last?.type === 'text') last.value = last.value.trimEnd();
      result.push({ type: 'break' });
      continue;
    }
    if (!inline.bold || !inline.text.trim()) {
      result.push({ type: 'text', value: inline.text });
      continue;
    }
    // Spaces stay outside the bold, as Markdown needs them.
    const [, before, words, after] = /^(\s*)(.*?)(\s*)$/s.exec(inline.text)!;
    if (before) result.push({ type: 'text', value: before });
    result.push({ type: 'strong', children: [{ type: 'text', value: words! }] });
    if (after) result.push({ type: 'text', value: after });
  }
  const last = result.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return result;
}

function toTable(block: Block): Table {
  const width = Math.max(...block.rows!.map((r) => r.cells.length));
  const rows: TableRow[] = block.rows!.map((row) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: [{ type: 'text', value: (row.cells[i] ?? []).join(' ') }] })),
  }));
  // Markdown tables need a header row: a form has none, so the header is left empty and every row is kept as a row.
  const header: TableRow = { type: 'tableRow', children: Array.from({ length: width }, () => ({ type: 'tableCell', children: [] })) };
  return { type: 'table', children: [header, ...rows] };
}

/** Lays out the letter's pages as a Markdown tree. */
export function layOutPdf(pages: PdfPage[]): PdfLayout {
  const dropped: string[] = [];
  const angled: string[] = [];
  const perPage = pages.map((page) => {
    const rotated = page.runs.filter((r) => r.rotated);
    if (rotated.length) angled.push(`page ${page.number}`);
    // Text at an angle (a stamp, a margin note) is kept, as lines of its own after the page's text.
    return [...toLines(page, page.runs.filter((r) => !r.rotated)), ...angledLine(page.number, rotated)];
  });
  const lines = dropRunningLines(pages, perPage, dropped).flat();
  const moved = angled.length ? [`text set at an angle on ${angled.join(', ')} is kept after the rest of that page's text: check where it belongs`] : [];
  const body = bodySize(lines);
  const right = columnRight(lines, body);
  const blocks = toBlocks(lines, body, right, leftMargin(lines));

  const headingSizes = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => Math.round(b.size)))].sort((a, b) => b - a);
  const children: RootContent[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      children.push(toTable(block));
      continue;
    }
    // A heading's words are bold by their size already.
    const phrasing = toPhrasing(block.kind === 'heading' ? block.inlines.map((i) => ('text' in i ? { ...i, bold: false } : i)) : block.inlines);
    if (phrasing.length === 0) continue;
    if (block.kind === 'heading') {
      const depth = Math.min(6, headingSizes.indexOf(Math.round(block.size)) + 1) as Heading['depth'];
      children.push({ type: 'heading', depth, children: phrasing });
    } else if (block.kind === 'item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing } as Paragraph] };
      const last = children.at(-1);
      const previousBlock = blocks[blocks.indexOf(block) - 1];
      const together = last?.type === 'list' && last.ordered === block.ordered && previousBlock?.kind === 'item' && sameList(previousBlock, block);
      if (together) (last as List).children.push(item);
      else children.push({ type: 'list', ordered: Boolean(block.ordered), ...(block.ordered ? { start: block.start ?? 1 } : {}), spread: false, children: [item] });
    } else {
      children.push({ type: 'paragraph', children: phrasing } as Paragraph & BlockContent);
    }
  }
  return { tree: { type: 'root', children }, dropped, moved };
}

/** Two items belong to one list when no paragraph gap separates them. */
function sameList(previous: Block, next: Block): boolean {
  const last = previous.lines.at(-1)!;
  const first = next.lines[0]!;
  if (last.page !== first.page) return true;
  return last.y - first.y <= PARAGRAPH_GAP * Math.max(last.size, first.size);
}
