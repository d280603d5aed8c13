/** A horizontal bar chart: one labelled bar per category, its count written beside it. */
import { coord, escapeXml, svgElement, type Chart, type ChartTable } from './chart.ts';

export interface Bar {
  label: string;
  value: number;
  /** Classes that colour the bar (e.g. `status-complete`); the label always says what it is. */
  className: string;
}

export interface BarChartInput {
  id: string;
  title: string;
  summary: string;
  bars: Bar[];
  /** Counts the table gives after the bars' but the picture does not draw (a number beside the chart's subject). */
  tableOnly?: { label: string; value: number }[];
  /** The table's caption and the heading of its label and value columns. */
  table: { caption: string; labelHeading: string; valueHeading: string };
}

export const BAR_LAYOUT = {
  width: 640,
  /** Room on the left for the category labels. */
  labelWidth: 230,
  /** Room on the right of the longest bar for its number. */
  valueWidth: 50,
  barHeight: 24,
  gap: 10,
  padding: 8,
} as const;

/** The length of each bar, in SVG units: proportional to its value, the largest filling the plot. */
export function barLengths(values: readonly number[], plotWidth: number): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? 0 : (v / max) * plotWidth));
}

/** Draws the chart and its table from the bars. */
export function toBarChart(input: BarChartInput): Chart {
  const { width, valueWidth, barHeight, gap, padding } = BAR_LAYOUT;
  // Room for the longest label at about 8px a character (the labels are 14px): the Welsh
  // "Yn aros am gamau cenedlaethol" needs more than the English labels' 230.
  const labelWidth = Math.max(BAR_LAYOUT.labelWidth, Math.ceil(Math.max(...input.bars.map((b) => b.label.length)) * 8) + 16);
  const plotWidth = width - labelWidth - valueWidth;
  const lengths = barLengths(input.bars.map((b) => b.value), plotWidth);
  const height = padding * 2 + input.bars.length * (barHeight + gap) - gap;
  const body = input.bars.map((bar, index) => {
    const y = padding + index * (barHeight + gap);
    const middle = y + barHeight / 2;
    const length = lengths[index]!;
    return [
      `<text class="chart-label" x="${labelWidth - 8}" y="${coord(middle)}">${escapeXml(bar.label)}</text>`,
      `<rect class="chart-bar ${escapeXml(bar.className)}" x="${labelWidth}" y="${y}" width="${coord(length)}" height="${barHeight}"></rect>`,
      `<text class="chart-value" x="${coord(labelWidth + length + 6)}" y="${coord(middle)}">${bar.value}</text>`,
    ].join('');
  });
  body.unshift(`<line class="chart-axis" x1="${labelWidth}" y1="${padding - 4}" x2="${labelWidth}" y2="${height - padding + 4}"></line>`);
  const table: ChartTable = {
    caption: input.table.caption,
    columns: [input.table.labelHeading, input.table.valueHeading],
    rows: [...input.bars, ...(input.tableOnly ?? [])].map((bar) => ({ header: bar.label, cells: [bar.value] })),
  };
  return { id: input.id, title: input.title, summary: input.summary, svg: svgElement(width, height, body), table };
}
