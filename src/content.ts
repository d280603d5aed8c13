/**
 * The one place pages get content from: the content folder is loaded and validated once
 * per build (or per change in `astro dev`), and every page shares the result.
 */
import { contentDir } from './config.ts';
import { takeLoadedContent } from './lib/content/handover.ts';
import { loadContent } from './lib/content/load.ts';
import { ContentError, errorsOf } from './lib/problems.ts';
import { createSite, type Site } from './lib/site.ts';
import { timePhase } from './lib/timings.ts';

let cached: Site | undefined;

/** The loaded site; throws a ContentError listing every problem if the content has errors. */
export function getSite(): Site {
  if (cached) return cached;
  const dir = contentDir();
  // In a build, the integration has already loaded and validated the folder: reuse that.
  const { corpus, problems } = takeLoadedContent(dir) ?? timePhase('content:load', () => loadContent(dir));
  const errors = errorsOf(problems);
  if (errors.length) throw new ContentError(errors);
  cached = timePhase('site', () => createSite(corpus, { base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE }));
  return cached;
}
