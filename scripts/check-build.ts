/**
 * `npm run check-build [-- <folder>]`: checks a site already built into <folder> (default
 * `dist/`) as `npm run publish` checks each release before it goes live: every page the
 * content calls for is there, every page's HTML parses, and no link or #fragment within the
 * site is broken. For hosts that publish the build folder themselves (a CI workflow).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateProject } from '../src/lib/site/pipeline.ts';
import { readBuiltSite } from '../src/lib/office/links.ts';
import { scopeCorpus } from '../src/lib/content/scope.ts';
import { checkBuiltSite, expectedPaths } from '../src/lib/office/site-check.ts';
import { createSite } from '../src/lib/site/site.ts';
import { run, UserError } from './lib/cli.ts';

await run(() => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: {} });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: npm run check-build -- [folder].`);
  }
  if (parsed.positionals.length > 1) throw new UserError(`Only one folder can be checked at a time, but ${parsed.positionals.length} were given; allowed: npm run check-build -- [folder].`);
  const dir = resolve(parsed.positionals[0] ?? 'dist');
  if (!existsSync(dir)) throw new UserError(`There is no built site at ${dir}; allowed: a folder written by npm run build (dist/ unless told otherwise).`);
  const { corpus, config } = validateProject();
  const site = createSite(scopeCorpus(corpus, config), { base: config.base });
  const problems = checkBuiltSite(readBuiltSite(dir, config.base), expectedPaths(site));
  for (const problem of problems) console.error(problem);
  if (problems.length) throw new UserError(`The build in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (above).`);
  console.log(`The build in ${dir} has every page, and no broken link within the site.`);
});
