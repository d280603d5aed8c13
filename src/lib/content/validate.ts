/**
 * Everything `npm run check`, the build and the preview check, in one place: the office's
 * settings, the content, and the settings against the content. One implementation, so the
 * three never disagree.
 */
import { checkConfigAgainstContent, type ConfigResult, type SiteConfig } from '../office/site-config.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { loadContent } from './load.ts';
import type { Corpus } from './model.ts';

export interface Validation {
  corpus: Corpus;
  config: SiteConfig;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
}

/** Checks the settings (as read from their file) and loads and checks the content folder at `contentDir`. */
export function validateAll(options: { contentDir: string; settings: ConfigResult; root?: string }): Validation {
  const { settings } = options;
  const { corpus, problems } = loadContent(options.contentDir, options.root);
  const configProblems = settings.problems.length ? settings.problems : checkConfigAgainstContent(settings.config, settings.file, corpus, options.root);
  return { corpus, config: settings.config, problems: sortProblems([...configProblems, ...problems]) };
}
