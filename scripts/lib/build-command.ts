/**
 * The command `npm run build` runs, read from package.json's `scripts.build`
 * (`node <Node options> node_modules/astro/bin/astro.mjs build`; the options include
 * `--env-file=scripts/build.env`, the allocator's settings), so that the benchmark,
 * `npm run publish` and the tests build with the same Node options without a second copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The arguments after `node` for a build into `outDir`, paths made absolute under `root`. */
export function buildArgs(root: string, outDir: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...words] = scripts.build!.trim().split(/\s+/);
  const entry = words.findIndex((word) => word.endsWith('astro.mjs'));
  if (command !== 'node' || entry < 0 || words[entry + 1] !== 'build') {
    throw new Error(`package.json's build script is "${scripts.build}"; allowed: node [options] node_modules/astro/bin/astro.mjs build`);
  }
  // An `--env-file=` is relative to the project, whatever folder the build is started from.
  const options = words.slice(0, entry).map((word) => word.startsWith('--env-file=') ? `--env-file=${join(root, word.slice('--env-file='.length))}` : word);
  return [...options, join(root, words[entry]!), ...words.slice(entry + 1), '--outDir', outDir];
}
