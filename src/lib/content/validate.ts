/**
 * Everything `npm run check`, the build and the preview check, in one place: the office's
 * settings, the content, and the settings against the content. One implementation, so the
 * three never disagree.
 */
import { loadSiteConfig } from '../../config.ts';
import type { SiteConfig } from '../office/site-config.ts';
import { checkConfigAgainstContent } from '../office/site-config.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { loadContent } from './load.ts';
import type { Corpus } from './model.ts';

export interface Validation {
  corpus: Corpus;
  config: SiteConfig;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
}

/** Loads and checks the settings and the content folder at `contentDir`. */
export function validateAll(options: { contentDir: string; root?: string }): Validation {
  const settings = loadSiteConfig();
  const { corpus, problems } = loadContent(options.contentDir, options.root);
  const configProblems = settings.problems.length ? settings.problems : checkConfigAgainstContent(settings.config, settings.file, corpus, options.root);
  return { corpus, config: settings.config, problems: sortProblems([...configProblems, ...problems]) };
}
