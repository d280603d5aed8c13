/**
 * When each content file last changed, from git history: one `git log` pass per build for
 * the whole content folder. Without git (a tarball, a machine without git) the answer is
 * empty and pages fall back to the dates written in the content.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';

/** Marks the start of each commit in the log, so paths and dates cannot be confused. */
const COMMIT = '\u0001';

/**
 * The last commit date (`YYYY-MM-DD`, UTC) of every committed file under `dir`, keyed by its
 * path relative to `root` (as the loader records files). Empty when git is unavailable.
 */
export function readGitDates(dir: string, root = process.cwd()): Map<string, string> {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', '-C', dir, 'log', `--format=${COMMIT}%cI`, '--name-only', '--relative', '--no-renames', '--', '.'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) return new Map();
  return parseGitLog(result.stdout, (path) => relative(root, join(dir, path)));
}

/**
 * Reads `git log --format=<COMMIT>%cI --name-only` output, newest commit first: the first
 * date seen for a file is its last change. `toKey` turns a logged path into the map's key.
 */
export function parseGitLog(log: string, toKey: (path: string) => string = (p) => p): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split(COMMIT).slice(1)) {
    const [stamp, ...paths] = commit.split('\n');
    const day = new Date(stamp!.trim()).toISOString().slice(0, 10);
    for (const path of paths) {
      if (!path.trim()) continue;
      const key = toKey(path.trim());
      if (!dates.has(key)) dates.set(key, day);
    }
  }
  return dates;
}
