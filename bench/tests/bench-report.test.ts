import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkPages, describeGrowth, formatBaselineTable, formatMemoryTable, formatTable, median, medianByKind, OVERHEAD_LIMIT, replaceGeneratedSection, visibleText, type SizeResult,
} from '../lib/bench-report.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('median', () => {
  test('takes the middle of an odd number of runs, whatever their order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  test('takes the mean of the two middle runs of an even number', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
  test('refuses no runs at all', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

function result(overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    documents: 10_000,
    pages: 12_000,
    buildMs: 60_000,
    buildCpuMs: 66_000,
    phases: { 'content:validate': 4_000, 'content:load': 6_000, site: 0, 'astro:render': 40_000, 'astro:done-hooks': 12_000 },
    peakRss: 512 * 1024 * 1024,
    byKind: { node: { peak: 300 * 1024 * 1024, processes: 1 }, pagefind: { peak: 200 * 1024 * 1024, processes: 4 }, other: { peak: 2 * 1024 * 1024, processes: 1 } },
    outputBytes: 300 * 1024 * 1024,
    indexBytes: null,
    rebuildMs: 6_000,
    rebuildCpuMs: 3_300,
    eleventyMs: 40_000,
    eleventyCpuMs: 44_000,
    eleventyPagefindMs: 48_000,
    eleventyPagefindCpuMs: 55_000,
    eleventyPagefindPeakRss: 400 * 1024 * 1024,
    runs: 3,
    ...overrides,
  };
}

describe('peak memory by kind of process', () => {
  test('shows the whole tree, the build\'s Node, the largest indexing process and how many ran', () => {
    const row = formatMemoryTable([result()]).split('\n')[2];
    expect(row).toBe('| 10,000 | 512 MiB | 300 MiB | 200 MiB | 4 | 2 MiB |');
  });
  test('says "none" for a kind that never ran', () => {
    const row = formatMemoryTable([result({ byKind: { node: { peak: 300 * 1024 * 1024, processes: 1 } } })]).split('\n')[2];
    expect(row).toBe('| 10,000 | 512 MiB | 300 MiB | none | 0 | none |');
  });
  test('takes each kind\'s median over the runs, a kind missing from a run counting as none', () => {
    const mib = 1024 * 1024;
    const runs = [
      { node: { peak: 100 * mib, processes: 1 }, pagefind: { peak: 50 * mib, processes: 2 } },
      { node: { peak: 300 * mib, processes: 1 }, pagefind: { peak: 70 * mib, processes: 2 } },
      { node: { peak: 200 * mib, processes: 1 } },
    ];
    expect(medianByKind(runs)).toEqual({ node: { peak: 200 * mib, processes: 1 }, pagefind: { peak: 50 * mib, processes: 2 } });
  });
});

describe('the results table', () => {
  const [header, , row] = formatTable([result()]).split('\n').map((line) => line.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '')));
  const cell = (name: string) => row![header!.indexOf(name)];

  test('shows pages per second from the full build time', () => {
    expect(cell('pages/s')).toBe(String(12_000 / 60));
  });
  test('shows content loading as the validation and the pages\' load together', () => {
    expect(cell('content loading')).toBe('10.0 s');
  });
  test('shows rendering without the content loading done inside it', () => {
    expect(cell('rendering')).toBe('34.0 s');
  });
  test('shows indexing as the build:done hooks when search records no phase of its own', () => {
    expect(cell('indexing')).toBe('12.0 s');
  });
  test('shows the rebuild as a share of the full build, and the ratio to Eleventy', () => {
    expect(cell('rebuild after 1 edit')).toBe('6.0 s (10%); CPU 3.3 s (5%)');
    expect(cell('Astro / Eleventy')).toBe('1.50x');
    expect(cell('same, CPU')).toBe('1.50x');
  });
  test('says n/a for CPU time where it could not be measured', () => {
    const table = formatTable([result({ buildCpuMs: null, rebuildCpuMs: null })]);
    expect(table.split('\n')[2]).toMatch(/\| 60\.0 s \| n\/a \|.*\| n\/a \|$/);
  });
  test('says "none" where the build makes no search index', () => {
    expect(cell('index')).toBe('none');
  });
  test('prefers the search integration\'s own indexing time', () => {
    const table = formatTable([result({ phases: { 'astro:done-hooks': 12_000, index: 11_000 } })]);
    expect(table).toContain('| 11.0 s |');
  });
  test('shows Pagefind\'s whole time, with what is left of it after rendering, when the build records both', () => {
    const table = formatTable([result({ phases: { 'astro:done-hooks': 12_000, index: 1_500, pagefind: 30_000 } })]);
    expect(table).toContain('| 30.0 s (1.5 s after rendering) |');
  });
});

describe('the baselines table', () => {
  const rows = (r: SizeResult) => formatBaselineTable([r]).split('\n');
  test('puts the full build beside Eleventy alone and Eleventy followed by Pagefind, by wall and CPU time', () => {
    const [header, , row] = rows(result());
    expect(header).toBe('| documents | full build | build CPU | Eleventy 3 | Eleventy CPU | Astro / Eleventy | same, CPU | ' +
      'Eleventy 3 + Pagefind | its CPU | its peak RSS | Astro / (Eleventy + Pagefind) | same, CPU |');
    // 60 s against 40 s and 48 s; CPU 66 s against 44 s and 55 s.
    expect(row).toBe('| 10,000 | 60.0 s | 66.0 s | 40.0 s | 44.0 s | 1.50x | 1.50x | 48.0 s | 55.0 s | 400 MiB | 1.25x | 1.20x |');
  });
  test('says n/a for a CPU time or ratio that could not be measured', () => {
    const [, , row] = rows(result({ buildCpuMs: null, eleventyPagefindCpuMs: null }));
    expect(row).toBe('| 10,000 | 60.0 s | n/a | 40.0 s | 44.0 s | 1.50x | n/a | 48.0 s | n/a | 400 MiB | 1.25x | n/a |');
  });
});

describe('growth', () => {
  test('compares the biggest corpus with the smallest against linear growth', () => {
    const text = describeGrowth([result({ documents: 10_000, buildMs: 120_000 }), result({ documents: 1_000, buildMs: 10_000 })]);
    expect(text).toContain('took 12.0 times as long');
    expect(text).toContain('allows 10.5');
  });
  test('says nothing with one size', () => {
    expect(describeGrowth([result()])).toBeNull();
  });
});

describe('page checks', () => {
  test('the visible text leaves out tags, scripts and styles', () => {
    expect(visibleText('<html><head><title>T</title></head><body><h1>Hi</h1><script>var x = 1;</script><style>p{}</style><p>there &amp; back</p></body></html>'))
      .toBe('Hi there x back');
  });

  test('flags scripts outside /search/, markup over the limit, and adds up the CSS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcc-bench-test-'));
    temporary.push(dir);
    const page = (path: string, html: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    };
    page('', '<html><body><p>Home</p></body></html>');
    page('search', '<html><body><script src="/pagefind/pagefind-ui.js"></script></body></html>');
    page('forces', '<html><body><script>alert(1)</script></body></html>');
    page('inspections/big', `<html><body>${'<span class="x"></span>'.repeat(OVERHEAD_LIMIT / 10)}</body></html>`);
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro', 'a.css'), 'x'.repeat(1000));
    writeFileSync(join(dir, '_astro', 'b.css'), 'x'.repeat(500));
    // The office's editor: its script and its preview's styles are outside the readers' checks.
    page('admin', '<html><body><script src="/_astro/editor.js"></script></body></html>');
    writeFileSync(join(dir, 'admin', 'preview.css'), 'x'.repeat(9000));

    const checks = checkPages(dir);
    expect(checks.pages).toBe(4);
    expect(checks.pagesWithScript).toEqual(['/forces/']);
    expect(checks.overLimit).toEqual(['/inspections/big/']);
    expect(checks.largestOverhead.page).toBe('/inspections/big/');
    expect(checks.cssBytes).toBe(1500);
  });
});

describe('docs/performance.md', () => {
  test('replaces only the generated section, keeping the findings written around it', () => {
    const before = '# Performance\n\nFindings.\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\nMore findings.\n';
    const after = replaceGeneratedSection(before, 'new table');
    expect(after).toBe('# Performance\n\nFindings.\n\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\n\nMore findings.\n');
  });
  test('adds the generated section at the end of a document without one', () => {
    expect(replaceGeneratedSection('# Performance\n', 'table')).toBe('# Performance\n\n<!-- bench:start -->\ntable\n<!-- bench:end -->\n');
  });
});
