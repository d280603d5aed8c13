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

describe('the code that runs in the browser', () => {
  /** Every module `entry` reaches through relative imports (type-only imports left out: they vanish when compiled). */
  function reachedFrom(entry: string): Map<string, string[]> {
    const reached = new Map<string, string[]>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      const source = readFileSync(file, 'utf8').replace(/^import type [^;]+;$/gm, '').replace(/^export type [^;]+;$/gm, '');
      const specifiers = importsOf(source);
      reached.set(file, specifiers);
      for (const specifier of specifiers.filter((s) => s.startsWith('.'))) visit(resolve(dirname(file), specifier));
    };
    visit(entry);
    return reached;
  }

  test('imports no Node module, directly or through the lib modules it shares with the build (the editor checks quotations with evidence.ts)', () => {
    const browser = join(SRC, 'browser');
    const entries = readdirSync(browser).filter((name) => name.endsWith('.ts')).map((name) => join(browser, name));
    expect(entries.length).toBeGreaterThan(1);
    const offending = entries.flatMap((entry) => [...reachedFrom(entry)]
      .flatMap(([file, specifiers]) => specifiers.filter((s) => s.startsWith('node:')).map((s) => `${relative(ROOT, file)} imports ${s} (reached from ${relative(ROOT, entry)})`)));
    expect(offending).toEqual([]);
    // It can fail: the build's own cache module is reached from nowhere in the browser, and imports Node's crypto.
    expect([...reachedFrom(join(LIB, 'content', 'cache.ts')).values()].flat()).toContain('node:crypto');
  });
});
