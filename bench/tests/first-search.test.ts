import { describe, expect, test } from 'vitest';
import { describeFirstSearch } from '../lib/bench-report.ts';
import { DOWNLOAD_KINDS, kindOf, type FirstSearch } from '../lib/first-search.ts';

describe('what a first search downloads', () => {
  test('sorts each response into the page, its script and style, and Pagefind\'s kinds of file', () => {
    expect(kindOf('/search/', true)).toBe('page');
    expect(kindOf('/_astro/site.Bx1.css', false)).toBe('css');
    expect(kindOf('/pagefind/pagefind.js', false)).toBe('js');
    expect(kindOf('/pagefind/pagefind-worker.js', false)).toBe('js');
    expect(kindOf('/pagefind/wasm.en.pagefind', false)).toBe('wasm');
    expect(kindOf('/pagefind/wasm.unknown.pagefind', false)).toBe('wasm');
    expect(kindOf('/pagefind/pagefind-entry.json', false)).toBe('metadata');
    expect(kindOf('/pagefind/pagefind.en_e319e9c8ab.pf_meta', false)).toBe('metadata');
    expect(kindOf('/pagefind/index/en_1065b4a.pf_index', false)).toBe('index');
    expect(kindOf('/pagefind/filter/en_9a8b7c6.pf_filter', false)).toBe('filters');
    expect(kindOf('/pagefind/fragment/en_0130d46.pf_fragment', false)).toBe('fragments');
    expect(kindOf('/favicon.ico', false)).toBe('other');
  });

  test('reports raw and gzipped totals and says which the target is judged on', () => {
    const kinds = Object.fromEntries(DOWNLOAD_KINDS.map((k) => [k, { raw: 0, wire: 0, files: 0 }])) as FirstSearch['kinds'];
    kinds.page = { raw: 10240, wire: 3072, files: 1 };
    kinds.wasm = { raw: 59392, wire: 59392, files: 1 };
    const line = describeFirstSearch(10000, { query: 'vetting', status: '12 results for “vetting”.', kinds, total: { raw: 69632, wire: 62464, files: 2 } });
    expect(line).toBe(
      '10,000 documents, first search for “vetting” (12 results for “vetting”): 68 KB raw, 61 KB on the wire with gzip for text types ' +
      '(the target, under 300 KB, is judged on the wire), in 2 files; by kind, raw/wire KB: page 10/3, wasm 58/58.',
    );
  });
});
