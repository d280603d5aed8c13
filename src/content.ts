/**
 * The one place pages get content from: the content folder is loaded and validated once
 * per build (or per change in `astro dev`), and every page shares the result.
 */
import { contentDir, statementFile } from './config.ts';
import { loadContent } from './lib/content/load.ts';
import { ContentError, errorsOf } from './lib/problems.ts';
import { createSite, type Site } from './lib/site.ts';
import { loadStatement } from './lib/statement.ts';
import type { Statement } from './schemas/statement.ts';

let cached: Site | undefined;

/** The loaded site; throws a ContentError listing every problem if the content has errors. */
export function getSite(): Site {
  if (cached) return cached;
  const { corpus, problems } = loadContent(contentDir());
  const errors = errorsOf(problems);
  if (errors.length) throw new ContentError(errors);
  cached = createSite(corpus, { base: import.meta.env.BASE_URL, siteUrl: import.meta.env.SITE });
  return cached;
}

let statement: Statement | undefined;

/** The accessibility statement's validated frontmatter; throws a ContentError if it is invalid. */
export function getStatement(): Statement {
  if (statement) return statement;
  const result = loadStatement(statementFile());
  if (!result.statement) throw new ContentError(result.problems);
  statement = result.statement;
  return statement;
}
