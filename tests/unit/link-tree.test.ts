/**
 * A folder kept as links to kept files (src/lib/basics/link-tree.ts), as the build keeps the
 * site's search index: after each call it holds exactly the files asked for, and the files that
 * were already right are left alone.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addTree, mirrorLinks, type LinkPlan } from '../../src/lib/basics/link-tree.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pcc-link-tree-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Every file under `dir`, by path within it, with its text. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => [relative(dir, path), readFileSync(path, 'utf8')])
    .sort(([a], [b]) => a.localeCompare(b)));
}

const inode = (path: string) => statSync(path).ino;

describe('a folder kept as links to kept files', () => {
  test('holds the files asked for, as links to them, leaving out the top files refused', () => {
    const a = join(root, 'a');
    write(join(a, 'pagefind.js'), 'script');
    write(join(a, 'index', 'one.pf'), 'one');
    const b = join(root, 'b');
    write(join(b, 'pagefind.js'), 'script again');
    write(join(b, 'index', 'two.pf'), 'two');
    const plan: LinkPlan = new Map();
    addTree(plan, a, '');
    addTree(plan, b, 'en-1', (name) => name !== 'pagefind.js');
    const out = join(root, 'out');
    mirrorLinks(out, plan);
    expect(contents(out)).toEqual({ 'en-1/index/two.pf': 'two', 'index/one.pf': 'one', 'pagefind.js': 'script' });
    expect(inode(join(out, 'index', 'one.pf'))).toBe(inode(join(a, 'index', 'one.pf')));
    expect(inode(join(out, 'en-1', 'index', 'two.pf'))).toBe(inode(join(b, 'index', 'two.pf')));
  });

  test('the next time, changes only what differs and removes what is no longer asked for', () => {
    const old = join(root, 'old');
    write(join(old, 'index', 'one.pf'), 'one');
    write(join(old, 'gone', 'three.pf'), 'three');
    const kept = join(root, 'kept');
    write(join(kept, 'index', 'two.pf'), 'two');
    const out = join(root, 'out');
    const first: LinkPlan = new Map();
    addTree(first, old, '');
    addTree(first, kept, 'en-1');
    mirrorLinks(out, first);
    write(join(out, 'stray.txt'), 'left by someone');
    // Where last time there was a folder, now a file.
    const changed = join(root, 'new');
    write(join(changed, 'index', 'one.pf'), 'one, changed');
    write(join(changed, 'gone'), 'a file now');

    const second: LinkPlan = new Map();
    addTree(second, changed, '');
    addTree(second, kept, 'en-1');
    const report = mirrorLinks(out, second);

    expect(contents(out)).toEqual({ 'en-1/index/two.pf': 'two', gone: 'a file now', 'index/one.pf': 'one, changed' });
    expect(inode(join(out, 'index', 'one.pf'))).toBe(inode(join(changed, 'index', 'one.pf')));
    // The unchanged link left as it was: one link made for each changed file, none for it;
    // and the bytes of all it holds, kept or made.
    expect(report).toEqual({ made: 2, kept: 1, removed: 3, bytes: 'two'.length + 'a file now'.length + 'one, changed'.length });
  });

  test('removes the folders left empty', () => {
    const a = join(root, 'a');
    write(join(a, 'deep', 'er', 'file.pf'), 'x');
    const out = join(root, 'out');
    const plan: LinkPlan = new Map();
    addTree(plan, a, 'en-3');
    mirrorLinks(out, plan);
    mirrorLinks(out, new Map());
    expect(readdirSync(out)).toEqual([]);
  });
});
