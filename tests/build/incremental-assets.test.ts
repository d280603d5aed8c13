/**
 * A reused page must never link to a stylesheet or script the build no longer writes. Astro
 * reuses a page whose key and route code are unchanged, but the names of the files the page
 * links to are not part of its route's code: a change to another page's imports can move a
 * shared stylesheet into a chunk of another name, and a page kept from the last build would
 * still name the old file, which the build removes (issue 27: unstyled pages on a published
 * site). So, in a copy of the project (a test never edits this checkout's src/, which other
 * test files build from at the same time), one page's code is changed so that another
 * route's stylesheet is renamed, and the rebuild must be what a build from nothing makes,
 * every stylesheet, script and icon a page links to present.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrokenLinks, readBuiltSite } from '../../src/lib/office/links.ts';
import { buildSite, type BuildResult } from '../support/build.ts';
import { generateContent, writeOfficeSettings } from '../support/generate.ts';
import { ROOT } from '../support/paths.ts';
import { expectSameFiles } from '../support/published.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-incremental-assets-'));
const project = join(root, 'project');
const contentDir = join(root, 'content');
const site = join(root, 'site');
const fresh = join(root, 'fresh');
const cacheDir = join(root, 'astro-cache');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a build of the project reads; node_modules is linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** The two pages that share a stylesheet of their own, then stop sharing it. */
const FORCE_PAGE = 'src/pages/forces/[force].astro';
const FORCES_PAGE = 'src/pages/forces/index.astro';
const SHARED_CSS = 'src/styles/shared-by-force-pages.css';

function build(options: { outDir: string; force?: boolean; env: Record<string, string> }): BuildResult {
  return buildSite({ ...options, root: project, contentDir, env: { ...options.env, PCC_CACHE_DIR: cacheDir } });
}

/** Adds `import '<stylesheet>'` as the first line of a page's frontmatter, in the copy. */
function importStylesheet(page: string): void {
  const file = join(project, page);
  const from = relative(join(file, '..'), join(project, SHARED_CSS));
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\nimport '${from}';\n`));
}

/** The pages Astro reports as reused from the last build rather than rendered again. */
function reusedPages(result: BuildResult): string[] {
  return [...result.output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
}

/** The stylesheets the build wrote. */
function stylesheets(dir: string): string[] {
  return readdirSync(join(dir, '_astro')).filter((name) => name.endsWith('.css')).sort();
}

describe('rebuilding after a code change that renames a stylesheet', () => {
  let env: Record<string, string>;

  beforeAll(() => {
    for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    generateContent(contentDir, { forces: 4, inspections: 3 });
    env = { PCC_CONFIG: writeOfficeSettings(join(root, 'settings')) };
    // Two pages import one fictional stylesheet, so it is bundled into a chunk they share.
    writeFileSync(join(project, SHARED_CSS), '.shared-by-force-pages { outline: 1px dotted; }\n');
    importStylesheet(FORCE_PAGE);
    importStylesheet(FORCES_PAGE);
    const first = build({ outDir: site, env });
    expect(first.status, first.output).toBe(0);
  }, 300_000);

  test('no page kept from the last build links to a file that is gone', () => {
    const before = stylesheets(site);
    // Only the list of forces stops importing it: the force pages' code is as it was.
    writeFileSync(join(project, FORCES_PAGE), readFileSync(join(ROOT, FORCES_PAGE), 'utf8'));
    const result = build({ outDir: site, env });
    expect(result.status, result.output).toBe(0);
    // The change did rename the force pages' stylesheet, else this test would show nothing.
    expect(stylesheets(site)).not.toEqual(before);

    expect(findBrokenLinks(readBuiltSite(site)), 'links that lead nowhere after the rebuild').toEqual([]);
    const full = build({ outDir: fresh, env, force: true });
    expect(full.status, full.output).toBe(0);
    expectSameFiles(site, fresh);
  }, 300_000);

  test('with the code unchanged, the names are the same and the pages are reused', () => {
    const before = stylesheets(site);
    const result = build({ outDir: site, env });
    expect(result.status, result.output).toBe(0);
    expect(stylesheets(site)).toEqual(before);
    expect(reusedPages(result)).toContain('/forces/northshire/index.html');
    expect(reusedPages(result).length, result.output).toBeGreaterThan(50);
  }, 300_000);
});
