/**
 * `npm run publish -- <dir>`: builds the site into a new folder beside <dir>, checks the
 * build (every page there, HTML that parses, no broken links or #fragments within the site,
 * by the quality gates' link checker), and only then
 * switches <dir> to it in one atomic rename. `npm run publish -- <dir> --rollback` switches
 * back to the build before. A failed build or check leaves <dir> exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateProject } from '../src/config.ts';
import { readBuiltSite } from '../src/lib/links.ts';
import { currentRelease, prepareRelease, previousRelease, pruneReleases, switchTo } from '../src/lib/office/releases.ts';
import { scopeCorpus } from '../src/lib/office/site-config.ts';
import { checkBuiltSite, expectedPaths } from '../src/lib/office/site-check.ts';
import { createSite } from '../src/lib/site.ts';
import { buildArgs } from './lib/build-command.ts';
import { run, UserError } from './lib/cli.ts';

const ROOT = resolve(import.meta.dirname, '..');

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

  if (parsed.values.rollback) {
    const target = previousRelease(dir);
    const from = currentRelease(dir);
    switchTo(dir, target);
    console.log(`Rolled back: ${dir} now shows the build ${target} (it showed ${from}).`);
    return;
  }

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

  const { corpus, config } = validateProject();
  const site = createSite(scopeCorpus(corpus, config), { base: config.base });
  const problems = checkBuiltSite(readBuiltSite(release.path, config.base), expectedPaths(site));
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    fail(`The build has ${problems.length} problem${problems.length === 1 ? '' : 's'} (above).`);
  }

  const before = currentRelease(dir);
  switchTo(dir, release.name);
  const removed = pruneReleases(dir);
  console.log(`Published: ${dir} now shows the build ${release.name}${before ? ` (before: ${before}; npm run publish -- ${dir} --rollback goes back to it)` : ''}.`);
  if (removed.length) console.log(`Removed old builds: ${removed.join(', ')}.`);
});
