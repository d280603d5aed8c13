/** The GitHub Actions workflow: valid YAML, and the same commands as the README and the publishing guide, so they cannot drift. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { contentCacheDir } from '../../src/lib/settings/environment.ts';
import { ROOT } from '../support/paths.ts';

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, string> }
interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string }[] };
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const text = readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8');
const document = parseDocument(text);
const workflow = document.toJS() as Workflow;
const steps = workflow.jobs.build!.steps;
/** Each command the workflow runs, one per line of its `run:` steps. */
const commands = steps.flatMap((s) => (s.run ?? '').split('\n').map((line) => line.trim()).filter(Boolean));

/** The npm commands the README documents: its quick start and its table of commands, without their arguments. */
function readmeCommands(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found = new Set<string>();
  for (const [, command] of readme.matchAll(/`(npm [^`]+)`/g)) found.add(command!.replace(/ -- .*$/, '').trim());
  for (const [, line] of readme.matchAll(/^(npm [^#\n]*)/gm)) for (const part of line!.split('&&')) found.add(part.trim());
  return found;
}

describe('the publishing workflow', () => {
  test('is valid YAML', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  test('runs on a push to main and once a day', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  test('installs, checks, builds and checks the build with the README\'s own commands, in that order', () => {
    expect(commands).toEqual(['npm ci', 'npm run check', 'npm run build', 'npm run check-build']);
    const documented = readmeCommands();
    for (const command of commands) expect(documented, command).toContain(command);
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const command of commands.filter((c) => c.startsWith('npm run '))) expect(Object.keys(scripts)).toContain(command.slice('npm run '.length));
  });

  test('is explained in the publishing guide, command by command', () => {
    const guide = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');
    expect(guide).toContain('.github/workflows/publish.yml');
    for (const command of [...commands, 'npm run publish']) expect(guide, command).toContain(`\`${command}`);
  });

  test('keeps the incremental build\'s caches between runs, restored after the install (which empties node_modules)', () => {
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(steps[cache]!.with!.path!.trim().split('\n')).toEqual(['node_modules/.astro', 'node_modules/.cache/pcc-responses', 'dist']);
    // Where the loader really keeps its cache of parsed content files.
    expect(relative(ROOT, contentCacheDir())).toMatch(/^node_modules\/\.cache\/pcc-responses\//);
  });

  test('publishes the build folder on GitHub Pages once the build job has passed', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
