import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { BAR_LAYOUT, barLengths, toBarChart } from '../../../src/lib/charts/bar-chart.ts';

const chart = toBarChart({
  id: 'chart-test',
  title: 'Placeholder chart',
  summary: 'Placeholder summary.',
  bars: [
    { label: 'Lorem & "ipsum" <dolor>', value: 4, className: 'status-complete' },
    { label: 'Sit amet', value: 2, className: 'status-planned' },
    { label: 'Consectetur', value: 0, className: 'status-missing' },
  ],
  table: { caption: 'Placeholder caption', labelHeading: 'Thing', valueHeading: 'Count' },
});
const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(chart.svg).svg;

describe('a bar chart', () => {
  test('draws bars in proportion to their values, the largest filling the plot', () => {
    expect(barLengths([4, 2, 0], 100)).toEqual([100, 50, 0]);
    expect(barLengths([0, 0], 100)).toEqual([0, 0]);
    const widths = svg.rect.map((r: { width: string }) => Number(r.width));
    const plot = BAR_LAYOUT.width - BAR_LAYOUT.labelWidth - BAR_LAYOUT.valueWidth;
    expect(widths).toEqual([plot, plot / 2, 0]);
  });

  test('is well-formed SVG, hidden from assistive technology, with no inline styles', () => {
    expect(XMLValidator.validate(chart.svg)).toBe(true);
    expect(svg['aria-hidden']).toBe('true');
    expect(chart.svg).not.toMatch(/\sstyle=/);
  });

  test('writes each label and number in the picture, escaped, so colour is never the only cue', () => {
    expect(chart.svg).toContain('Lorem &amp; &quot;ipsum&quot; &lt;dolor&gt;');
    const texts = svg.text.map((t: { '#text': string | number }) => String(t['#text']));
    expect(texts).toEqual(expect.arrayContaining(['Sit amet', 'Consectetur', '4', '2', '0']));
  });

  test('gives the same numbers in its table', () => {
    expect(chart.table.columns).toEqual(['Thing', 'Count']);
    expect(chart.table.rows).toEqual([
      { header: 'Lorem & "ipsum" <dolor>', cells: [4] },
      { header: 'Sit amet', cells: [2] },
      { header: 'Consectetur', cells: [0] },
    ]);
  });
});

describe('a bar chart\'s labels', () => {
  const withLabel = (label: string) => toBarChart({
    id: 'chart-labels', title: 'Placeholder', summary: 'Placeholder summary.',
    bars: [{ label, value: 1, className: 'status-complete' }],
    table: { caption: 'Placeholder caption', labelHeading: 'Status', valueHeading: 'Forces' },
  });
  const barStart = (svg: string) => Number(/<rect class="chart-bar[^"]*" x="([\d.]+)"/.exec(svg)![1]);

  test('keep the usual room when they fit, and get more for a longer one (Welsh statuses are longer)', () => {
    expect(barStart(withLabel('Awaiting national action').svg)).toBe(BAR_LAYOUT.labelWidth);
    expect(barStart(withLabel('Yn aros am gamau cenedlaethol').svg)).toBeGreaterThanOrEqual('Yn aros am gamau cenedlaethol'.length * 8);
  });
});
