/**
 * Settings, kept in one place so the build, the preview and the scripts agree: the office's
 * `site.config.json` (or the file PCC_CONFIG names), the content folder, the accessibility
 * statement and today's date. The environment overrides, for tests and benchmarks:
 * PCC_CONFIG, PCC_CONTENT_DIR, PCC_BASE, PCC_SITE_URL, PCC_TODAY, PCC_SEARCH_SHARD_SIZE,
 * PCC_EDITOR_PROXY_PORT and PCC_EDITOR_LOCAL (both set by `npm run editor`). The steps that
 * check and derive from them are in src/lib/site/pipeline.ts.
 */
import { resolve } from 'node:path';
import { CONFIG_FILE, readSiteConfig, withEnvironment, type ConfigResult } from './office-settings.ts';
import type { SiteLanguage } from './languages.ts';
import { STATEMENT_FILES } from './statement-file.ts';

/** The content folder: `content/` unless PCC_CONTENT_DIR points elsewhere (tests, benchmarks). */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.PCC_CONTENT_DIR ?? 'content');
}

/** The port of the editor's local proxy (`npm run editor`): 8081, or PCC_EDITOR_PROXY_PORT (tests). */
export function editorProxyPort(): number {
  return Number(process.env.PCC_EDITOR_PROXY_PORT ?? 8081);
}

/**
 * The site's accessibility statement: the site's own page, not a public record, so it lives with
 * the code. Each language has its own: `accessibility.mdx` in English, `accessibility.cy.mdx`
 * in Welsh beside it, which a site published in Welsh must have (src/lib/settings/statement-file.ts).
 */
export function statementFile(lang: SiteLanguage = 'en'): string {
  return resolve(process.cwd(), STATEMENT_FILES[lang]);
}

/**
 * Today's date (`YYYY-MM-DD`, UTC), for rules that depend on it, such as the yearly review of the
 * accessibility statement. PCC_TODAY sets it, so a test can ask what happens a year from now.
 */
export function today(): string {
  return process.env.PCC_TODAY ?? new Date().toISOString().slice(0, 10);
}

/**
 * The most pages a shard of the search index holds (src/lib/outputs/search/shard-plan.ts) when
 * PCC_SEARCH_SHARD_SIZE sets it, so a test can split a small site into several shards.
 */
export function searchShardSize(): number | undefined {
  const size = Number(process.env.PCC_SEARCH_SHARD_SIZE);
  return Number.isInteger(size) && size > 0 ? size : undefined;
}

/** The configuration file: `site.config.json` at the root, unless PCC_CONFIG names another. */
export function configFile(): string {
  return resolve(process.cwd(), process.env.PCC_CONFIG ?? CONFIG_FILE);
}

/** The office's settings with the environment's overrides, and any problems with the file. */
export function loadSiteConfig(): ConfigResult {
  const result = readSiteConfig(configFile(), { required: Boolean(process.env.PCC_CONFIG) });
  return { ...result, config: withEnvironment(result.config, process.env), problems: result.problems };
}

/**
 * Where the loader keeps each content file's parsed frontmatter and rendered body between
 * builds (src/lib/content/cache.ts): beside the installed packages, never in the content.
 */
export function contentCacheDir(): string {
  return resolve(process.cwd(), 'node_modules/.cache/pcc-responses/content');
}
