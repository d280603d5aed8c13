/**
 * `npm run bench -- --documents 1000,10000,20000 [--runs 3] [--seed 1]`: for each size,
 * generates a fictional corpus outside the project, then measures (median of the runs) the
 * full Astro build from nothing (no incremental or content cache), its phases, peak memory,
 * output and index size, the rebuild after one response changes (with the caches the full
 * build left, as an office's next build would have them), Eleventy 3 building the same
 * Markdown files as a floor, and Eleventy followed by Pagefind's command line (a site with
 * search, like this one) as a second baseline, the peak memory of each kind of process (the build's Node,
 * each Pagefind indexing process), and what a first search downloads for a common word and
 * a rare one. Sizes above 10,000 documents are built once (`--runs` applies up to 10,000),
 * to keep the whole run under 25 minutes. Prints the tables and issue 14's targets, met or
 * not, and writes them, with the machine, into docs/performance.md.
 * Eleventy is the benchmark's own dependency (bench/package.json), not the product's: it is
 * installed into bench/node_modules on the first run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir } from '../src/lib/settings/environment.ts';
import { parseTimings } from '../src/lib/basics/timings.ts';
import {
  checkPages, CSS_LIMIT, describeFirstSearch, describeGrowth, folderBytes, formatBaselineTable, formatMemoryTable, formatTable, median,
  medianByKind, OVERHEAD_LIMIT, replaceGeneratedSection, type PageChecks,
} from './lib/bench-report.ts';
import { buildArgs } from '../scripts/lib/build-command.ts';
import { generateCorpus } from '../scripts/lib/corpus.ts';
import { FIRST_SEARCH_QUERY, measureFirstSearch } from './lib/first-search.ts';
import { rareWord } from './lib/rare-word.ts';
import { formatTargets, judgeTargets, type SizeFigures } from './lib/targets.ts';
import { measureCommand, type Measured } from './lib/measure.ts';
import { writeCorpus } from '../scripts/lib/write-corpus.ts';

const BENCH = import.meta.dirname;
const ROOT = resolve(BENCH, '..');
const ELEVENTY = join(BENCH, 'node_modules/@11ty/eleventy/cmd.cjs');
/**
 * Pagefind's command line, the project's own copy (the same release the site's build uses,
 * so the second baseline indexes with the same engine): what a user of Eleventy would add for search.
 */
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const NODE = join(ROOT, 'node_modules/.bin/node');
const WORK = join(tmpdir(), 'pcc-bench');
/**
 * The Astro builds' output folders, inside the project (gitignored): Astro puts a build's
 * prerender chunks in the project's shared `.astro/` when the output folder is outside the
 * project, where a test's build running at the same time could delete them (see
 * tests/support/isolation.ts); inside, each build keeps them in its own output folder.
 */
const SITES = join(ROOT, '.bench');

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000,10000,20000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const sizes = values.documents.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- --documents 1000,10000,20000 [--runs 3] [--seed 1] [--no-write]');
  process.exit(1);
}

installOwnDependencies();
const benchStarted = performance.now();
const loadAtStart = loadavg()[0]!;
mkdirSync(WORK, { recursive: true });
const eleventyConfig = writeEleventyConfig();
/** Sizes above this are built once, whatever `--runs` says: one run of 20,000 is enough. */
const ONE_RUN_ABOVE = 10_000;
const results: SizeFigures[] = [];
const notes: string[] = [];

for (const documents of sizes) {
  const content = ensureCorpus(documents);
  const out = join(SITES, `site-${documents}`);
  const full: Measured[] = [];
  const phases: Record<string, number>[] = [];
  const rebuilds: Measured[] = [];
  const rebuildPhases: Record<string, number>[] = [];
  const eleventy: Measured[] = [];
  const eleventyPagefind: Measured[] = [];
  const sizeRuns = documents > ONE_RUN_ABOVE ? 1 : runs;
  for (let run = 1; run <= sizeRuns; run++) {
    rmSync(out, { recursive: true, force: true });
    const timings = join(WORK, `timings-${documents}.jsonl`);
    rmSync(timings, { force: true });
    // From nothing: neither last run's pages (`--force`) nor its parsed content.
    rmSync(contentCacheDir(), { recursive: true, force: true });
    const build = await astroBuild(content, out, timings, { force: true });
    full.push(build);
    phases.push(Object.fromEntries(parseTimings(readFileSync(timings, 'utf8'))));
    rmSync(timings, { force: true });
    rebuilds.push(await rebuildAfterOneEdit(content, out, timings));
    rebuildPhases.push(Object.fromEntries(parseTimings(readFileSync(timings, 'utf8'))));
    const eleventyOut = join(WORK, `eleventy-${documents}`);
    eleventy.push(await eleventyBuild(content, eleventyOut));
    eleventyPagefind.push(sequence(eleventy.at(-1)!, await pagefindCli(eleventyOut)));
    log(`${documents} documents, run ${run}/${sizeRuns}: build ${(build.ms / 1000).toFixed(1)} s (CPU ${((build.cpuMs ?? 0) / 1000).toFixed(1)} s), ` +
      `${mb(build.peakRss)} MiB; rebuild ${describeRebuild(rebuilds.at(-1)!, rebuildPhases.at(-1)!)}; Eleventy ${(eleventy.at(-1)!.ms / 1000).toFixed(1)} s ` +
      `(CPU ${((eleventy.at(-1)!.cpuMs ?? 0) / 1000).toFixed(1)} s), ` +
      `with Pagefind ${(eleventyPagefind.at(-1)!.ms / 1000).toFixed(1)} s (CPU ${((eleventyPagefind.at(-1)!.cpuMs ?? 0) / 1000).toFixed(1)} s); load average ${loadavg()[0]!.toFixed(1)}`);
  }
  const index = join(out, 'pagefind');
  const checks = checkPages(out);
  // What a reader's first search downloads (Chromium, nothing cached): a word on most pages, and one on almost none.
  const searches = [await measureFirstSearch(out, FIRST_SEARCH_QUERY), await measureFirstSearch(out, rareWord(content))];
  const result: SizeFigures = {
    documents,
    pages: checks.pages,
    buildMs: median(full.map((m) => m.ms)),
    buildCpuMs: medianOrNull(full.map((m) => m.cpuMs)),
    phases: Object.fromEntries([...new Set(phases.flatMap(Object.keys))].map((p) => [p, median(phases.map((t) => t[p] ?? 0))])),
    peakRss: median(full.map((m) => m.peakRss)),
    byKind: medianByKind(full.map((m) => m.byKind)),
    outputBytes: folderBytes(out),
    indexBytes: existsSync(index) ? folderBytes(index) : null,
    rebuildMs: median(rebuilds.map((m) => m.ms)),
    rebuildCpuMs: medianOrNull(rebuilds.map((m) => m.cpuMs)),
    eleventyMs: median(eleventy.map((m) => m.ms)),
    eleventyCpuMs: medianOrNull(eleventy.map((m) => m.cpuMs)),
    eleventyPagefindMs: median(eleventyPagefind.map((m) => m.ms)),
    eleventyPagefindCpuMs: medianOrNull(eleventyPagefind.map((m) => m.cpuMs)),
    eleventyPagefindPeakRss: median(eleventyPagefind.map((m) => m.peakRss)),
    runs: sizeRuns,
    checks,
    searches,
  };
  results.push(result);
  notes.push(describeChecks(documents, checks), ...searches.map((search) => describeFirstSearch(documents, search)));
}

const table = formatTable(results);
const memory = formatMemoryTable(results);
const baselines = formatBaselineTable(results);
const targets = formatTargets(judgeTargets(results));
const growth = describeGrowth(results);
const minutes = ((performance.now() - benchStarted) / 60000).toFixed(1);
const section = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --documents ${sizes.join(',')} --runs ${runs} --seed ${seed}\` ` +
  `(the whole run took ${minutes} minutes), on ${machine()}. Each figure is the median of ${runs} run${runs > 1 ? 's' : ''}` +
  `${sizes.some((n) => n > ONE_RUN_ABOVE) && runs > 1 ? ` (sizes above ${ONE_RUN_ABOVE.toLocaleString('en-GB')}: one run)` : ''}. ` +
  `Load average (1 minute) at the start ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)}: ` +
  'where it exceeds the cores, other work shared the machine and wall times are high; CPU times are steadier.',
  '',
  table,
  '',
  'Peak memory of the full build, by kind of process (each the highest resident memory of one process of that kind):',
  '',
  memory,
  '',
  'Against the two baselines on the same Markdown files: Eleventy 3 alone (no search index; issue 14\'s target is judged against it), ' +
  'and Eleventy 3 followed by Pagefind\'s command line over its output (a site with search, like this one; the time is the two commands\' sum, ' +
  'the peak the larger of the two):',
  '',
  baselines,
  '',
  'Issue 14\'s targets:',
  '',
  targets,
  '',
  ...(growth ? [`Growth: ${growth}`, ''] : []),
  ...notes.map((n) => `- ${n}`),
].join('\n');
console.log(`\n${section}\n`);
if (!values['no-write']) {
  const file = join(ROOT, 'docs/performance.md');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  writeFileSync(file, replaceGeneratedSection(existing, section));
  console.log('Written to docs/performance.md.');
}

/** Installs bench/package-lock.json's packages (Eleventy) into bench/node_modules when they are missing. */
function installOwnDependencies() {
  if (existsSync(ELEVENTY)) return;
  console.log('Installing the benchmark\'s own dependencies (bench/package.json) into bench/node_modules.');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 || !existsSync(ELEVENTY)) {
    console.error('Could not install the benchmark\'s dependencies: run `npm ci` in bench/ and try again.');
    process.exit(1);
  }
}

/** The rebuild's time, CPU time and phases, for the log. */
function describeRebuild(rebuild: Measured, phases: Record<string, number>): string {
  const cpu = rebuild.cpuMs === null ? '' : ` (CPU ${(rebuild.cpuMs / 1000).toFixed(1)} s)`;
  const each = Object.entries(phases).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`).join(', ');
  return `${(rebuild.ms / 1000).toFixed(1)} s${cpu} [${each}]`;
}

function medianOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : median(values as number[]);
}

function log(message: string) {
  console.log(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0)}s] ${message}`);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

/**
 * The corpus for a size, generated once per size, seed and version of the generator (it is
 * deterministic) and reused.
 */
function ensureCorpus(documents: number): string {
  const dir = join(WORK, `corpus-${documents}-seed${seed}-${generatorVersion()}`);
  const done = `${dir}.done`;
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(generateCorpus({ documents, seed }), dir, ROOT);
  writeFileSync(done, '');
  log(`generated ${documents} documents`);
  return dir;
}

/** A digest of the generator's source, so a changed generator never reuses an old corpus. */
function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['corpus.ts', 'write-content-files.ts', 'prose.ts', 'random.ts']) hash.update(readFileSync(join(ROOT, 'scripts/lib', file)));
  return hash.digest('hex').slice(0, 10);
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** `npm run build` runs exactly this (the project's Node, its options and Astro), without npm's own process. */
async function astroBuild(content: string, out: string, timings?: string, options: { force?: boolean } = {}): Promise<Measured> {
  const result = await measureCommand(NODE, [...buildArgs(ROOT, out), ...(options.force ? ['--force'] : [])], {
    cwd: ROOT,
    env: env({ PCC_CONTENT_DIR: content, ...(timings ? { PCC_TIMINGS: timings } : {}) }),
  });
  if (result.status !== 0) throw new Error(`The Astro build of ${content} failed:\n${result.output.slice(-3000)}`);
  return result;
}

/**
 * Adds a sentence to one response's body, rebuilds as an office would (the same project and
 * output folder, so with the last build's incremental and content caches), then restores the file.
 */
async function rebuildAfterOneEdit(content: string, out: string, timings: string): Promise<Measured> {
  const force = readdirSync(join(content, 'responses')).sort()[0]!;
  const file = join(content, 'responses', force, readdirSync(join(content, 'responses', force)).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nA sentence added by the benchmark to time a rebuild.\n`);
  try {
    return await astroBuild(content, out, timings);
  } finally {
    writeFileSync(file, original);
  }
}

/** Eleventy 3: one plain page per Markdown file, no template language in the Markdown. */
async function eleventyBuild(content: string, out: string): Promise<Measured> {
  rmSync(out, { recursive: true, force: true });
  const result = await measureCommand(
    NODE,
    [ELEVENTY, `--config=${eleventyConfig}`, `--input=${content}`, `--output=${out}`, '--quiet'],
    { cwd: join(WORK, 'eleventy'), env: env({}) },
  );
  if (result.status !== 0) throw new Error(`The Eleventy build of ${content} failed:\n${result.output.slice(-3000)}`);
  return result;
}

/** Pagefind's command line indexing Eleventy's output, as a user of Eleventy would add search. */
async function pagefindCli(site: string): Promise<Measured> {
  const result = await measureCommand(NODE, [PAGEFIND, '--site', site, '--quiet'], { cwd: WORK, env: env({}) });
  if (result.status !== 0) throw new Error(`Pagefind's command line over ${site} failed:\n${result.output.slice(-3000)}`);
  return result;
}

/** Two commands run one after the other, as one: times added, the peak the larger of the two. */
function sequence(first: Measured, second: Measured): Measured {
  return {
    status: second.status,
    ms: first.ms + second.ms,
    peakRss: Math.max(first.peakRss, second.peakRss),
    cpuMs: first.cpuMs === null || second.cpuMs === null ? null : first.cpuMs + second.cpuMs,
    byKind: {},
    output: first.output + second.output,
  };
}

function writeEleventyConfig(): string {
  const dir = join(WORK, 'eleventy');
  mkdirSync(join(dir, '_layouts'), { recursive: true });
  writeFileSync(
    join(dir, '_layouts', 'plain.11ty.js'),
    'export default function (data) {\n' +
    '  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${data.page.fileSlug}</title></head><body><main>${data.content}</main></body></html>`;\n' +
    '}\n',
  );
  const config = join(dir, 'eleventy.config.mjs');
  writeFileSync(
    config,
    'export default function (eleventyConfig) {\n' +
    `  eleventyConfig.addGlobalData('layout', 'plain.11ty.js');\n` +
    '  return {\n' +
    '    markdownTemplateEngine: false,\n' +
    // Relative to the input folder: every corpus sits beside this folder in the work folder.
    "    dir: { layouts: '../eleventy/_layouts' },\n" +
    '  };\n' +
    '}\n',
  );
  return config;
}

function describeChecks(documents: number, checks: PageChecks): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const parts = [
    checks.pagesWithScript.length === 0
      ? 'no reader\'s page other than /search/ has a script'
      : `${checks.pagesWithScript.length} pages other than /search/ have a script (e.g. ${checks.pagesWithScript[0]})`,
    `the largest markup overhead is ${kb(checks.largestOverhead.bytes)} (${checks.largestOverhead.page}; limit ${kb(OVERHEAD_LIMIT)}, ` +
      `${checks.overLimit.length} page${checks.overLimit.length === 1 ? '' : 's'} over)`,
    `CSS ${kb(checks.cssBytes)} in all (limit ${kb(CSS_LIMIT)})`,
  ];
  return `${documents.toLocaleString('en-GB')} documents: ${parts.join('; ')}.`;
}

function machine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}, ${process.platform}`;
}
