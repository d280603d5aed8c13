/**
 * Safe publishing on disk. The published folder `<dir>` is a symbolic link to one build in
 * `<dir>.releases/`; a new build is made and checked beside it, then the link is switched
 * in one rename, which the operating system does atomically: a visitor gets the old site or
 * the new one, never a mixture, and a failed build never touches what is live.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './files.ts';

/** How many builds to keep: the live one and the ones before it, for rollback. */
export const RELEASES_KEPT = 3;

/** The folder beside `<dir>` that holds the builds. */
export function releasesDir(dir: string): string {
  return `${resolve(dir)}.releases`;
}

/** A new, sortable release name from a moment: `2026-11-22T18-40-00-123Z`. */
export function releaseName(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The builds in `<dir>.releases/`, oldest first. */
export function listReleases(dir: string): string[] {
  const folder = releasesDir(dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
}

/** The release `<dir>` points to now, or null when it is not a link made by publishing. */
export function currentRelease(dir: string): string | null {
  const path = resolve(dir);
  if (!existsSync(path) && !isLink(path)) return null;
  if (!isLink(path)) return null;
  return basename(readlinkSync(path));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Points `<dir>` at `release` in one atomic rename of a new link over the old one. The first
 * time, a real folder at `<dir>` is first moved into the releases, so it can be rolled back to.
 */
export function switchTo(dir: string, release: string): void {
  const path = resolve(dir);
  const folder = releasesDir(dir);
  if (!existsSync(join(folder, release))) throw new UserError(`There is no build ${release} in ${folder}; allowed: one of ${listReleases(dir).join(', ') || 'none yet'}.`);
  if (existsSync(path) && !isLink(path)) {
    if (!lstatSync(path).isDirectory()) throw new UserError(`${dir} is a file, not a folder; allowed: a folder to publish into, or a path that does not exist yet.`);
    // One-off: the folder was published some other way. Keep it as the oldest release.
    renameSync(path, join(folder, `0000-before-publish-${release}`));
  }
  const temp = join(dirname(path), `.${basename(path)}.switch-${process.pid}`);
  rmSync(temp, { force: true });
  symlinkSync(join(basename(folder), release), temp);
  renameSync(temp, path);
}

/** Deletes the oldest builds, keeping `RELEASES_KEPT` and never the live one. */
export function pruneReleases(dir: string): string[] {
  const live = currentRelease(dir);
  const all = listReleases(dir);
  const removable = all.slice(0, Math.max(0, all.length - RELEASES_KEPT)).filter((r) => r !== live);
  for (const release of removable) rmSync(join(releasesDir(dir), release), { recursive: true, force: true });
  return removable;
}

/** The build before the live one, for `--rollback`; a UserError when there is none. */
export function previousRelease(dir: string): string {
  const live = currentRelease(dir);
  if (!live) throw new UserError(`${dir} has not been published with npm run publish, so there is nothing to roll back to; allowed: --rollback after at least two publishes.`);
  const all = listReleases(dir);
  const index = all.indexOf(live);
  if (index <= 0) throw new UserError(`${dir} shows the oldest build kept (${live}), so there is nothing earlier to roll back to.`);
  return all[index - 1]!;
}

/** Makes the folder for a new build; it must not exist yet. */
export function prepareRelease(dir: string, now: Date): { name: string; path: string } {
  const folder = releasesDir(dir);
  mkdirSync(folder, { recursive: true });
  const name = releaseName(now);
  return { name, path: join(folder, name) };
}
