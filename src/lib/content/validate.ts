/**
 * Everything `npm run check`, the build, the preview and `npm run publish` check, in one
 * place: the office's settings, the content, the settings against the content, and the
 * accessibility statement (its fields, and its yearly review). One implementation, so they
 * never disagree.
 */
import { checkContact } from '../settings/contact.ts';
import type { ConfigResult, SiteConfig } from '../settings/office-settings.ts';
import { sortProblems, type Problem } from '../basics/problems.ts';
import { validateStatement, validateWelshStatement } from '../settings/statement-file.ts';
import type { Statement } from '../../schemas/statement.ts';
import type { ContentCache } from './cache.ts';
import { loadContent } from './load.ts';
import type { Corpus } from './model.ts';
import { checkConfigAgainstContent } from './scope.ts';

export interface Validation {
  corpus: Corpus;
  config: SiteConfig;
  /** The accessibility statement's fields; null when it has errors (or was not asked for). */
  statement: Statement | null;
  /** The Welsh statement's fields, for a site published in Welsh; null when it has errors, or the site has no Welsh pages. */
  welshStatement: Statement | null;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
}

export interface ValidateOptions {
  contentDir: string;
  settings: ConfigResult;
  /**
   * The accessibility statement and today's date (`YYYY-MM-DD`), for its review warning.
   * Null only where the statement is not part of what is checked (a unit test of the content).
   */
  statement: { file: string; today: string; welshFile?: string } | null;
  root?: string;
  /** Last load's work on unchanged files (./cache.ts); saved once the content is loaded. */
  cache?: ContentCache;
}

/** Checks the settings (as read from their file), loads and checks the content folder, and checks the statement. */
export function validateAll(options: ValidateOptions): Validation {
  const { settings } = options;
  const { corpus, problems } = loadContent(options.contentDir, options.root, options.cache);
  options.cache?.save();
  const configProblems = settings.problems.length
    ? settings.problems
    : [...checkConfigAgainstContent(settings.config, settings.file, corpus, options.root), ...checkContact(settings.config, settings, options.statement?.today ?? null, options.root)];
  const statement = options.statement ? validateStatement(options.statement.file, options.statement.today, options.root) : null;
  // The Welsh statement only for a site with Welsh pages: an English-only site never reads it.
  const welshFile = settings.config.languages.includes('cy') ? options.statement?.welshFile : undefined;
  const welsh = welshFile ? validateWelshStatement(welshFile, options.statement!.today, options.root) : null;
  return {
    corpus,
    config: settings.config,
    statement: statement?.statement ?? null,
    welshStatement: welsh?.statement ?? null,
    problems: sortProblems([...configProblems, ...problems, ...(statement?.problems ?? []), ...(welsh?.problems ?? [])]),
  };
}
