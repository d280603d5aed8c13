/** Runs the real `astro build`, as `npm run build` does (its Node options included), into a folder of the test's choosing. */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildArgs } from '../../scripts/lib/build-command.ts';
import { withBuildLock, withOwnCache } from './isolation.ts';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  contentDir?: string;
  outDir: string;
  base?: string;
  env?: Record<string, string>;
  /** Render every page, ignoring the incremental build's cache of the last build (`astro build --force`). */
  force?: boolean;
  /** The project to build: a copy of this one that a test may change (default: this checkout). */
  root?: string;
}

/** The project's own Node, the build's arguments, and its environment. */
function buildCommand(options: BuildOptions): [string, string[], { cwd: string; env: NodeJS.ProcessEnv }] {
  const root = options.root ?? ROOT;
  return [
    resolve(ROOT, 'node_modules/.bin/node'),
    [...buildArgs(root, options.outDir), ...(options.force ? ['--force'] : [])],
    {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(options.contentDir ? { PCC_CONTENT_DIR: options.contentDir } : {}),
        ...(options.base ? { PCC_BASE: options.base } : {}),
        // A cache folder of its own, so builds in other test files may run at the same time.
        ...withOwnCache(options.env),
      },
    },
  ];
}

/** Builds the site with the project's own Astro and Node; returns the exit code and all output. */
export function buildSite(options: BuildOptions): BuildResult {
  const [command, args, settings] = buildCommand(options);
  const result = withBuildLock(options.outDir, () => spawnSync(command, args, { ...settings, encoding: 'utf8' }), options.root);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Builds the site without waiting, for builds that may run beside one another: each must have
 * a cache folder of its own, named (PCC_CACHE_DIR in `env`) so the caller can find it again.
 */
export function startBuild(options: BuildOptions): Promise<BuildResult> {
  if (!options.env?.PCC_CACHE_DIR) throw new Error(`The build of ${options.outDir} beside others needs a cache folder of its own (PCC_CACHE_DIR)`);
  const [command, args, settings] = buildCommand(options);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { ...settings, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.once('error', fail);
    child.once('close', (status) => done({ status, output }));
  });
}
