/**
 * Lighthouse (the npm package, its default mobile settings and simulated throttling, so no
 * network is needed) in one Debian Chromium, started by chrome-launcher, Lighthouse's own
 * launcher, with the flags the other browser tests use.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium, missingChromium } from './chromium.ts';

/** The four categories Lighthouse scores. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseReport {
  url: string;
  /** Each category's score, 0 to 100. */
  scores: Record<Category, number>;
  /** The audits that did not pass, as `category: audit id (title): what it found`. */
  failing: string[];
  /** Cumulative layout shift, as measured. */
  cls: number;
  /** Lighthouse's measure of this machine's CPU speed during the run (higher is faster). */
  benchmarkIndex: number;
  /** The CPU slowdown Lighthouse simulated. */
  cpuSlowdown: number;
}

/** Lighthouse's default CPU slowdown for its mobile settings (a mid-range phone). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * The benchmark index at which Lighthouse's 4× slowdown stands for its reference phone, from
 * the Lighthouse team's CPU-throttling calculator; a slower machine needs less slowdown for
 * the same phone, as Lighthouse's "slower CPU than Lighthouse expects" warning says.
 */
const BENCHMARK_FOR_DEFAULT_SLOWDOWN = 1533;

/** The slowdown that makes a machine measured at `benchmarkIndex` stand for Lighthouse's reference phone (never under 1). */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  return Math.min(DEFAULT_CPU_SLOWDOWN, Math.max(1, (DEFAULT_CPU_SLOWDOWN * benchmarkIndex) / BENCHMARK_FOR_DEFAULT_SLOWDOWN));
}

/**
 * The audits that count for nothing in any category's score (weight 0: diagnostics, manual
 * checks, insights), from Lighthouse's own default settings. A score is the weighted mean of
 * the others, so leaving out the audits no category weighs changes no score and no audit in
 * `failing` (each run checks that every weighted audit ran); it spares their gatherers, among
 * them one that navigates away and back to test the back-forward cache. Measured on one page,
 * three runs each way on a loaded machine: 24 to 30 s a run instead of 33 to 36.
 */
export const UNWEIGHTED_AUDITS: string[] = (() => {
  const refs = Object.values(defaultConfig.categories ?? {}).flatMap((category) => category.auditRefs);
  // An audit may sit in two categories, weighted in one (image-alt counts for accessibility, not for SEO).
  const weighted = new Set(refs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
  return [...new Set(refs.map((ref) => ref.id))].filter((id) => !weighted.has(id));
})();

/** Each category's weighted audits in Lighthouse's default settings: the ones a score is made of. */
const WEIGHTED_AUDITS = Object.fromEntries(CATEGORIES.map((category) => [category, (defaultConfig.categories?.[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)]));

export interface LighthouseBrowser {
  /**
   * Runs Lighthouse on `url`, with Lighthouse's own CPU slowdown unless `cpuSlowdown` is given;
   * `withScript` for a page that runs script, which keeps Lighthouse's own waits for quiet.
   */
  run(url: string, cpuSlowdown?: number, withScript?: boolean): Promise<LighthouseReport>;
  close(): Promise<void>;
}

/** Starts Chromium for Lighthouse; run pages one after another (Lighthouse drives one tab). */
export async function startLighthouse(): Promise<LighthouseBrowser> {
  if (!hasChromium) throw new Error(`Chromium is missing: ${missingChromium}. CI must install Debian's chromium and chromium-headless-shell packages.`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  return {
    async run(url, cpuSlowdown = DEFAULT_CPU_SLOWDOWN, withScript = false) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        throttling: { cpuSlowdownMultiplier: cpuSlowdown },
        // Lighthouse waits for a second of quiet network and CPU, and a second after the load
        // event, made for pages on the open web; a page without script from a local server has
        // long finished by then. A page with script (search, whose results load after it, and
        // whose layout shift is measured) keeps Lighthouse's waits.
        ...(withScript ? {} : { pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250 }),
        // Screenshots for a report nobody reads; the metrics come from the trace.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot', ...UNWEIGHTED_AUDITS],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not check ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const dropped = CATEGORIES.flatMap((category) => WEIGHTED_AUDITS[category]!
        .filter((id) => !lhr.audits[id] || !lhr.categories[category]?.auditRefs.some((ref) => ref.id === id))
        .map((id) => `${category}: ${id}`));
      if (dropped.length) throw new Error(`Lighthouse left out audits that count towards a score: ${dropped.join(', ')}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = CATEGORIES.flatMap((category) => (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${category}: ${audit.id} (${audit.title}): ${audit.displayValue ?? ''} ${JSON.stringify(audit.details && 'items' in audit.details ? audit.details.items?.slice(0, 3) : '')}`.slice(0, 600)));
      return {
        url,
        scores,
        failing,
        cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
