import { describe, expect, test } from 'vitest';
import { DOWNLOAD_KINDS, type FirstSearch } from '../lib/first-search.ts';
import { formatTargets, judgeTargets, type SizeFigures } from '../lib/targets.ts';

const MIB = 1024 * 1024;

function search(query: string, wireKb: number): FirstSearch {
  const kinds = Object.fromEntries(DOWNLOAD_KINDS.map((k) => [k, { raw: 0, wire: 0, files: 0 }])) as FirstSearch['kinds'];
  return { query, status: '', kinds, total: { raw: wireKb * 2048, wire: wireKb * 1024, files: 9 } };
}

function size(documents: number, overrides: Partial<SizeFigures> = {}): SizeFigures {
  return {
    documents, pages: documents, buildMs: documents * 3, buildCpuMs: null, phases: {}, peakRss: 900 * MIB, byKind: {},
    outputBytes: 0, indexBytes: 0, rebuildMs: documents * 0.2, rebuildCpuMs: null, eleventyMs: documents * 1.5, eleventyCpuMs: null,
    eleventyPagefindMs: documents * 2, eleventyPagefindCpuMs: null, eleventyPagefindPeakRss: 0, runs: 1,
    checks: { pages: documents, pagesWithScript: [], largestOverhead: { page: '/x/', bytes: 12 * 1024 }, overLimit: [], cssBytes: 9 * 1024 },
    searches: [search('vetting', 250), search('quorblent', 90)],
    ...overrides,
  };
}

const verdict = (results: ReturnType<typeof judgeTargets>, start: string) => results.find((r) => r.target.startsWith(start));

describe('issue 14\'s targets', () => {
  test('are all met by figures within every limit', () => {
    const results = judgeTargets([size(1_000), size(10_000), size(20_000, { peakRss: 950 * MIB })]);
    expect(results.filter((r) => r.met !== true)).toEqual([]);
  });

  test('are missed one by one where a figure is over its limit', () => {
    const results = judgeTargets([
      size(1_000, { buildMs: 2_000 }),
      size(10_000, { peakRss: 1100 * MIB, rebuildMs: 4_000, buildMs: 31_000, eleventyMs: 10_000, searches: [search('vetting', 310)] }),
      size(20_000, { peakRss: 1300 * MIB }),
    ]);
    expect(verdict(results, 'peak memory of the whole build')).toMatchObject({ figure: '1100 MiB', met: false });
    expect(verdict(results, 'peak memory at 20,000')).toMatchObject({ figure: '1300 MiB, 1.18 times', met: false });
    expect(verdict(results, 'rebuild')).toMatchObject({ figure: '4.0 s of 31.0 s, 13%', met: false });
    expect(verdict(results, 'first search')).toMatchObject({ figure: '310 KB', met: false });
    expect(verdict(results, 'full build')).toMatchObject({ figure: '3.10 times (31.0 s against 10.0 s)', met: false });
    expect(verdict(results, 'growth')).toMatchObject({ figure: '15.5 times', met: false });
  });

  test('say which were not measured when a size they need was not built', () => {
    const results = judgeTargets([size(1_000)]);
    expect(verdict(results, 'peak memory of the whole build')).toMatchObject({ figure: 'not measured (needs 10,000)', met: null });
    expect(verdict(results, 'peak memory at 20,000')?.met).toBeNull();
    expect(formatTargets(results)).toContain('| not measured |');
  });

  test('check every size\'s pages: scripts, markup and CSS', () => {
    const checks = { pages: 5, pagesWithScript: ['/forces/'], largestOverhead: { page: '/inspections/a/1/', bytes: 21 * 1024 }, overLimit: ['/inspections/a/1/'], cssBytes: 16 * 1024 };
    const results = judgeTargets([size(1_000, { checks })]);
    expect(verdict(results, '1,000: no reader')).toMatchObject({ figure: '1 do (e.g. /forces/)', met: false });
    expect(verdict(results, '1,000: each page')).toMatchObject({ figure: 'largest 21.0 KB (/inspections/a/1/), 1 over', met: false });
    expect(verdict(results, '1,000: all CSS')).toMatchObject({ figure: '16.0 KB', met: false });
  });
});
