/**
 * What keeps the test files' builds and browsers from getting in each other's way.
 *
 * Builds: Astro writes a build's prerender chunks into the output folder, or into the
 * project's shared `.astro/` when the output folder lies outside the project (a temporary
 * folder, a publish target), and keeps its incremental build's cache in its cache folder
 * (shared too, unless PCC_CACHE_DIR names another). So a build gets a cache folder of its own
 * (`withOwnCache`), and one whose output is outside the project takes the build lock, since
 * two of those at once in different workers delete each other's chunks. Tests build into
 * `tempDir()` folders, inside the project, so their builds run side by side: a lock that let
 * one build at a time left a worker idle for the length of another file's build.
 *
 * Browsers: the heavy browser lock below, for the files that measure speed or load 5 MB.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { OUTPUT, ROOT, TEMP } from './paths.ts';

const LOCK = resolve(OUTPUT, '.build-lock');
const WAIT_MS = 15 * 60_000;

/** A new, empty cache folder for one build (under the tests' output, removed with it at the next run). */
export function ownCacheDir(): string {
  const caches = resolve(OUTPUT, 'cache');
  mkdirSync(caches, { recursive: true });
  return mkdtempSync(resolve(caches, 'build-'));
}

/** `env` with a cache folder of its own for a build, unless it names one already. */
export function withOwnCache(env: Record<string, string> = {}): Record<string, string> {
  return env.PCC_CACHE_DIR ? env : { ...env, PCC_CACHE_DIR: ownCacheDir() };
}

/**
 * Whether a build into `outDir` keeps its prerender chunks in this checkout's shared `.astro/`
 * folder: a build of this checkout (`root`) into a folder outside it. A build of a copy of the
 * project (tests/build/incremental-assets.test.ts) uses the copy's own.
 */
export function sharesPrerenderFolder(outDir: string, root = ROOT): boolean {
  return root === ROOT && !resolve(outDir).startsWith(ROOT + sep);
}

/** Runs `build` (into `outDir`, of the project at `root`), holding the build lock if the build needs it (`sharesPrerenderFolder`). */
export function withBuildLock<T>(outDir: string, build: () => T, root = ROOT): T {
  if (!sharesPrerenderFolder(outDir, root)) return build();
  const release = takeBuildLock();
  try {
    return build();
  } finally {
    release();
  }
}

/** Takes the build lock (taking over a lock whose holder has died); returns the function that gives it up. */
export function takeBuildLock(): () => void {
  return takeLock(LOCK);
}

/**
 * The slots of the heavy browser lock: one for each of the two Lighthouse files, which measure
 * speed (tests/support/lighthouse-gate.ts) and may run side by side, each taking its own.
 */
const HEAVY_SLOTS = ['site-wide', 'records'] as const;
export type HeavyBrowserSlot = (typeof HEAVY_SLOTS)[number];

/**
 * Takes the heavy browser lock's `slots` (all of them unless told), in one order so two takers
 * never wait on each other. The file that loads 5 MB of script into a preview server (the
 * editor's) takes every slot, so Lighthouse never measures while it runs beside them on the
 * machine's two cores.
 */
export function takeHeavyBrowserLock(slots: readonly HeavyBrowserSlot[] = HEAVY_SLOTS): () => void {
  const releases = HEAVY_SLOTS.filter((slot) => slots.includes(slot)).map((slot) => takeLock(resolve(OUTPUT, `.heavy-browser-lock-${slot}`)));
  return () => releases.reverse().forEach((release) => release());
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderIsAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(resolve(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

function takeLock(lock: string): () => void {
  mkdirSync(OUTPUT, { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(resolve(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderIsAlive(lock)) sleep(500);
      if (!holderIsAlive(lock)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited ${WAIT_MS / 60_000} minutes for another test file to give up ${lock}`);
      sleep(100);
    }
  }
}

/** A new temporary folder for a test, inside the project (tests/.output/tmp/), so a build into it runs without the lock. */
export function tempDir(prefix: string): string {
  mkdirSync(TEMP, { recursive: true });
  return mkdtempSync(resolve(TEMP, prefix));
}
