/**
 * Responses over time against the due date: a step line of how many forces' comments were
 * in by each day after the report, with the last day on time marked.
 */
import { coord, escapeXml, svgElement, type Chart, type ChartTable } from './chart.ts';

export interface Arrival {
  /** The day after the report it came, counting the publication day as day 1. */
  day: number;
  /** The date of that day, formatted for reading. */
  date: string;
  /** How many arrived that day. */
  count: number;
}

export interface TimelineInput {
  id: string;
  title: string;
  summary: string;
  /** Arrivals in day order. */
  arrivals: Arrival[];
  /** The last day on time (56). */
  dueDay: number;
  /** The most there could be (forces in scope): the top of the vertical axis. */
  total: number;
  /** Figures the line cannot show (undated, none on the site), added to the table. */
  otherRows: { header: string; count: number }[];
  table: { caption: string };
  /**
   * The chart's own words, in the page's language: the axis, the due line ("Due: day {day}"),
   * the table's columns, and its rows' headers ("Day {day}", "Day {day} (late)").
   */
  words: { axis: string; due: string; columns: [string, string, string, string]; day: string; dayLate: string };
}

const withDay = (template: string, day: number) => template.replace('{day}', String(day));

export const TIMELINE_LAYOUT = {
  width: 640,
  height: 260,
  left: 48,
  right: 16,
  top: 16,
  bottom: 40,
} as const;

/** The running total after each arrival: [[day, total], ...], starting at day 1 with none. */
export function cumulativeSteps(arrivals: readonly Arrival[]): [number, number][] {
  const steps: [number, number][] = [[1, 0]];
  let total = 0;
  for (const a of arrivals) {
    total += a.count;
    steps.push([a.day, total]);
  }
  return steps;
}

/** How many had arrived by the end of `day`. */
export function arrivedBy(arrivals: readonly Arrival[], day: number): number {
  return arrivals.filter((a) => a.day <= day).reduce((sum, a) => sum + a.count, 0);
}

/** Draws the step line, the due-day marker and the axes, and the table of arrivals. */
export function toTimelineChart(input: TimelineInput): Chart {
  const { width, height, left, right, top, bottom } = TIMELINE_LAYOUT;
  const lastDay = Math.max(input.dueDay + 14, ...input.arrivals.map((a) => a.day + 7));
  const yMax = Math.max(1, input.total);
  const x = (day: number) => left + ((day - 1) / (lastDay - 1)) * (width - left - right);
  const y = (count: number) => height - bottom - (count / yMax) * (height - top - bottom);
  const steps = cumulativeSteps(input.arrivals);
  const finalTotal = steps.at(-1)![1];
  // A step line: along at the old total, then up at the day of each arrival.
  const points: string[] = [];
  steps.forEach(([day, total], index) => {
    if (index > 0) points.push(`${coord(x(day))},${coord(y(steps[index - 1]![1]))}`);
    points.push(`${coord(x(day))},${coord(y(total))}`);
  });
  points.push(`${coord(x(lastDay))},${coord(y(finalTotal))}`);
  const body = [
    `<line class="chart-axis" x1="${left}" y1="${coord(y(0))}" x2="${width - right}" y2="${coord(y(0))}"></line>`,
    `<line class="chart-axis" x1="${left}" y1="${top}" x2="${left}" y2="${coord(y(0))}"></line>`,
    ...[0, yMax].map((v) => `<text class="chart-tick" x="${left - 6}" y="${coord(y(v))}" text-anchor="end" dominant-baseline="middle">${v}</text>`),
    ...[1, input.dueDay, lastDay].map((d) => `<text class="chart-tick" x="${coord(x(d))}" y="${height - bottom + 16}" text-anchor="middle">${d}</text>`),
    `<text class="chart-tick" x="${coord((left + width - right) / 2)}" y="${height - 4}" text-anchor="middle">${escapeXml(input.words.axis)}</text>`,
    `<line class="chart-due" x1="${coord(x(input.dueDay))}" y1="${top}" x2="${coord(x(input.dueDay))}" y2="${coord(y(0))}" stroke-dasharray="6 4"></line>`,
    `<text class="chart-label" x="${coord(x(input.dueDay) + 6)}" y="${top + 10}">${escapeXml(withDay(input.words.due, input.dueDay))}</text>`,
    `<polyline class="chart-line" fill="none" points="${points.join(' ')}"></polyline>`,
    ...input.arrivals.map((a) => {
      const total = steps.find(([day]) => day === a.day)![1];
      return `<circle class="chart-point" cx="${coord(x(a.day))}" cy="${coord(y(total))}" r="4"></circle>`;
    }),
  ];
  let running = 0;
  const table: ChartTable = {
    caption: input.table.caption,
    columns: input.words.columns,
    rows: [
      ...input.arrivals.map((a) => {
        running += a.count;
        return { header: withDay(a.day > input.dueDay ? input.words.dayLate : input.words.day, a.day), cells: [a.date, a.count, running] };
      }),
      ...input.otherRows.map((r) => ({ header: r.header, cells: ['–', r.count, '–'] })),
    ],
  };
  return { id: input.id, title: input.title, summary: input.summary, svg: svgElement(width, height, body), table };
}

