/**
 * The benchmark's arithmetic and reporting: medians, the table of figures per corpus size,
 * and the per-page checks on a built site (no JavaScript, little markup, little CSS).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOWNLOAD_KINDS, type FirstSearch } from './first-search.ts';
import type { Measured } from './measure.ts';

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The figures for one corpus size, each already the median over the runs. */
export interface SizeResult {
  documents: number;
  pages: number;
  /** Full build wall time, ms. */
  buildMs: number;
  /** Full build CPU time (user + system, all processes), ms; null where it could not be measured. */
  buildCpuMs: number | null;
  /** Phase times, ms, by phase name (see src/lib/basics/timings.ts). */
  phases: Record<string, number>;
  peakRss: number;
  /** Each kind of process's own peak (the largest of that kind) and how many ran, in the full build. */
  byKind: Measured['byKind'];
  outputBytes: number;
  /** Bytes of the search index folder; null when the build makes none. */
  indexBytes: number | null;
  /** Rebuild after editing one response, ms. */
  rebuildMs: number;
  /** Its CPU time (user + system, all processes), ms; null where it could not be measured. */
  rebuildCpuMs: number | null;
  /** Eleventy 3 building the same Markdown files into plain pages, ms. */
  eleventyMs: number;
  eleventyCpuMs: number | null;
  /** Eleventy 3 and then Pagefind's command line over its output, ms (the two commands' sum). */
  eleventyPagefindMs: number;
  eleventyPagefindCpuMs: number | null;
  /** The larger peak of the two commands, bytes. */
  eleventyPagefindPeakRss: number;
  runs: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mebibytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Content loading: every phase our loader ran (validation and the pages' load). */
export function contentMs(phases: Record<string, number>): number {
  return (phases['content:validate'] ?? 0) + (phases['content:load'] ?? 0) + (phases['site'] ?? 0);
}

/** Indexing: the search integration's own figure if it records one, else the build:done hooks. */
export function indexingMs(phases: Record<string, number>): number | null {
  return phases['index'] ?? phases['astro:done-hooks'] ?? null;
}

/**
 * The indexing cell: Pagefind's whole time where the build records it (it runs alongside the
 * rendering), with what is left of it after the pages are rendered in brackets.
 */
function indexingCell(phases: Record<string, number>): string {
  const after = indexingMs(phases);
  if (after === null) return 'n/a';
  const pagefind = phases['pagefind'];
  return pagefind === undefined ? `${seconds(after)} s` : `${seconds(pagefind)} s (${seconds(after)} s after rendering)`;
}

/** Rendering: bundling and page generation, without the content loading done inside it. */
export function renderMs(phases: Record<string, number>): number | null {
  const render = phases['astro:render'];
  return render === undefined ? null : render - (phases['content:load'] ?? 0) - (phases['site'] ?? 0);
}

/** The results as a Markdown table, one row per corpus size. */
export function formatTable(results: readonly SizeResult[]): string {
  const header = [
    'documents', 'pages', 'full build', 'build CPU', 'pages/s', 'content loading', 'rendering', 'indexing',
    'peak RSS', 'output', 'index', 'rebuild after 1 edit', 'Eleventy 3', 'Eleventy CPU', 'Astro / Eleventy', 'same, CPU',
  ];
  const cpu = (ms: number | null) => (ms === null ? 'n/a' : `${seconds(ms)} s`);
  const rows = results.map((r) => {
    const render = renderMs(r.phases);
    return [
      r.documents.toLocaleString('en-GB'),
      r.pages.toLocaleString('en-GB'),
      `${seconds(r.buildMs)} s`,
      cpu(r.buildCpuMs),
      (r.pages / (r.buildMs / 1000)).toFixed(0),
      `${seconds(contentMs(r.phases))} s`,
      render === null ? 'n/a' : `${seconds(render)} s`,
      indexingCell(r.phases),
      `${mebibytes(r.peakRss)} MiB`,
      `${mebibytes(r.outputBytes)} MiB`,
      r.indexBytes === null ? 'none' : `${mebibytes(r.indexBytes)} MiB`,
      `${seconds(r.rebuildMs)} s (${((100 * r.rebuildMs) / r.buildMs).toFixed(0)}%)` +
        (r.rebuildCpuMs === null || r.buildCpuMs === null ? '' : `; CPU ${seconds(r.rebuildCpuMs)} s (${((100 * r.rebuildCpuMs) / r.buildCpuMs).toFixed(0)}%)`),
      `${seconds(r.eleventyMs)} s`,
      cpu(r.eleventyCpuMs),
      `${(r.buildMs / r.eleventyMs).toFixed(2)}x`,
      r.buildCpuMs === null || r.eleventyCpuMs === null ? 'n/a' : `${(r.buildCpuMs / r.eleventyCpuMs).toFixed(2)}x`,
    ];
  });
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The full build's peak memory by kind of process, one row per size: the whole tree, the
 * build's own Node, and the largest of Pagefind's indexing processes with how many ran.
 */
export function formatMemoryTable(results: readonly SizeResult[]): string {
  const header = ['documents', 'whole build (process tree)', 'build\'s Node', 'largest indexing process', 'indexing processes', 'other'];
  const peak = (entry: { peak: number } | undefined) => (entry ? `${mebibytes(entry.peak)} MiB` : 'none');
  const rows = results.map((r) => [
    r.documents.toLocaleString('en-GB'),
    `${mebibytes(r.peakRss)} MiB`,
    peak(r.byKind.node),
    peak(r.byKind.pagefind),
    String(r.byKind.pagefind?.processes ?? 0),
    peak(r.byKind.other),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The full build against both baselines, one row per size: Eleventy 3 alone (no search
 * index), and Eleventy 3 followed by Pagefind's command line (search, as this site has),
 * each by wall time and by CPU time, with the peak memory of the second.
 */
export function formatBaselineTable(results: readonly SizeResult[]): string {
  const header = [
    'documents', 'full build', 'build CPU', 'Eleventy 3', 'Eleventy CPU', 'Astro / Eleventy', 'same, CPU',
    'Eleventy 3 + Pagefind', 'its CPU', 'its peak RSS', 'Astro / (Eleventy + Pagefind)', 'same, CPU',
  ];
  const cpu = (ms: number | null) => (ms === null ? 'n/a' : `${seconds(ms)} s`);
  const ratio = (a: number | null, b: number | null) => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}x`);
  const rows = results.map((r) => [
    r.documents.toLocaleString('en-GB'),
    `${seconds(r.buildMs)} s`,
    cpu(r.buildCpuMs),
    `${seconds(r.eleventyMs)} s`,
    cpu(r.eleventyCpuMs),
    ratio(r.buildMs, r.eleventyMs),
    ratio(r.buildCpuMs, r.eleventyCpuMs),
    `${seconds(r.eleventyPagefindMs)} s`,
    cpu(r.eleventyPagefindCpuMs),
    `${mebibytes(r.eleventyPagefindPeakRss)} MiB`,
    ratio(r.buildMs, r.eleventyPagefindMs),
    ratio(r.buildCpuMs, r.eleventyPagefindCpuMs),
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The run's per-kind peaks: for each kind, the median peak and the median count over the runs. */
export function medianByKind(runs: readonly Measured['byKind'][]): Measured['byKind'] {
  const kinds = [...new Set(runs.flatMap((r) => Object.keys(r)))] as (keyof Measured['byKind'])[];
  return Object.fromEntries(kinds.map((kind) => [kind, {
    peak: median(runs.map((r) => r[kind]?.peak ?? 0)),
    processes: median(runs.map((r) => r[kind]?.processes ?? 0)),
  }]));
}

/** How the biggest corpus's build time compares with the smallest's, against the target (10.5x for 10x). */
export function describeGrowth(results: readonly SizeResult[]): string | null {
  if (results.length < 2) return null;
  const sorted = [...results].sort((a, b) => a.documents - b.documents);
  const small = sorted[0]!;
  const big = sorted[sorted.length - 1]!;
  const sizeRatio = big.documents / small.documents;
  const timeRatio = big.buildMs / small.buildMs;
  return `${big.documents.toLocaleString('en-GB')} documents took ${timeRatio.toFixed(1)} times as long as ` +
    `${small.documents.toLocaleString('en-GB')} (${sizeRatio.toFixed(0)} times the documents; linear with 5% slack allows ${(sizeRatio * 1.05).toFixed(1)}).`;
}

export interface PageChecks {
  pages: number;
  /** Pages other than /search/ with a script element. */
  pagesWithScript: string[];
  /** The largest markup overhead (HTML bytes minus visible-text bytes) and its page. */
  largestOverhead: { page: string; bytes: number };
  /** Pages whose markup overhead is above the limit. */
  overLimit: string[];
  cssBytes: number;
}

/** The per-page markup limit: each page's HTML at most this much bigger than its text. */
export const OVERHEAD_LIMIT = 20 * 1024;
/** The site's CSS, all files together, must be under this. */
export const CSS_LIMIT = 15 * 1024;

/** The text a page shows: its body without tags, scripts and styles, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Checks every HTML page and CSS file of a built site in `dir`. */
export function checkPages(dir: string): PageChecks {
  const checks: PageChecks = { pages: 0, pagesWithScript: [], largestOverhead: { page: '', bytes: 0 }, overLimit: [], cssBytes: 0 };
  for (const file of walk(dir)) {
    const page = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    // The office's editor (/admin/) is no reader's page: its script and its preview's copy of
    // the site's styles are the editor's, outside the readers' targets.
    if (page.startsWith('/admin/')) continue;
    if (file.endsWith('.css')) checks.cssBytes += statSync(file).size;
    if (!file.endsWith('.html')) continue;
    checks.pages++;
    const html = readFileSync(file, 'utf8');
    if (!page.startsWith('/search/') && /<script\b/i.test(html)) checks.pagesWithScript.push(page);
    const overhead = Buffer.byteLength(html) - Buffer.byteLength(visibleText(html));
    if (overhead > checks.largestOverhead.bytes) checks.largestOverhead = { page, bytes: overhead };
    if (overhead > OVERHEAD_LIMIT) checks.overLimit.push(page);
  }
  return checks;
}

/** Every file under `dir`, depth first. */
export function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Total bytes of the files under `dir` (0 if it does not exist). */
export function folderBytes(dir: string): number {
  try {
    let total = 0;
    for (const file of walk(dir)) total += statSync(file).size;
    return total;
  } catch {
    return 0;
  }
}

/** Replaces the text between `<!-- bench:start -->` and `<!-- bench:end -->` (added at the end if missing). */
export function replaceGeneratedSection(document: string, section: string): string {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\n${section.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 || to === -1) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, from) + block + document.slice(to + end.length);
}

/** The first search's line in the report: the total, then each kind, raw and on the wire, in KB (scripts/lib/first-search.ts). */
export function describeFirstSearch(documents: number, result: FirstSearch): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)}`;
  const parts = DOWNLOAD_KINDS.filter((k) => result.kinds[k].files > 0).map(
    (k) => `${k} ${kb(result.kinds[k].raw)}/${kb(result.kinds[k].wire)}`,
  );
  return `${documents.toLocaleString('en-GB')} documents, first search for “${result.query}” (${result.status.replace(/\.$/, '')}): ` +
    `${kb(result.total.raw)} KB raw, ${kb(result.total.wire)} KB on the wire with gzip for text types ` +
    `(the target, under 300 KB, is judged on the wire), in ${result.total.files} files; by kind, raw/wire KB: ${parts.join(', ')}.`;
}
