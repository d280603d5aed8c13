/**
 * The one place pages get content from: the settings and the content folder are loaded and
 * validated once per build (or once per change in `astro dev`), and every page shares the
 * result. The site shows what the office's settings ask for (one force, or all).
 */
import { configFile, contentDir, validateProject } from './config.ts';
import { contentGeneration, isPreview } from './lib/content/generation.ts';
import { handOverBuiltSite } from './lib/content/built-site.ts';
import { readGitDates } from './lib/content/git-dates.ts';
import { takeValidation } from './lib/content/handover.ts';
import { scopeCorpus, type SiteConfig } from './lib/office/site-config.ts';
import { digestOf } from './lib/cache-key.ts';
import { ContentError, errorsOf, type Problem } from './lib/problems.ts';
import { createSite, type Site } from './lib/site.ts';
import { timePhase } from './lib/timings.ts';
import type { Statement } from './schemas/statement.ts';

interface Loaded {
  generation: number;
  site: Site;
  config: SiteConfig;
  statement: Statement | null;
  problems: Problem[];
}

let cached: Loaded | undefined;

function load(): Loaded {
  if (cached && cached.generation === contentGeneration()) return cached;
  const generation = contentGeneration();
  const dir = contentDir();
  // A build has already validated the settings, the content and the statement
  // (src/integration.ts): reuse that rather than read and render every file again. The
  // preview never hands one over.
  const handedOver = isPreview() ? undefined : takeValidation({ contentDir: dir, configFile: configFile(), generation });
  const { corpus, config, statement, problems } = handedOver ?? timePhase('content:load', validateProject);
  // The build has already stopped on errors; the preview shows what is valid and lists the rest.
  if (!isPreview() && errorsOf(problems).length) throw new ContentError(errorsOf(problems));
  const site = timePhase('site', () => {
    // One `git log` for the whole content folder; empty (and dates come from the content) without git.
    const fileDates = readGitDates(dir);
    return createSite(scopeCorpus(corpus, config), { base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE, fileDates });
  });
  // The build's search index is made from this same site, while the pages render (src/integration.ts).
  if (!isPreview()) handOverBuiltSite(site);
  cached = { generation, site, config, statement, problems };
  return cached;
}

/** The loaded site; outside the preview, throws a ContentError listing every problem if the content has errors. */
export function getSite(): Site {
  return load().site;
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

/** The accessibility statement's fields; throws a ContentError if it has errors (in the preview, its page shows the error). */
export function getStatement(): Statement {
  const { statement, problems } = load();
  if (!statement) throw new ContentError(errorsOf(problems));
  return statement;
}

/**
 * A page's `cacheKey` for Astro's incremental build (src/lib/cache-key.ts): a digest of the
 * page's view model (or whatever data it renders, from `view()`) with the office's
 * settings, which the layout shows on every page. None in the preview, which renders each
 * page when it is asked for and never reuses one: there, no view is built just for a key.
 */
export function pageCacheKey(view: () => unknown): string | undefined {
  return isPreview() ? undefined : digestOf(getSiteConfig(), view());
}
