/**
 * Safe publishing on disk. The published folder `<dir>` is a symbolic link to one build in
 * `<dir>.releases/`; a new build is made and checked beside it, then the link is switched
 * in one rename, which the operating system does atomically: a visitor gets the old site or
 * the new one, never a mixture, and a failed build never touches what is live.
 *
 * A build is made in a hidden working folder (`.partial-<name>`) and becomes a release only
 * once it is checked: its marker `release.json` is written last, then the folder is renamed
 * to its final name. Only such complete releases are listed, kept, pruned or rolled back to,
 * so a publish killed at any moment (a closed terminal, a CI timeout, a reboot) leaves the
 * live site and every rollback target as they were; its working folder is removed by the
 * next publish.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from './files.ts';

/** How many builds to keep: the live one and the ones before it, for rollback. */
export const RELEASES_KEPT = 3;

/** The file a build's folder holds once it is complete and checked; written last. */
export const RELEASE_MARKER = 'release.json';

/** The start of a working folder's name: a build not yet complete. */
const PARTIAL = '.partial-';

/** What `release.json` records about a complete build. */
export interface ReleaseInfo {
  /** When the build was made, as an ISO time. */
  builtAt: string;
  /** The project's git commit, when known. */
  commit: string | null;
  /** How many pages the build has. */
  pages: number;
}

/** The folder beside `<dir>` that holds the builds. */
export function releasesDir(dir: string): string {
  return `${resolve(dir)}.releases`;
}

/** A new, sortable release name from a moment: `2026-11-22T18-40-00-123Z`. */
export function releaseName(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Whether `<dir>.releases/<name>` is a complete build: a folder whose marker can be read. */
export function isComplete(dir: string, name: string): boolean {
  if (name.startsWith('.')) return false;
  try {
    const info = JSON.parse(readFileSync(join(releasesDir(dir), name, RELEASE_MARKER), 'utf8')) as Partial<ReleaseInfo>;
    return typeof info.builtAt === 'string';
  } catch {
    return false;
  }
}

/** The complete builds in `<dir>.releases/`, oldest first; working folders and wrecks are not builds. */
export function listReleases(dir: string): string[] {
  const folder = releasesDir(dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => isComplete(dir, name)).sort();
}

/** The release `<dir>` points to now, or null when it is not a link made by publishing. */
export function currentRelease(dir: string): string | null {
  const path = resolve(dir);
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
  if (!isComplete(dir, release)) throw new UserError(`There is no complete build ${release} in ${folder}; allowed: one of ${listReleases(dir).join(', ') || 'none yet'}.`);
  if (existsSync(path) && !isLink(path)) {
    if (!lstatSync(path).isDirectory()) throw new UserError(`${dir} is a file, not a folder; allowed: a folder to publish into, or a path that does not exist yet.`);
    // One-off: the folder was published some other way. Keep it as the oldest release, marked
    // complete (it was live, so it is what the office chose to show).
    const kept = `0000-before-publish-${release}`;
    renameSync(path, join(folder, kept));
    writeMarker(join(folder, kept), { builtAt: new Date(lstatSync(join(folder, kept)).mtimeMs).toISOString(), commit: null, pages: 0 });
  }
  const temp = join(dirname(path), `.${basename(path)}.switch-${process.pid}`);
  rmSync(temp, { force: true });
  symlinkSync(join(basename(folder), release), temp);
  renameSync(temp, path);
}

/** Deletes the oldest complete builds, keeping `RELEASES_KEPT` and never the live one. */
export function pruneReleases(dir: string): string[] {
  const live = currentRelease(dir);
  const all = listReleases(dir);
  const removable = all.slice(0, Math.max(0, all.length - RELEASES_KEPT)).filter((r) => r !== live);
  for (const release of removable) rmSync(join(releasesDir(dir), release), { recursive: true, force: true });
  return removable;
}

/** The complete build before the live one, for `--rollback`; a UserError when there is none. */
export function previousRelease(dir: string): string {
  const live = currentRelease(dir);
  if (!live) throw new UserError(`${dir} has not been published with npm run publish, so there is nothing to roll back to; allowed: --rollback after at least two publishes.`);
  const earlier = listReleases(dir).filter((name) => name < live);
  if (!earlier.length) throw new UserError(`${dir} shows the oldest build kept (${live}), so there is nothing earlier to roll back to.`);
  return earlier.at(-1)!;
}

export interface PreparedRelease {
  /** The release's final name. */
  name: string;
  /** The hidden working folder to build into. */
  path: string;
}

/** Makes the hidden working folder for a new build. */
export function prepareRelease(dir: string, now: Date): PreparedRelease {
  const folder = releasesDir(dir);
  const name = releaseName(now);
  const path = join(folder, `${PARTIAL}${name}`);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return { name, path };
}

/**
 * Makes a checked build a release: its marker is written last inside the working folder,
 * then the folder takes its final name in one rename. Until then it is not a release.
 */
export function completeRelease(dir: string, release: PreparedRelease, info: ReleaseInfo): string {
  writeMarker(release.path, info);
  renameSync(release.path, join(releasesDir(dir), release.name));
  return release.name;
}

function writeMarker(folder: string, info: ReleaseInfo): void {
  const temp = join(folder, `.${RELEASE_MARKER}.tmp`);
  writeFileSync(temp, `${JSON.stringify(info, null, 2)}\n`);
  renameSync(temp, join(folder, RELEASE_MARKER));
}

/** Removes the working folders and link files a stopped publish left behind; returns their names. */
export function removeLeftovers(dir: string): string[] {
  const removed: string[] = [];
  const folder = releasesDir(dir);
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => n.startsWith(PARTIAL))) {
      rmSync(join(folder, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  const path = resolve(dir);
  const parent = dirname(path);
  if (existsSync(parent)) {
    for (const name of readdirSync(parent).filter((n) => n.startsWith(`.${basename(path)}.switch-`))) {
      rmSync(join(parent, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
