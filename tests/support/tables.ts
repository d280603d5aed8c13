/** Reading tables and charts out of built pages, without a browser. */
import { textOf } from './html.ts';

/** The HTML of the element with `id` up to its table's end. */
export function tableHtml(html: string, id: string): string {
  const start = html.indexOf(`<table id="${id}"`);
  if (start < 0) throw new Error(`No table with id ${id}`);
  return html.slice(start, html.indexOf('</table>', start) + '</table>'.length);
}

/** A table's body rows, each a list of its cells' visible text (header cells included). */
export function bodyRows(table: string): string[][] {
  const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  );
}

/** Every chart on a page: its figure's HTML. */
export function chartsOf(html: string): string[] {
  return [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
}
