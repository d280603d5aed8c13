/** Runs the project's commands (`npm run new`, `import`, `check`, `publish`) as a user would, with the project's Node. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { withBuildLock, withOwnCache } from './isolation.ts';
import { ROOT } from './paths.ts';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with `args`; `env` adds to the environment (PCC_CONTENT_DIR, PCC_CONFIG…). */
export function runCommand(name: string, args: string[], env: Record<string, string> = {}): CommandResult {
  const run = () => spawnSync(resolve(ROOT, 'node_modules/.bin/node'), [resolve(ROOT, `scripts/${name}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(name === 'publish' ? withOwnCache(env) : env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // `publish` runs a full Astro build into the releases folder it is given (its first argument).
  const result = name === 'publish' ? withBuildLock(args[0] ?? ROOT, run) : run();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
