/**
 * What the integrations (src/astro/integration.ts, src/astro/incremental-integration.ts) tell the
 * pages (src/astro/content.ts), one way: whether this process is the preview, the preview's
 * content generation, and, in a build, the site the integration loaded, validated and derived
 * once before any page renders, and the names of the files the bundler wrote (src/astro/asset-names.ts).
 *
 * Why `globalThis`: Astro runs the integration from the configuration's module graph and
 * bundles the pages into another, both in one Node process, so a variable in an ordinary
 * module would be two variables. This is the only value in src/ kept there; only the
 * integrations write it, before any page renders, and drop it once every page is
 * rendered; the pages only read it.
 */
import type { Statement } from '../schemas/statement.ts';
import type { SiteConfig } from '../lib/settings/office-settings.ts';
import type { Problem } from '../lib/basics/problems.ts';
import type { Site } from '../lib/site/site.ts';

/** The loaded content as the pages use it. */
export interface LoadedSite {
  site: Site;
  config: SiteConfig;
  /** The accessibility statement's fields; null when it has errors. */
  statement: Statement | null;
  /** The Welsh statement's fields, on a site published in Welsh; null otherwise, or when it has errors. */
  welshStatement: Statement | null;
  /** Every problem with the settings and the content (in a build, only warnings get this far). */
  problems: Problem[];
}

interface BuildState {
  /** True in `astro dev`. Vite's import.meta.env.DEV cannot tell: it is also true for a build run with NODE_ENV=test. */
  preview: boolean;
  /** Raised by the preview's watcher on every change to the content or the settings; 0 until the first. */
  generation: number;
  /** In a build: the site every page renders from. */
  loaded?: LoadedSite;
  /** In a build: the files the bundler wrote that pages link to, by Vite environment (`client`, `prerender`). */
  assets?: Record<string, string[]>;
}

const KEY = Symbol.for('pcc-responses.build-state');
type Holder = { [KEY]?: BuildState };

function state(): BuildState {
  return ((globalThis as Holder)[KEY] ??= { preview: false, generation: 0 });
}

/** Marks this process as the preview (`astro dev`) or a build; called by the integration first of all. */
export function setPreview(on: boolean): void {
  state().preview = on;
}

/** Whether this process is the preview, which shows drafts with their problems. */
export function isPreview(): boolean {
  return state().preview;
}

/** The current content generation. */
export function contentGeneration(): number {
  return state().generation;
}

/** Marks the loaded content as out of date (the preview, after a change). */
export function bumpContentGeneration(): void {
  state().generation++;
}

/** Gives the pages the site the build is made from. */
export function setLoadedSite(loaded: LoadedSite): void {
  state().loaded = loaded;
}

/** Drops the site once every page is rendered, so nothing that runs later in this process can read a stale one. */
export function clearLoadedSite(): void {
  delete state().loaded;
}

/** The site the integration gave the pages; undefined in the preview, which loads for itself. */
export function getLoadedSite(): LoadedSite | undefined {
  const { preview, loaded } = state();
  return preview ? undefined : loaded;
}

/** Notes the files one of the bundler's environments wrote that pages may link to (sorted names). */
export function setBuiltAssets(environment: string, names: string[]): void {
  (state().assets ??= {})[environment] = names;
}

/** The files the bundler wrote that pages may link to, by environment; undefined before the bundler has written any. */
export function getBuiltAssets(): Readonly<Record<string, string[]>> | undefined {
  return state().assets;
}

/** Drops the names once every page is rendered: the next build in this process bundles again. */
export function clearBuiltAssets(): void {
  delete state().assets;
}
