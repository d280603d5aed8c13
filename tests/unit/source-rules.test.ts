/**
 * Two rules of the code's layout (docs/architecture.md), checked by reading the sources
 * themselves so they cannot drift: data flows one way, so no module in src/lib outside
 * src/lib/views imports from the views; and no source file in src/ is over 300 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const LIB = join(SRC, 'lib');
const VIEWS = join(LIB, 'views');

const MAX_LINES = 300;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)).filter((path) => /\.(ts|mts|astro|mdx|css|mjs)$/.test(path)).sort();
}

/** Every module a TypeScript file imports or re-exports from, static or dynamic, as written. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

describe('the one-way flow from lib to the views', () => {
  test('reads the imports it checks (a view imports from lib, and a lib module is found importing)', () => {
    expect(importsOf(readFileSync(join(VIEWS, 'citation.ts'), 'utf8'))).toContain('../urls.ts');
    expect(importsOf("import type { A } from './views/a.ts';\nexport { b } from \"../views/b.ts\";\nconst c = await import('./views/c.ts');\nimport './views/d.ts';"))
      .toEqual(['./views/a.ts', '../views/b.ts', './views/c.ts', './views/d.ts']);
  });

  test('no module in src/lib outside views/ imports from src/lib/views', () => {
    const outside = filesUnder(LIB).filter((file) => file.endsWith('.ts') && !file.startsWith(VIEWS + sep));
    expect(outside.length).toBeGreaterThan(20);
    const offending = outside.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = resolve(dirname(file), specifier);
          return target === VIEWS || target.startsWith(VIEWS + sep);
        })
        .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('the size of source files', () => {
  test(`no file in src/ is over ${MAX_LINES} lines`, () => {
    const files = filesUnder(SRC);
    expect(files.length).toBeGreaterThan(50);
    const over = files
      .map((file) => [relative(ROOT, file).split(sep).join('/'), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, count]) => count > MAX_LINES)
      .map(([file, count]) => `${file}: ${count} lines`);
    expect(over).toEqual([]);
  });
});
