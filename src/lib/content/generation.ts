/**
 * A counter that `astro dev` increases whenever a content file or the settings change, so the
 * loaded content is dropped and read again. It lives on globalThis because the dev server's
 * file watcher and the page modules are loaded separately but share one process.
 */
const KEY = Symbol.for('pcc-responses.content-generation');
type Holder = { [KEY]?: number };

/** The current generation: 0 until the first change. */
export function contentGeneration(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

/** Marks the loaded content as out of date. */
export function bumpContentGeneration(): void {
  (globalThis as Holder)[KEY] = contentGeneration() + 1;
}

const PREVIEW = Symbol.for('pcc-responses.preview');
type PreviewHolder = { [PREVIEW]?: boolean };

/**
 * Marks this process as the preview (`astro dev`). Set by the integration: Vite's
 * import.meta.env.DEV cannot be trusted for this, as it is also true for a build run with
 * NODE_ENV=test.
 */
export function setPreview(on: boolean): void {
  (globalThis as PreviewHolder)[PREVIEW] = on;
}

/** Whether this process is the preview, which shows drafts with their problems. */
export function isPreview(): boolean {
  return (globalThis as PreviewHolder)[PREVIEW] === true;
}
