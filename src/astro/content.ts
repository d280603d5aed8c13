/**
 * The one place pages get content from. In a build the integration has already loaded and
 * validated the settings, the content and the statement, and derived the site, once, before
 * any page renders (src/astro/integration.ts); every page shares that. The preview (`astro dev`)
 * loads here instead, again after every change.
 */
import { deriveSite, validateProject } from '../lib/site/pipeline.ts';
import { contentGeneration, getBuiltAssets, getLoadedSite, isPreview, type LoadedSite } from './build-state.ts';
import type { SiteConfig } from '../lib/settings/office-settings.ts';
import { digestOf } from './cache-key.ts';
import { codeVersion } from '../lib/content/cache.ts';
import { randomUUID } from 'node:crypto';
import { createInputKeys, type InputKeys } from './page-inputs.ts';
import { ContentError, errorsOf, type Problem } from '../lib/basics/problems.ts';
import type { Site } from '../lib/site/site.ts';
import { timePhase } from '../lib/basics/timings.ts';
import type { Statement } from '../schemas/statement.ts';
import { languageOfPath, pagesBase, type SiteLanguage } from '../lib/settings/languages.ts';

let cached: (LoadedSite & { generation: number; keys?: InputKeys; welsh?: Site }) | undefined;

function load(): LoadedSite {
  if (cached && cached.generation === contentGeneration()) return cached;
  const generation = contentGeneration();
  cached = { ...(getLoadedSite() ?? loadHere()), generation };
  return cached;
}

/** Loads, validates and derives the site here: in the preview, or a build whose integration did not. */
function loadHere(): LoadedSite {
  const validation = timePhase('content:load', () => validateProject());
  const { config, statement, welshStatement, problems } = validation;
  // The build has already stopped on errors; the preview shows what is valid and lists the rest.
  if (!isPreview() && errorsOf(problems).length) throw new ContentError(errorsOf(problems));
  const site = deriveSite(validation, { base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE });
  return { site, config, statement, welshStatement, problems };
}

/**
 * The loaded site; outside the preview, throws a ContentError listing every problem if the content has errors.
 * `where`, the page's address or its route's pattern (`Astro.url`, or `routePattern` in `getStaticPaths`),
 * gives its language: a Welsh page's site links to the Welsh pages.
 */
export function getSite(where?: URL | string): Site {
  const loaded = load();
  if (languageAt(where) !== 'cy' || pagesBase(loaded.config, 'cy') === loaded.config.base) return loaded.site;
  return (cached!.welsh ??= { ...loaded.site.inLanguage('cy'), pagesBase: pagesBase(loaded.config, 'cy') });
}

/** The language of the page at `where` (its address or its route's pattern); English when not given. */
export function languageAt(where?: URL | string): SiteLanguage {
  if (where === undefined) return 'en';
  const path = typeof where === 'string' ? where : where.pathname;
  // A route's pattern has no base path and may lack the trailing slash: `/cy/inspections/[inspection]`.
  const config = load().config;
  return languageOfPath(config, typeof where === 'string' ? `${config.base}${path.replace(/^\//, '')}/` : path);
}

/** The office's settings. */
export function getSiteConfig(): SiteConfig {
  return load().config;
}

/** Whether pages are being shown by the preview (`npm run dev`), which lists problems on them. */
export { isPreview };

/** Every problem with the settings and the content (in a build, only warnings get this far). */
export function getProblems(): Problem[] {
  return load().problems;
}

/** The accessibility statement's fields in `lang`; throws a ContentError if it has errors (in the preview, its page shows the error). */
export function getStatement(lang: SiteLanguage = 'en'): Statement {
  const { statement, welshStatement, problems } = load();
  const found = lang === 'cy' ? welshStatement : statement;
  if (!found) throw new ContentError(errorsOf(problems));
  return found;
}

/**
 * A digest of the names of the stylesheets and scripts the bundler wrote, which every page
 * links to (src/astro/asset-names.ts); undefined until the bundler's `client` environment,
 * the last to run, has written them, and then the page has no key and is rendered.
 */
function assetsKey(): string | undefined {
  const assets = getBuiltAssets();
  return assets?.client ? digestOf(assets) : undefined;
}

/**
 * A page's `cacheKey` for Astro's incremental build (src/astro/cache-key.ts): a digest of the
 * page's view model (or whatever data it renders, from `view()`) with the office's
 * settings, which the layout shows on every page, and the names of the stylesheets and
 * scripts it may link to. None in the preview, which renders each
 * page when it is asked for and never reuses one: there, no view is built just for a key.
 * A page builds its view again when it renders rather than taking it as props from
 * `getStaticPaths`: Astro holds every page's props until the last page is rendered, so
 * 16,000 pages' views would all be in memory at once, where this keeps only their digests.
 * `where` (the route's pattern) gives the page's language, which its key includes.
 */
export function pageCacheKey(view: () => unknown, where?: URL | string): string | undefined {
  const assets = isPreview() ? undefined : assetsKey();
  if (assets === undefined) return undefined;
  const lang = languageAt(where);
  return lang === 'en' ? digestOf(getSiteConfig(), assets, view()) : digestOf(getSiteConfig(), assets, lang, view());
}

/**
 * The `cacheKey` of an inspection's pages and its documents' pages, from what they are made
 * of (src/astro/page-inputs.ts), so no view is built to key them. None in the preview.
 * `where` (the route's pattern) gives the page's language, which its key includes.
 */
export function inspectionCacheKey(inspectionId: string, where?: URL | string): string | undefined {
  return inputCacheKey((keys) => keys.inspection(inspectionId), where);
}

/** The same for a document's page (src/astro/page-inputs.ts), which reads none of the other documents about its inspection. */
export function documentCacheKey(documentId: string, where?: URL | string): string | undefined {
  return inputCacheKey((keys) => keys.document(documentId), where);
}

/** The same for a force's page and its years' pages (src/astro/page-inputs.ts), so no view is built to key them. */
export function forceCacheKey(forceId: string, where?: URL | string): string | undefined {
  return inputCacheKey((keys) => keys.force(forceId), where);
}

function inputCacheKey(keyOf: (keys: InputKeys) => string, where?: URL | string): string | undefined {
  const assets = isPreview() ? undefined : assetsKey();
  if (assets === undefined) return undefined;
  const loaded = load() as NonNullable<typeof cached>;
  // Without the sources to version the loader's code by (no package-lock.json), no page is reused.
  loaded.keys ??= createInputKeys(loaded.site, loaded.config, assets, codeVersion(process.cwd()) ?? randomUUID());
  const key = keyOf(loaded.keys);
  const lang = languageAt(where);
  return lang === 'en' ? key : digestOf(lang, key);
}
