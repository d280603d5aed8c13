import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  currentRelease, listReleases, prepareRelease, previousRelease, pruneReleases, RELEASES_KEPT, switchTo,
} from '../../../src/lib/office/releases.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-releases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Makes a fake build holding one page that says which build it is. */
function build(dir: string, at: string): string {
  const release = prepareRelease(dir, new Date(at));
  mkdirSync(release.path);
  writeFileSync(join(release.path, 'index.html'), `build of ${at}`);
  return release.name;
}

describe('switching the published folder', () => {
  test('points the folder at a build, then at the next, keeping the one before for rollback', () => {
    const site = join(root, 'site');
    const first = build(site, '2026-01-01T00:00:00Z');
    switchTo(site, first);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('build of 2026-01-01T00:00:00Z');
    const second = build(site, '2026-01-02T00:00:00Z');
    switchTo(site, second);
    expect(currentRelease(site)).toBe(second);
    expect(readlinkSync(site)).toBe(`site.releases/${second}`); // relative, so the folders can move together
    expect(previousRelease(site)).toBe(first);
    switchTo(site, previousRelease(site));
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('build of 2026-01-01T00:00:00Z');
  });

  test('keeps a folder published some other way as the oldest build', () => {
    const site = join(root, 'plain');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), 'hand-copied site');
    switchTo(site, build(site, '2026-02-01T00:00:00Z'));
    switchTo(site, previousRelease(site));
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('hand-copied site');
  });

  test('deletes all but the newest builds, never the live one', () => {
    const site = join(root, 'many');
    const names = ['01', '02', '03', '04', '05'].map((day) => build(site, `2026-03-${day}T00:00:00Z`));
    switchTo(site, names[0]!);
    const removed = pruneReleases(site);
    expect(removed).toEqual(names.slice(1, 5 - RELEASES_KEPT));
    expect(listReleases(site)).toEqual([names[0], ...names.slice(5 - RELEASES_KEPT)]);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  test('refuses to roll back a folder that has no earlier build', () => {
    const site = join(root, 'once');
    switchTo(site, build(site, '2026-04-01T00:00:00Z'));
    expect(() => previousRelease(site)).toThrow(/shows the oldest build kept .*, so there is nothing earlier to roll back to\.$/);
    expect(() => previousRelease(join(root, 'never'))).toThrow(/has not been published with npm run publish/);
  });
});
