/**
 * The command `npm run build` runs, read from package.json's `scripts.build`
 * (`node <Node options> node_modules/astro/bin/astro.mjs build`), so that the benchmark,
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
  return [...words.slice(0, entry), join(root, words[entry]!), ...words.slice(entry + 1), '--outDir', outDir];
}
