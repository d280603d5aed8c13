import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { toDueFeed } from '../../src/lib/outputs/feeds/due-feed.ts';
import { toAtomXml } from '../../src/lib/outputs/feeds/feeds.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

// Due 2019-11-21; Northshire's comments are published on 2019-11-05.
const parts = {
  inspections: [makeInspection({ id: 'lorem-review', published: '2019-09-27' }), makeInspection({ id: 'old-review', published: '2017-01-10' })],
  responses: [makeResponse({ force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', published: '2019-11-05' })],
};
const site = makeSite(parts, { siteUrl: 'https://responses.example.org/' });

describe('the feed of what is due', () => {
  test('has an entry per open or recently ended period, linking to the inspection, naming forces with no document', () => {
    const feed = toDueFeed(site, '2019-11-10')!;
    expect(feed.entries.map((e) => [e.id, e.title, e.link])).toEqual([[
      'https://responses.example.org/due/#lorem-review',
      'Comments due 21 November 2019: Lorem ipsum inspection lorem-review',
      'https://responses.example.org/inspections/lorem-review/',
    ]]);
    expect(feed.entries[0]!.summary).toBe('Comments are due by 21 November 2019. With the policing body\'s comments on this site: Northshire Constabulary. No document on this site yet: Westmere Police, Southdale Police.');
  });

  test('dates an entry by what changed it, not by the build: comments arriving, then the period ending', () => {
    expect(toDueFeed(site, '2019-10-01')!.entries[0]!.updated).toBe('2019-09-27');
    expect(toDueFeed(site, '2019-11-10')!.entries[0]!.updated).toBe('2019-11-05');
    expect(toDueFeed(site, '2019-11-20')!.entries[0]!.updated).toBe('2019-11-05');
    const ended = toDueFeed(site, '2020-02-01')!;
    expect(ended.entries[0]).toMatchObject({ title: 'Period ended 21 November 2019: Lorem ipsum inspection lorem-review', updated: '2019-11-22' });
    expect(ended.updated).toBe('2019-11-22');
  });

  test('is valid Atom with nothing due, and is not made without the site\'s address', () => {
    const empty = toDueFeed(site, '2021-01-01')!;
    expect(empty.entries).toEqual([]);
    const xml = toAtomXml(empty);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.updated).toBe('2019-09-27T00:00:00Z');
    expect(toDueFeed(makeSite(parts), '2019-11-10')).toBeNull();
  });
});
