/**
 * The rules of the code's layout (docs/architecture.md, "The flow, in one direction"), checked by
 * reading the sources themselves so they cannot drift: the folders are the stages of the flow,
 * in the order of STAGES below, and a file imports only from its own stage and the stages before
 * it; no modules import each other in a circle; views/format.ts imports no view; no file in src/
 * is over 300 lines; and the code that runs in the browser reaches no Node module.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const LIB = join(SRC, 'lib');

const MAX_LINES = 300;

/**
 * The stages of the flow, first to last: the one place the order is written (docs/architecture.md
 * draws the same). A file may import from its own stage and from any stage above it in this
 * list, never from one below it. Every file in src/ and scripts/ is in exactly one stage.
 */
const STAGES: readonly { name: string; folders: readonly string[] }[] = [
  { name: 'basics', folders: ['src/lib/basics'] },
  { name: 'schemas', folders: ['src/schemas'] },
  { name: 'text', folders: ['src/lib/text'] },
  { name: 'settings', folders: ['src/lib/settings'] },
  { name: 'content', folders: ['src/lib/content'] },
  { name: 'site', folders: ['src/lib/site'] },
  { name: 'outputs', folders: ['src/lib/outputs'] },
  { name: 'words', folders: ['src/i18n'] },
  { name: 'charts', folders: ['src/lib/charts'] },
  { name: 'views', folders: ['src/lib/views'] },
  { name: 'editor', folders: ['src/lib/editor'] },
  { name: 'astro', folders: ['src/astro'] },
  { name: 'pages', folders: ['src/pages', 'src/components', 'src/layouts', 'src/dev', 'src/statement', 'src/styles', 'src/browser'] },
  { name: 'office', folders: ['src/lib/office'] },
  { name: 'commands', folders: ['scripts'] },
];

const SOURCE = /\.(ts|mts|astro|mdx|mjs)$/;

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

/** The modules under `root`'s src/ and scripts/ with the files each imports (relative imports, type-only ones too), paths from `root` with `/`. */
function readGraph(root: string): Map<string, string[]> {
  const posix = (path: string) => relative(root, path).split(sep).join('/');
  const graph = new Map<string, string[]>();
  for (const folder of ['src', 'scripts']) {
    for (const file of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((name) => join(root, folder, name)).filter((path) => SOURCE.test(path)).sort()) {
      const targets = importsOf(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.')).map((s) => posix(resolve(dirname(file), s)));
      graph.set(posix(file), targets);
    }
  }
  return graph;
}

/** The stage a path is in (its index in STAGES), or -1. */
function stageOf(path: string): number {
  return STAGES.findIndex((stage) => stage.folders.some((folder) => path.startsWith(`${folder}/`)));
}

/** Every import against the order of STAGES, and every file in no stage, one line each. */
function importsAgainstTheFlow(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = stageOf(file);
    if (from < 0) {
      found.push(`${file} is in no stage of the flow`);
      continue;
    }
    for (const target of targets) {
      const to = stageOf(target);
      if (to > from) found.push(`${file} (${STAGES[from]!.name}) imports ${target} (${STAGES[to]!.name}), a later stage`);
    }
  }
  return found;
}

/** Every circle of imports (modules that import each other, directly or round a loop), each as `a -> b -> a`. */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') circles.push([...path.slice(path.indexOf(target)), target].join(' -> '));
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
}

describe('the flow, in one direction', () => {
  const graph = readGraph(ROOT);

  test('reads the imports it checks: every kind of import, and the real files\' imports', () => {
    expect(importsOf("import type { A } from './views/a.ts';\nexport { b } from \"../views/b.ts\";\nconst c = await import('./views/c.ts');\nimport './views/d.ts';"))
      .toEqual(['./views/a.ts', '../views/b.ts', './views/c.ts', './views/d.ts']);
    expect(graph.get('src/lib/views/citation.ts')).toContain('src/lib/basics/urls.ts');
    expect(graph.get('scripts/check.ts')).toContain('src/lib/site/pipeline.ts');
    expect(graph.size).toBeGreaterThan(150);
  });

  test('every stage of STAGES has files, and every file is in one stage', () => {
    const empty = STAGES.flatMap((stage) => stage.folders).filter((folder) => ![...graph.keys()].some((file) => file.startsWith(`${folder}/`)) && folder !== 'src/styles');
    expect(empty).toEqual([]);
    expect([...graph.keys()].filter((file) => stageOf(file) < 0)).toEqual([]);
  });

  test('no file imports from a later stage', () => {
    expect(importsAgainstTheFlow(graph)).toEqual([]);
  });

  test('no modules import each other in a circle', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  test('views/format.ts, the formatting the views share, imports no view (a module with a to…View function)', () => {
    const isView = (path: string) => /\bexport function to[A-Z]\w*View\b/.test(readFileSync(join(ROOT, path), 'utf8'));
    const imported = graph.get('src/lib/views/format.ts')!.filter((target) => target.startsWith('src/lib/views/'));
    expect(imported.filter(isView)).toEqual([]);
    expect(isView('src/lib/views/response.ts')).toBe(true);
  });
});

describe('the flow\'s checks fail where they should (a planted import in a folder of its own)', () => {
  const temporary = mkdtempSync(join(tmpdir(), 'pcc-source-rules-'));
  afterAll(() => rmSync(temporary, { recursive: true, force: true }));

  /** A small project of `files` (path → source) in a folder of its own, read as the real one is. */
  function project(name: string, files: Record<string, string>): Map<string, string[]> {
    const root = join(temporary, name);
    for (const [path, source] of Object.entries({ 'scripts/run.ts': "import { today } from '../src/lib/basics/days.ts';\n", ...files })) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), source);
    }
    return readGraph(root);
  }

  test('an import from an earlier stage passes, one from a later stage fails, naming both files and stages', () => {
    const graph = project('backward', {
      'src/lib/basics/days.ts': 'export const today = 1;\n',
      'src/lib/site/site.ts': "import { today } from '../basics/days.ts';\nexport const site = today;\n",
      'src/lib/content/load.ts': "import type { Site } from '../site/site.ts';\nexport const load = 1;\n",
    });
    expect(importsAgainstTheFlow(graph)).toEqual(['src/lib/content/load.ts (content) imports src/lib/site/site.ts (site), a later stage']);
  });

  test('a file in a folder that is no stage fails', () => {
    const graph = project('no-stage', { 'src/lib/misc/helper.ts': 'export const helper = 1;\n', 'src/lib/basics/days.ts': 'export const today = 1;\n' });
    expect(importsAgainstTheFlow(graph)).toEqual(['src/lib/misc/helper.ts is in no stage of the flow']);
  });

  test('two modules of one stage that import each other, or a longer loop, are a circle', () => {
    const graph = project('circle', {
      'src/lib/basics/days.ts': "import { a } from './a.ts';\nexport const today = a;\n",
      'src/lib/basics/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/lib/basics/b.ts': "import { today } from './days.ts';\nexport const b = 2;\n",
      'src/lib/basics/c.ts': "import { d } from './d.ts';\nexport const c = 1;\n",
      'src/lib/basics/d.ts': "import { c } from './c.ts';\nexport const d = c;\n",
    });
    expect(importsAgainstTheFlow(graph)).toEqual([]);
    expect(importCircles(graph).sort()).toEqual([
      'src/lib/basics/a.ts -> src/lib/basics/b.ts -> src/lib/basics/days.ts -> src/lib/basics/a.ts',
      'src/lib/basics/c.ts -> src/lib/basics/d.ts -> src/lib/basics/c.ts',
    ]);
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
