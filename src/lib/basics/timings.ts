/**
 * Build phase timings for the benchmark. When `PCC_TIMINGS` names a file, each phase appends
 * one JSON line `{"phase":"content:load","ms":1234}` to it; otherwise nothing is recorded.
 * Phases: `content:validate` (our loader, with the content cache filled first where it is
 * mostly empty: src/lib/content/cache-fill.ts) and `content:load` (our loader, in the pages), `site` (derived facts),
 * `astro:setup` (process start to build start), `astro:render` (bundling and page
 * generation, content loading inside it included), `index` (the search index, recorded by
 * src/astro/integration.ts), `data-files` (the whole-site data files and each inspection's: src/astro/site-data-steps.ts, src/astro/inspection-data-steps.ts),
 * `astro:done-hooks` (the other integrations' `astro:build:done` hooks, the search index and
 * the data files included).
 */
import { appendFileSync } from 'node:fs';

export interface Timing {
  phase: string;
  ms: number;
}

/** Appends one phase timing to the PCC_TIMINGS file, if one is set. */
export function recordTiming(phase: string, ms: number, file = process.env.PCC_TIMINGS): void {
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms) } satisfies Timing)}\n`);
}

/** Runs `work`, records how long it took as `phase`, and returns its result. */
export function timePhase<T>(phase: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    recordTiming(phase, performance.now() - started);
  }
}

/** Reads a PCC_TIMINGS file's lines; phases recorded more than once are added up. */
export function parseTimings(text: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const { phase, ms } = JSON.parse(line) as Timing;
    totals.set(phase, (totals.get(phase) ?? 0) + ms);
  }
  return totals;
}
