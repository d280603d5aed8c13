import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { getEntryDates, SITE_FEED_SIZE, toAtomXml, toFeed, toFeeds } from '../../src/lib/outputs/feeds/feeds.ts';
import { urls } from '../../src/lib/basics/urls.ts';
import { FORCES, makeInspection, makeResponse, makeSite } from './support/factories.ts';

const inspection = makeInspection({ id: 'lorem-review', published: '2019-09-27' });
const dated = makeResponse({ force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'planned' } });
const updated = makeResponse({
  force: 'westmere', inspection: 'lorem-review', date: '2019-10-20', published: '2019-10-22',
  recommendations: { '1': 'planned' },
  updates: [{ date: '2020-02-01', recommendations: { '1': 'complete' }, reasons: {}, evidence: {}, note: 'Placeholder & "progress" <letter>.' }],
});
const undated = makeResponse({ force: 'southdale', inspection: 'lorem-review' });
const parts = { inspections: [inspection], responses: [dated, updated, undated] };
const site = makeSite(parts, { siteUrl: 'https://responses.example.org' });

describe('feed entry dates', () => {
  test('come from the publication date, else the date on the document', () => {
    expect(getEntryDates(dated, inspection)).toEqual({ published: '2019-11-01', updated: '2019-11-01' });
    expect(getEntryDates(updated, inspection).published).toBe('2019-10-22');
  });

  test('move to the newest status update', () => {
    expect(getEntryDates(updated, inspection).updated).toBe('2020-02-01');
  });

  test('move to the newest correction where it is later than the document and its updates, and the entry tells of it', () => {
    const corrected = makeResponse({
      force: 'northshire', inspection: 'lorem-review', date: '2019-11-01', recommendations: { '1': 'awaiting-national' },
      corrections: [
        { date: '2019-10-30', field: 'text', from: 'Placeholder', to: 'Placeholder words', reason: 'Placeholder: dated before the document, so it moves nothing.' },
        { date: '2020-05-06', recommendation: '1', field: 'status', from: 'planned', to: 'awaiting-national', reason: 'Placeholder: the fictional recommendation is for national bodies.' },
        { date: '2020-05-06', recommendation: '1', field: 'evidence', from: 'Placeholder quotation', reason: 'Placeholder: taken out.' },
      ],
    });
    expect(getEntryDates(corrected, inspection)).toEqual({ published: '2019-11-01', updated: '2020-05-06' });
    const entry = toFeed(makeSite({ inspections: [inspection], responses: [corrected] }, { siteUrl: 'https://responses.example.org' }), { title: 'All', self: urls.feed(), page: urls.home(), documents: [corrected] }).entries[0]!;
    expect(entry.summary).toContain('Corrected 6 May 2020: the status of recommendation 1, from Planned to Awaiting national action. Placeholder: the fictional recommendation is for national bodies.');
    expect(entry.summary).toContain('Corrected 30 October 2019: the text, from "Placeholder" to "Placeholder words".');
    // A quotation only taken out reads as a removal, not as a change into something.
    expect(entry.summary).toContain('Corrected 6 May 2020: the quoted evidence for recommendation 1, quotation removed: "Placeholder quotation". Placeholder: taken out.');
  });

  test('give an undated document its report\'s publication day, so the date never changes from build to build', () => {
    expect(getEntryDates(undated, inspection)).toEqual({ published: '2019-09-27', updated: '2019-09-27' });
    expect(getEntryDates(undated, { published: '2016-12' }).published).toBe('2016-12-01');
  });
});

describe('Atom feeds', () => {
  test('are made for the site, every force and every inspection when the site\'s address is known', () => {
    expect([...toFeeds(site).keys()].sort()).toEqual([urls.feed(), ...FORCES.map((f) => urls.forceFeed(f.id)), urls.inspectionFeed('lorem-review')].sort());
  });

  test('are not made without the site\'s address, as Atom ids must be absolute', () => {
    expect(toFeeds(makeSite(parts)).size).toBe(0);
  });

  test('are valid XML with absolute ids, newest change first, text escaped', () => {
    const xml = toAtomXml(toFeeds(site).get(urls.feed())!);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2020-02-01T00:00:00Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'https://responses.example.org/responses/westmere/lorem-review/',
      'https://responses.example.org/responses/northshire/lorem-review/',
      'https://responses.example.org/responses/southdale/lorem-review/',
    ]);
    expect(feed.entry[0].summary['#text']).toContain('Updated 1 February 2020: 1: Complete. Placeholder & "progress" <letter>.');
  });

  test('keep the whole-site feed to the newest documents', () => {
    const many = Array.from({ length: SITE_FEED_SIZE + 5 }, (_, i) => makeResponse({
      force: 'northshire', inspection: 'lorem-review', kind: 'force-response', date: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const feed = toFeed(site, { title: 'Placeholder', self: urls.feed(), page: urls.home(), documents: many, limit: SITE_FEED_SIZE });
    expect(feed.entries).toHaveLength(SITE_FEED_SIZE);
    expect(feed.entries[0]!.updated).toBe('2020-01-28');
  });

  test('date an empty feed by the newest report, not the build', () => {
    const feed = toFeeds(site).get(urls.forceFeed('northshire'))!;
    expect(toFeed(site, { title: 'Empty', self: '/x.xml', page: '/', documents: [] }).updated).toBe('2019-09-27');
    expect(feed.entries).toHaveLength(1);
  });
});
