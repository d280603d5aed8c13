import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  completeRelease, currentRelease, listReleases, prepareRelease, previousRelease, pruneReleases, RELEASE_MARKER, RELEASES_KEPT, releasesDir,
  removeLeftovers, switchTo,
} from '../../../src/lib/office/releases.ts';
import { acquireLock, lockPath } from '../../../src/lib/office/publish-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'pcc-releases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Makes a fake, complete build holding one page that says which build it is. */
function build(dir: string, at: string): string {
  const release = prepareRelease(dir, new Date(at));
  writeFileSync(join(release.path, 'index.html'), `build of ${at}`);
  return completeRelease(dir, release, { builtAt: at, commit: null, pages: 1 });
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

describe('builds that never completed', () => {
  test('are never listed, rolled back to or pruned: only folders with their marker are builds', () => {
    const site = join(root, 'wrecks');
    const first = build(site, '2026-05-01T00:00:00Z');
    // A publish killed after its build was made under its final name (the old way), and one
    // killed while building in its working folder.
    const wreck = prepareRelease(site, new Date('2026-05-02T00:00:00Z'));
    writeFileSync(join(wreck.path, 'index.html'), 'half a build');
    mkdirSync(join(releasesDir(site), '2026-05-03T00-00-00-000Z'));
    const second = build(site, '2026-05-04T00:00:00Z');
    switchTo(site, second);
    expect(listReleases(site)).toEqual([first, second]);
    expect(previousRelease(site)).toBe(first);
    expect(() => switchTo(site, '2026-05-03T00-00-00-000Z')).toThrow(/There is no complete build 2026-05-03T00-00-00-000Z .*; allowed: one of /);
    expect(pruneReleases(site)).toEqual([]);
  });

  test('writes the marker last, recording when, which commit and how many pages', () => {
    const site = join(root, 'marker');
    const release = prepareRelease(site, new Date('2026-06-01T00:00:00Z'));
    expect(release.path).toBe(join(releasesDir(site), '.partial-2026-06-01T00-00-00-000Z'));
    expect(listReleases(site)).toEqual([]);
    completeRelease(site, release, { builtAt: '2026-06-01T00:00:00.000Z', commit: 'abc123', pages: 7 });
    expect(existsSync(release.path)).toBe(false);
    expect(JSON.parse(readFileSync(join(releasesDir(site), release.name, RELEASE_MARKER), 'utf8'))).toEqual({ builtAt: '2026-06-01T00:00:00.000Z', commit: 'abc123', pages: 7 });
    expect(listReleases(site)).toEqual([release.name]);
  });

  test('leave working folders that the next publish removes, naming each', () => {
    const site = join(root, 'leftovers');
    const kept = build(site, '2026-07-01T00:00:00Z');
    const stopped = prepareRelease(site, new Date('2026-07-02T00:00:00Z'));
    writeFileSync(join(stopped.path, 'index.html'), 'half a build');
    writeFileSync(join(root, '.leftovers.switch-99999'), '');
    expect(removeLeftovers(site)).toEqual(['.partial-2026-07-02T00-00-00-000Z', '.leftovers.switch-99999']);
    expect(readdirSync(releasesDir(site))).toEqual([kept]);
    expect(existsSync(join(root, '.leftovers.switch-99999'))).toBe(false);
  });
});

describe('the publishing lock', () => {
  test('stops a second publish, naming the holder and since when, and is free again once given up', () => {
    const site = join(root, 'locked');
    const lock = acquireLock(site, 'publish', new Date('2026-08-01T10:00:00Z'));
    expect(lock.tookOver).toBeNull();
    expect(() => acquireLock(site, 'rollback')).toThrow(
      `Another publish of ${site} is running (process ${process.pid} on ${hostname()}, since 2026-08-01T10:00:00.000Z), so nothing was changed; allowed: wait for it to finish, then run this again.`,
    );
    lock.release();
    expect(existsSync(lockPath(site))).toBe(false);
    acquireLock(site, 'publish').release();
  });

  test('takes over a lock whose process is gone, with a warning', () => {
    const site = join(root, 'stale');
    mkdirSync(releasesDir(site), { recursive: true });
    // A pid far above any the system hands out: that process cannot be running.
    writeFileSync(lockPath(site), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), command: 'publish', since: '2026-08-01T09:00:00.000Z' }));
    const lock = acquireLock(site, 'publish');
    expect(lock.tookOver).toBe(`Took over the publishing lock left by process ${2 ** 22 + 1} (a publish started 2026-08-01T09:00:00.000Z), which is no longer running.`);
    expect(JSON.parse(readFileSync(lockPath(site), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
