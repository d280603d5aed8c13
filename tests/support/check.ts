/** Runs `npm run check` (the real script, with the project's own Node) over a content folder. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths.ts';

export interface CheckResult {
  status: number | null;
  output: string;
}

/** Checks the content at `contentDir` as `npm run check` does; `env` adds settings such as PCC_TODAY. */
export function runCheck(contentDir: string, env: Record<string, string> = {}): CheckResult {
  const result = spawnSync(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PCC_CONTENT_DIR: contentDir, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
