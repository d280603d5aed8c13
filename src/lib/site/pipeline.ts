/**
 * The pipeline's two steps, from where this project keeps things (src/lib/settings/environment.ts): check the
 * settings, the content and the accessibility statement (build, preview, `npm run check` and
 * `npm run publish` all call it), then derive the site's facts from what passed.
 */
import { openContentCache } from '../content/cache.ts';
import { fillContentCache, type CacheFill } from '../content/cache-fill.ts';
import { readGitDates } from '../content/git-dates.ts';
import { validateAll, type Validation } from '../content/validate.ts';
import { contentCacheDir, contentDir, loadSiteConfig, statementFile, today } from '../settings/environment.ts';
import { scopeCorpus } from '../content/scope.ts';
import type { ConfigResult } from '../settings/office-settings.ts';
import { createSite, type Site } from './site.ts';
import { timePhase } from '../basics/timings.ts';

/**
 * Checks the settings (read now, unless the caller has read them already), the content and
 * the accessibility statement, from where this project keeps them.
 */
export function validateProject(settings: ConfigResult = loadSiteConfig()): Validation {
  const cache = openContentCache(contentCacheDir(), process.cwd());
  return validateAll({ contentDir: contentDir(), settings, statement: { file: statementFile(), welshFile: statementFile('cy'), today: today() }, cache });
}

/**
 * Before `validateProject`, where most content files have no cached work yet (a first build,
 * new code or packages, a large import): each file's own work done by processes of their own
 * (src/lib/content/cache-fill.ts), so the check after it finds it done. Null when there was
 * nothing to do.
 */
export function fillProjectCache(): Promise<CacheFill | null> {
  return fillContentCache({ contentDir: contentDir(), cacheDir: contentCacheDir(), root: process.cwd() });
}

/**
 * The site's derived facts from a validation: what the office's settings ask to show (one
 * force, or all), with each content file's last commit date (one `git log` for the whole
 * folder; none without git, and dates come from the content).
 */
export function deriveSite(validation: Validation, where: { base: string; siteUrl: string | undefined }): Site {
  return timePhase('site', () => createSite(scopeCorpus(validation.corpus, validation.config), {
    base: where.base,
    siteUrl: where.siteUrl,
    fileDates: readGitDates(contentDir()),
    // The pages at the root are English unless the site is in Welsh alone: their lists show that language's document of a pair.
    lang: validation.config.languages.includes('en') ? 'en' : 'cy',
  }));
}
