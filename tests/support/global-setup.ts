/**
 * Builds the sites the build and browser tests share, once: the shipped content, plainly and
 * under a sub-path; a generated site of fictional forces and inspections of every shape, at
 * GENERATED_SIZE (small, as the browser gates visit every page), with a fictional office's
 * settings (title, logo, colours, address, so feeds and a sitemap); the
 * awkward-but-valid fixture; and the fictional fixture (see FIXTURE_SITE_EDITS and
 * FIXTURE_SITE_ENV: a day inside a comment period, and an address), with its own sentence on
 * whose reading the statuses are; and the same fixture, with a letter in both languages, as a Welsh office's site in both languages.
 * The sites are built two at a time (two cores), each with a cache folder of its own.
 * The `build` and `alone` projects (vitest.config.ts) both name it; it builds once a run.
 * `npm run test:unit` builds nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeContent, removeContentCopies } from '../fixtures/fixtures.ts';
import { awkwardEdits } from './awkward.ts';
import { startBuild, type BuildOptions } from './build.ts';
import { FIXTURE_SITE_EDITS, FIXTURE_SITE_ENV, FIXTURE_STATUS_READING, WELSH_OFFICE, WELSH_SITE_EDITS } from './fixture-site.ts';
import { generateContent, GENERATED_SIZE, writeOfficeSettings } from './generate.ts';
import { AWKWARD_SITE, FIXTURE_SITE, GENERATED_CONTENT, GENERATED_SETTINGS, GENERATED_SITE, OUTPUT, SITE, SUBPATH_BASE, SUBPATH_SITE, WELSH_SITE } from './paths.ts';

/** Set once the sites are built in this run: each project that names this file calls it. */
const BUILT = Symbol.for('pcc-tests: sites built');
/** Builds at once: one a core. */
const PARALLEL = 2;

export default async function setup() {
  const run = globalThis as { [BUILT]?: Promise<void> };
  run[BUILT] ??= buildSites();
  await run[BUILT];
}

async function buildSites() {
  const started = performance.now();
  rmSync(OUTPUT, { recursive: true, force: true });
  generateContent(GENERATED_CONTENT, GENERATED_SIZE);
  const settings = writeOfficeSettings(GENERATED_SETTINGS);
  const awkward = makeContent(awkwardEdits());
  const fixture = makeContent(FIXTURE_SITE_EDITS);
  // Only the sentence on whose reading the statuses are: every other setting stays the default.
  mkdirSync(OUTPUT, { recursive: true });
  const fixtureSettings = join(OUTPUT, 'fixture-site.config.json');
  writeFileSync(fixtureSettings, JSON.stringify({ statusReading: FIXTURE_STATUS_READING }));
  const welsh = makeContent(WELSH_SITE_EDITS);
  const welshSettings = join(OUTPUT, 'welsh-site.config.json');
  writeFileSync(welshSettings, JSON.stringify(WELSH_OFFICE));
  // Largest first, so the last to finish is a small one.
  const builds: BuildOptions[] = [
    { outDir: GENERATED_SITE, contentDir: GENERATED_CONTENT, env: { PCC_CONFIG: settings } },
    { outDir: SITE },
    { outDir: SUBPATH_SITE, base: SUBPATH_BASE },
    { outDir: AWKWARD_SITE, contentDir: awkward.dir },
    { outDir: FIXTURE_SITE, contentDir: fixture.dir, env: { ...FIXTURE_SITE_ENV, PCC_CONFIG: fixtureSettings } },
    { outDir: WELSH_SITE, contentDir: welsh.dir, env: { PCC_CONFIG: welshSettings } },
  ];
  const took: string[] = [];
  try {
    const queue = [...builds];
    await Promise.all(Array.from({ length: PARALLEL }, async () => {
      for (let options = queue.shift(); options; options = queue.shift()) {
        const start = performance.now();
        // A cache folder of its own (Astro's incremental build and its prerender chunks), so two
        // builds at once never share one.
        const cache = join(OUTPUT, 'cache', basename(options.outDir));
        const result = await startBuild({ ...options, env: { ...options.env, PCC_CACHE_DIR: cache } });
        if (result.status !== 0) throw new Error(`The site ${options.outDir} did not build (exit ${result.status}):\n${result.output}`);
        took.push(`${basename(options.outDir)} ${seconds(start)}`);
      }
    }));
  } finally {
    removeContentCopies();
  }
  console.log(`Test sites built in ${seconds(started)} (${took.join(', ')}; two at a time)`);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
