/**
 * Issue 14's targets, judged on one benchmark run's figures: each target with its figure and
 * whether it is met, or that the run did not measure it (a size it needs was not built).
 */
import type { FirstSearch } from './first-search.ts';
import type { PageChecks, SizeResult } from './bench-report.ts';
import { CSS_LIMIT, OVERHEAD_LIMIT } from './bench-report.ts';

/** One size's figures, with what the run checked and downloaded on its output. */
export interface SizeFigures extends SizeResult {
  checks: PageChecks;
  /** First searches on this size's site: the common word first, then the rare one. */
  searches: FirstSearch[];
}

export interface TargetResult {
  target: string;
  /** The figure, in words; "not measured" when the run lacked a size it needs. */
  figure: string;
  /** null when not measured. */
  met: boolean | null;
}

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** Each of issue 14's targets against the figures of the sizes measured. */
export function judgeTargets(sizes: readonly SizeFigures[]): TargetResult[] {
  const at = (documents: number) => sizes.find((s) => s.documents === documents);
  const ten = at(10_000);
  const twenty = at(20_000);
  const one = at(1_000);
  const notMeasured = (target: string, needs: string): TargetResult => ({ target, figure: `not measured (needs ${needs})`, met: null });
  const mib = (bytes: number) => `${(bytes / MIB).toFixed(0)} MiB`;
  const results: TargetResult[] = [];

  const memory = 'peak memory of the whole build at 10,000 documents at most 1 GiB';
  results.push(ten ? { target: memory, figure: mib(ten.peakRss), met: ten.peakRss <= GIB } : notMeasured(memory, '10,000'));

  const flat = 'peak memory at 20,000 at most 1.1 times the 10,000 figure';
  results.push(ten && twenty
    ? { target: flat, figure: `${mib(twenty.peakRss)}, ${(twenty.peakRss / ten.peakRss).toFixed(2)} times`, met: twenty.peakRss <= 1.1 * ten.peakRss }
    : notMeasured(flat, '10,000 and 20,000'));

  const rebuild = 'rebuild after editing one response at 10,000 at most 10% of the full build';
  results.push(ten
    ? { target: rebuild, figure: `${(ten.rebuildMs / 1000).toFixed(1)} s of ${(ten.buildMs / 1000).toFixed(1)} s, ${((100 * ten.rebuildMs) / ten.buildMs).toFixed(0)}%`, met: ten.rebuildMs <= 0.1 * ten.buildMs }
    : notMeasured(rebuild, '10,000'));

  const search = 'first search for "vetting" at 10,000 under 300 KB on the wire';
  const vetting = ten?.searches.find((s) => s.query === 'vetting');
  results.push(vetting
    ? { target: search, figure: `${(vetting.total.wire / 1024).toFixed(0)} KB`, met: vetting.total.wire < 300 * 1024 }
    : notMeasured(search, 'a search for "vetting" on 10,000'));

  const eleventy = 'full build at 10,000 at most 3.0 times Eleventy 3';
  results.push(ten
    ? { target: eleventy, figure: `${(ten.buildMs / ten.eleventyMs).toFixed(2)} times (${(ten.buildMs / 1000).toFixed(1)} s against ${(ten.eleventyMs / 1000).toFixed(1)} s)`, met: ten.buildMs <= 3 * ten.eleventyMs }
    : notMeasured(eleventy, '10,000'));

  const growth = 'growth linear: 10,000 at most 10.5 times 1,000';
  results.push(one && ten
    ? { target: growth, figure: `${(ten.buildMs / one.buildMs).toFixed(1)} times`, met: ten.buildMs <= 10.5 * one.buildMs }
    : notMeasured(growth, '1,000 and 10,000'));

  for (const size of sizes) {
    const n = size.documents.toLocaleString('en-GB');
    const { checks } = size;
    results.push({
      target: `${n}: no reader's page other than /search/ ships JavaScript (the office's editor, /admin/, is not one)`,
      figure: checks.pagesWithScript.length === 0 ? 'none does' : `${checks.pagesWithScript.length} do (e.g. ${checks.pagesWithScript[0]})`,
      met: checks.pagesWithScript.length === 0,
    });
    results.push({
      target: `${n}: each page's markup at most ${OVERHEAD_LIMIT / 1024} KB more than its text`,
      figure: `largest ${(checks.largestOverhead.bytes / 1024).toFixed(1)} KB (${checks.largestOverhead.page}), ${checks.overLimit.length} over`,
      met: checks.overLimit.length === 0,
    });
    results.push({
      target: `${n}: all CSS under ${CSS_LIMIT / 1024} KB`,
      figure: `${(checks.cssBytes / 1024).toFixed(1)} KB`,
      met: checks.cssBytes < CSS_LIMIT,
    });
  }
  return results;
}

/** The targets as a Markdown table. */
export function formatTargets(results: readonly TargetResult[]): string {
  const rows = results.map((r) => `| ${r.target} | ${r.figure} | ${r.met === null ? 'not measured' : r.met ? 'met' : 'missed'} |`);
  return ['| target | figure | |', '| --- | --- | --- |', ...rows].join('\n');
}
