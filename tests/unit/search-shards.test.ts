import { describe, expect, test } from 'vitest';
import { dayAt, toDayRuns } from '../../src/lib/outputs/search/search-shards.ts';
import { shardCount, shardGroup, shardOf } from '../../src/lib/outputs/search/shard-plan.ts';

describe('which shard a page of the search index goes in', () => {
  test('needs one shard more each time a language passes a multiple of the shard size', () => {
    expect([0, 1, 1500, 1501, 3000, 3001].map((pages) => shardCount(pages, 1500))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  test("puts an inspection's comparison pages with the inspection's own page", () => {
    expect(shardGroup('/inspections/peel-2025/recommendations/4a/')).toBe('/inspections/peel-2025/');
    expect(shardGroup('/inspections/peel-2025/')).toBe('/inspections/peel-2025/');
    expect(shardGroup('/responses/northshire/peel-2025/')).toBe('/responses/northshire/peel-2025/');
    for (const count of [2, 7, 13]) {
      expect(shardOf('/inspections/peel-2025/recommendations/12/', count)).toBe(shardOf('/inspections/peel-2025/', count));
    }
  });

  test('spreads pages evenly, and puts a page in the same shard every time', () => {
    const urls = Array.from({ length: 6000 }, (_, i) => `/responses/force-${i % 43}/inspection-${i}/`);
    const sizes = [0, 0, 0, 0];
    for (const url of urls) sizes[shardOf(url, 4)]!++;
    for (const size of sizes) expect(Math.abs(size - 1500)).toBeLessThan(150);
    expect(urls.map((url) => shardOf(url, 4))).toEqual(urls.map((url) => shardOf(url, 4)));
  });
});

describe("a shard's date order", () => {
  test('counts the pages of each day, days ascending, leaving out the undated', () => {
    expect(toDayRuns(['2021-05-01', undefined, '2019-12-31', '2021-05-01', '2020-01-01'])).toEqual({
      days: ['2019-12-31', '2020-01-01', '2021-05-01'],
      counts: [1, 1, 2],
    });
  });

  test('gives the day of each place in the order, and refuses a place past its end', () => {
    const runs = toDayRuns(['2021-05-01', '2019-12-31', '2021-05-01', '2020-01-01']);
    expect([0, 1, 2, 3].map((place) => dayAt(runs, place))).toEqual(['2019-12-31', '2020-01-01', '2021-05-01', '2021-05-01']);
    expect(() => dayAt(runs, 4)).toThrow(/place 4/);
  });
});
