/** Runs the real `astro build`, as `npm run build` does (its Node options included), into a folder of the test's choosing. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildArgs } from '../../scripts/lib/build-command.ts';
import { withBuildLock } from './build-lock.ts';
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
}

/** Builds the site with the project's own Astro and Node; returns the exit code and all output. */
export function buildSite(options: BuildOptions): BuildResult {
  const result = withBuildLock(() => spawnSync(
    resolve(ROOT, 'node_modules/.bin/node'),
    [...buildArgs(ROOT, options.outDir), ...(options.force ? ['--force'] : [])],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(options.contentDir ? { PCC_CONTENT_DIR: options.contentDir } : {}),
        ...(options.base ? { PCC_BASE: options.base } : {}),
        ...options.env,
      },
    },
  ));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
