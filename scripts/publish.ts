/**
 * `npm run publish -- <dir>`: builds the site into a hidden working folder beside <dir>,
 * checks the build (every page there, HTML that parses, no broken links or #fragments within
 * the site, by the quality gates' link checker), marks it complete, and only then switches
 * <dir> to it in one atomic rename. `npm run publish -- <dir> --rollback` switches back to
 * the complete build before. A failed, or killed, build or check leaves <dir> and every
 * build it can roll back to exactly as they were (src/lib/office/releases.ts); one publish
 * or rollback runs at a time (src/lib/office/publish-lock.ts).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateProject } from '../src/lib/site/pipeline.ts';
import { readBuiltSite } from '../src/lib/office/links.ts';
import { acquireLock } from '../src/lib/office/publish-lock.ts';
import { completeRelease, currentRelease, prepareRelease, previousRelease, pruneReleases, removeLeftovers, switchTo } from '../src/lib/office/releases.ts';
import { scopeCorpus } from '../src/lib/content/scope.ts';
import { checkBuiltSite, expectedPaths } from '../src/lib/office/site-check.ts';
import { createSite } from '../src/lib/site/site.ts';
import { buildArgs } from './lib/build-command.ts';
import { run, UserError } from './lib/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * For the tests that kill a publish part-way (tests/build/publish-kill.test.ts): with
 * PCC_PUBLISH_HOLD=<step>, the publish stops before that step, says so, and waits there to
 * be killed. Never set it otherwise.
 */
function holdBefore(step: 'check' | 'complete' | 'switch'): void {
  if (process.env.PCC_PUBLISH_HOLD !== step) return;
  console.log(`Holding before the ${step} (PCC_PUBLISH_HOLD), process ${process.pid}.`);
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

/** The project's git commit, for the build's release.json; null outside a git checkout. */
function gitCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

await run(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { rollback: { type: 'boolean' } } });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: npm run publish -- <folder> [--rollback].`);
  }
  const [dir, ...extra] = parsed.positionals;
  if (!dir) throw new UserError('No folder to publish into was given; allowed: npm run publish -- <folder>, e.g. npm run publish -- /srv/www/responses.');
  if (extra.length) throw new UserError(`Only one folder can be published at a time, but ${parsed.positionals.length} were given; allowed: npm run publish -- <folder> [--rollback].`);

  const lock = acquireLock(dir, parsed.values.rollback ? 'rollback' : 'publish');
  try {
    if (lock.tookOver) console.warn(`Warning: ${lock.tookOver}`);
    const leftovers = removeLeftovers(dir);
    if (leftovers.length) console.log(`Removed what a stopped publish left unfinished: ${leftovers.join(', ')}.`);
    if (parsed.values.rollback) rollback(dir);
    else publish(dir);
  } finally {
    lock.release();
  }
});

function rollback(dir: string): void {
  const target = previousRelease(dir);
  const from = currentRelease(dir);
  switchTo(dir, target);
  console.log(`Rolled back: ${dir} now shows the build ${target} (it showed ${from}).`);
}

function publish(dir: string): void {
  const release = prepareRelease(dir, new Date());
  const fail = (message: string): never => {
    rmSync(release.path, { recursive: true, force: true });
    throw new UserError(`${message} ${dir} was not changed.`);
  };

  const build = spawnSync(process.execPath, buildArgs(ROOT, release.path), {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) fail('The build failed (see above).');

  holdBefore('check');
  const { corpus, config } = validateProject();
  const site = createSite(scopeCorpus(corpus, config), { base: config.base });
  const built = readBuiltSite(release.path, config.base);
  const problems = checkBuiltSite(built, expectedPaths(site));
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    fail(`The build has ${problems.length} problem${problems.length === 1 ? '' : 's'} (above).`);
  }

  holdBefore('complete');
  completeRelease(dir, release, { builtAt: new Date().toISOString(), commit: gitCommit(), pages: built.pages.size });
  holdBefore('switch');
  const before = currentRelease(dir);
  switchTo(dir, release.name);
  const removed = pruneReleases(dir);
  console.log(`Published: ${dir} now shows the build ${release.name}${before ? ` (before: ${before}; npm run publish -- ${dir} --rollback goes back to it)` : ''}.`);
  if (removed.length) console.log(`Removed old builds: ${removed.join(', ')}.`);
}
