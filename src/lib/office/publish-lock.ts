/**
 * One publish or rollback at a time per published folder. The lock is a file in
 * `<dir>.releases/`, made with an exclusive create (which fails if the file exists), holding
 * who took it and when; another run names the holder and stops without touching anything.
 * A lock whose process is gone (a publish that was killed) is taken over, with a warning.
 */
import { hostname } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from './files.ts';
import { releasesDir } from './releases.ts';

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  host: string;
  /** What it is doing: `publish` or `rollback`. */
  command: string;
  /** When it took the lock, as an ISO time. */
  since: string;
}

export interface PublishLock {
  /** Gives the lock up; safe to call twice. */
  release(): void;
  /** The warning given when a stale lock was taken over, else null. */
  tookOver: string | null;
}

/** The lock file for `<dir>`. */
export function lockPath(dir: string): string {
  return join(releasesDir(dir), '.publish.lock');
}

function readHolder(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Whether the holder's process still runs. On another machine, it is assumed to. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for `dir`, or throws a UserError naming whoever holds it. */
export function acquireLock(dir: string, command: string, now: Date = new Date()): PublishLock {
  mkdirSync(releasesDir(dir), { recursive: true });
  const path = lockPath(dir);
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: now.toISOString() };
  let tookOver: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      let released = false;
      return {
        tookOver,
        release() {
          if (released) return;
          released = true;
          if (readHolder(path)?.pid === me.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    if (holder && isAlive(holder)) {
      throw new UserError(`Another ${holder.command} of ${dir} is running (process ${holder.pid} on ${holder.host}, since ${holder.since}), so nothing was changed; allowed: wait for it to finish, then run this again.`);
    }
    // Gone: its process died without giving the lock up. Move it aside (a rename, so two
    // runs taking over at once cannot both succeed in creating the new lock), then retry.
    tookOver = holder
      ? `Took over the publishing lock left by process ${holder.pid} (a ${holder.command} started ${holder.since}), which is no longer running.`
      : 'Took over a publishing lock that could not be read.';
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      rmSync(`${path}.stale-${process.pid}`, { force: true });
    } catch {
      // Another run moved it first; the next attempt finds the lock taken, or free.
    }
  }
  throw new UserError(`Could not take the publishing lock ${path}; allowed: run this again when no other publish is running.`);
}
