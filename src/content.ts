/**
 * The one place pages get content from: the content folder is loaded and validated once
 * per build (or per change in `astro dev`), and every page shares the result.
 */
import { contentDir } from './config.ts';
import { readGitDates } from './lib/content/git-dates.ts';
import { loadContent } from './lib/content/load.ts';
import { ContentError, errorsOf } from './lib/problems.ts';
import { createSite, type Site } from './lib/site.ts';

let cached: Site | undefined;

/** The loaded site; throws a ContentError listing every problem if the content has errors. */
export function getSite(): Site {
  if (cached) return cached;
  const { corpus, problems } = loadContent(contentDir());
  const errors = errorsOf(problems);
  if (errors.length) throw new ContentError(errors);
  // One `git log` for the whole content folder; empty (and dates come from the content) without git.
  const fileDates = readGitDates(contentDir());
  cached = createSite(corpus, { base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE, fileDates });
  return cached;
}
