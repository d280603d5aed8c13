/**
 * One Astro build at a time across the test files. Astro writes its prerender chunks into
 * the project's own `.astro/` folder whenever the output folder lies outside the project
 * (a temporary folder, a publish target), so two builds running at once in different test
 * workers can delete each other's chunks. Builds take the lock; everything else runs freely.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUTPUT } from './paths.ts';

const LOCK = resolve(OUTPUT, '.build-lock');
const WAIT_MS = 15 * 60_000;

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderIsAlive(LOCK: string): boolean {
  try {
    process.kill(Number(readFileSync(resolve(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the build lock (taking over a lock whose holder has died); returns the function that gives it up. */
export function takeBuildLock(): () => void {
  return takeLock(LOCK);
}

/**
 * The browser tests that measure speed (Lighthouse) and the one that loads 5 MB of script into
 * a preview server (the editor's) take this lock for their whole file, so the measurements are
 * never taken while the editor runs beside them on the machine's two cores.
 */
export function takeHeavyBrowserLock(): () => void {
  return takeLock(resolve(OUTPUT, '.heavy-browser-lock'));
}

function takeLock(LOCK: string): () => void {
  mkdirSync(OUTPUT, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderIsAlive(LOCK)) sleep(500);
      if (!holderIsAlive(LOCK)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited ${WAIT_MS / 60_000} minutes for another test's build to finish`);
      sleep(100);
    }
  }
}

/** Runs `build` while holding the build lock. */
export function withBuildLock<T>(build: () => T): T {
  const release = takeBuildLock();
  try {
    return build();
  } finally {
    release();
  }
}
