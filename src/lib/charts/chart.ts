/**
 * What every chart on the site is made of: a title, a one-line summary in words, the picture
 * as inline SVG, and the same numbers as a table (the accessible version: the SVG is hidden
 * from assistive technology). Charts are drawn at build time; no chart code reaches the browser.
 */

export interface ChartTable {
  caption: string;
  /** Column headings; the first heads the row-header column. */
  columns: string[];
  rows: { header: string; cells: (string | number)[] }[];
}

export interface Chart {
  /** A unique id on its page, for the heading and the table. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, with its main numbers. */
  summary: string;
  /** The picture: an `<svg>` element, `aria-hidden`, styled only through classes and attributes. */
  svg: string;
  table: ChartTable;
}

export { escapeXml } from '../basics/xml.ts';

/** Rounds a coordinate to one decimal place, so the SVG stays short and stable. */
export function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The outer `<svg>`: scales to its container, hidden from assistive technology (the table speaks for it). */
export function svgElement(width: number, height: number, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">${body.join('')}</svg>`;
}
