import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { arrivedBy, cumulativeSteps, TIMELINE_LAYOUT, toTimelineChart, type Arrival } from '../../../src/lib/charts/timeline-chart.ts';
import { STATUTORY_PERIOD_DAYS } from '../../../src/lib/site/deadline.ts';

const arrivals: Arrival[] = [
  { day: 10, date: '6 October 2019', count: 2 },
  { day: 56, date: '21 November 2019', count: 1 },
  { day: 57, date: '22 November 2019', count: 3 },
];
const chart = toTimelineChart({
  id: 'chart-arrivals',
  title: 'Placeholder',
  summary: 'Placeholder summary.',
  arrivals,
  dueDay: STATUTORY_PERIOD_DAYS,
  total: 10,
  otherRows: [{ header: 'Undated', count: 1 }],
  table: { caption: 'Placeholder caption' },
  words: { axis: 'Placeholder axis', due: 'Due: day {day}', columns: ['Day', 'Date', 'That day', 'So far'], day: 'Day {day}', dayLate: 'Day {day} (late)' },
});

describe('responses over time', () => {
  test('counts what was in by the end of a day, day 56 included', () => {
    expect(arrivedBy(arrivals, 55)).toBe(2);
    expect(arrivedBy(arrivals, STATUTORY_PERIOD_DAYS)).toBe(3);
    expect(arrivedBy(arrivals, 57)).toBe(6);
  });

  test('runs a total from none on day 1', () => {
    expect(cumulativeSteps(arrivals)).toEqual([[1, 0], [10, 2], [56, 3], [57, 6]]);
  });

  test('marks the due day with a line labelled in words', () => {
    expect(XMLValidator.validate(chart.svg)).toBe(true);
    const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(chart.svg).svg;
    const due = svg.line.find((l: { class: string }) => l.class === 'chart-due');
    const { width, left, right } = TIMELINE_LAYOUT;
    // The axis runs two weeks past the due day, which is later than a week after the last arrival.
    const lastDay = STATUTORY_PERIOD_DAYS + 14;
    expect(Number(due.x1)).toBeCloseTo(left + ((STATUTORY_PERIOD_DAYS - 1) / (lastDay - 1)) * (width - left - right), 0);
    expect(chart.svg).toContain('Due: day 56');
    expect(chart.svg).not.toMatch(/\sstyle=/);
  });

  test('tabulates each day\'s arrivals with the running total, late days marked, and the figures the line cannot show', () => {
    expect(chart.table.rows).toEqual([
      { header: 'Day 10', cells: ['6 October 2019', 2, 2] },
      { header: 'Day 56', cells: ['21 November 2019', 1, 3] },
      { header: 'Day 57 (late)', cells: ['22 November 2019', 3, 6] },
      { header: 'Undated', cells: ['–', 1, '–'] },
    ]);
  });
});
