/** Settings read from the environment; kept in one place so the build and scripts agree. */
import { resolve } from 'node:path';

/** The content folder: `content/` unless PCC_CONTENT_DIR points elsewhere (tests, benchmarks). */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.PCC_CONTENT_DIR ?? 'content');
}

/** The site's accessibility statement: the site's own page, not a public record, so it lives with the code. */
export function statementFile(): string {
  return resolve(process.cwd(), 'src/site-pages/accessibility.mdx');
}

/**
 * Today's date (`YYYY-MM-DD`, UTC), for rules that depend on it, such as the yearly review of the
 * accessibility statement. PCC_TODAY sets it, so a test can ask what happens a year from now.
 */
export function today(): string {
  return process.env.PCC_TODAY ?? new Date().toISOString().slice(0, 10);
}
