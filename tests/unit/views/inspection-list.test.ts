import { describe, expect, test } from 'vitest';
import { toInspectionYearView, toInspectionYearsView } from '../../../src/lib/views/inspection-list.ts';
import { site } from './shared-site.ts';

describe('the inspections by year', () => {
  test('links a page per year of publication, newest first, with how many reports', () => {
    expect(toInspectionYearsView(site).years).toEqual([
      { link: { href: '/inspections/by-year/2021/', text: '2021' }, inspections: 1 },
      { link: { href: '/inspections/by-year/2020/', text: '2020' }, inspections: 1 },
      { link: { href: '/inspections/by-year/2019/', text: '2019' }, inspections: 1 },
    ]);
  });

  test('lists each year\'s inspections with their data files, and the neighbouring years', () => {
    const view = toInspectionYearView(site, '2020');
    expect(view.inspections.map((i) => [i.link.text, i.downloads.map((d) => d.href)])).toEqual([
      ['Dolor sit report', ['/data/inspections/dolor-sit.csv', '/data/inspections/dolor-sit.json']],
    ]);
    expect([view.newer?.text, view.older?.text]).toEqual(['2021', '2019']);
  });
});
