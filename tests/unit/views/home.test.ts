import { describe, expect, test } from 'vitest';
import { toHomeView } from '../../../src/lib/views/home.ts';
import { toInspectionList } from '../../../src/lib/views/inspection-list.ts';
import { site } from './shared-site.ts';

describe('toHomeView', () => {
  const view = toHomeView(site);

  test('counts what the site holds', () => {
    expect(view.counts).toEqual({ forces: 3, inspections: 3, documents: 5, forcesWithDocuments: 3 });
  });

  test('lists the newest documents first, by publication date where recorded', () => {
    expect(view.latest.map((d) => [d.force, d.date])).toEqual([
      ['Southdale Police', '1 June 2021'],
      ['Westmere Police', '15 April 2020'],
      ['Westmere Police', 'Published 25 November 2019'],
      ['Northshire Constabulary', '21 November 2019'],
      ['Northshire Constabulary', '1 November 2019'],
    ]);
  });

  test('shows only as many latest documents as asked', () => {
    expect(toHomeView(site, 2).latest).toHaveLength(2);
  });

  test('lists the inspections with how many forces in scope have a document', () => {
    expect(toInspectionList(site).map((i) => [i.link.text, i.published, i.kind, i.recommendations, i.forcesWithDocuments, i.forcesInScope])).toEqual([
      ['Amet report', '4 May 2021', 'PEEL', 1, 1, 2],
      ['Dolor sit report', 'March 2020', 'Force', 1, 1, 1],
      ['Lorem ipsum report', '27 September 2019', 'National thematic', 3, 2, 3],
    ]);
    expect(view.inspections).toEqual(toInspectionList(site));
    expect(toHomeView(site, 10, 2).inspections).toEqual(toInspectionList(site).slice(0, 2));
  });

  test('says "1 recommendation", not "1 recommendations"', () => {
    expect(toInspectionList(site).map((i) => i.recommendationsText)).toEqual(['1 recommendation', '1 recommendation', '3 recommendations']);
  });
});
