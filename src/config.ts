/**
 * Settings, kept in one place so the build, the preview and the scripts agree: the office's
 * `site.config.json` (or the file PCC_CONFIG names), and the content folder. PCC_BASE and
 * PCC_SITE_URL override the file's base path and address, for tests and benchmarks.
 */
import { resolve } from 'node:path';
import { CONFIG_FILE, readSiteConfig, withEnvironment, type ConfigResult } from './lib/office/site-config.ts';

/** The content folder: `content/` unless PCC_CONTENT_DIR points elsewhere (tests, benchmarks). */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.PCC_CONTENT_DIR ?? 'content');
}

/** The configuration file: `site.config.json` at the root, unless PCC_CONFIG names another. */
export function configFile(): string {
  return resolve(process.cwd(), process.env.PCC_CONFIG ?? CONFIG_FILE);
}

/** The office's settings with the environment's overrides, and any problems with the file. */
export function loadSiteConfig(): ConfigResult {
  const result = readSiteConfig(configFile(), { required: Boolean(process.env.PCC_CONFIG) });
  return { ...result, config: withEnvironment(result.config, process.env) };
}
