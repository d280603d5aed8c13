/**
 * A PDF letter's pieces of text (pdf-read.ts) as a Markdown tree, faithful to the page:
 * lines in reading order, paragraphs rebuilt from lines, headings from a larger font, bold
 * kept, bulleted and numbered lists, label/value rows of a form kept as rows, and the running
 * headers, footers and page numbers repeated on every page left out (and reported). No word
 * is changed: a word split over two lines by a hyphen keeps its hyphen, and a line that ends
 * where the next word would still have fitted (an address, a signature) keeps its break.
 * Three steps: pdf-lines.ts makes lines, pdf-blocks.ts reads them as blocks, and this file
 * turns the blocks into Markdown.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { type Block, type Inline, PARAGRAPH_GAP, toBlocks } from './pdf-blocks.ts';
import { angledLine, bodySize, columnRight, dropRunningLines, leftMargin, toLines } from './pdf-lines.ts';
import type { PdfPage } from './pdf-read.ts';

export interface PdfLayout {
  tree: Root;
  /** What was left out, in words. */
  dropped: string[];
  /** Text kept but not placed where it stands on the page, and where it was put instead. */
  moved: string[];
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
