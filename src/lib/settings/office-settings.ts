/**
 * One office's own site: reads and checks `site.config.json` (title, office name, logo,
 * colours, base path, address, and an optional force), and works out what follows from it.
 * Problems come back in the same shape as content problems, with the file's line numbers.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { siteConfigSchema, type Colours, type SiteConfig } from '../../schemas/site-config.ts';
import { parseYaml } from '../basics/frontmatter.ts';
import { readText } from '../basics/read-text.ts';
import type { Problem } from '../basics/problems.ts';
import { didYouMean } from '../basics/suggest.ts';
import { checkTheme, toTheme, type OfficeColour } from '../basics/theme.ts';

export type { SiteConfig };

/** The configuration file's name, at the root of the project. */
export const CONFIG_FILE = 'site.config.json';

/** Where the theme's default colours are set, named when the defaults themselves fail a contrast check. */
const THEME_SOURCE = 'src/lib/basics/theme.ts';

export interface ConfigResult {
  config: SiteConfig;
  /** The configuration file, absolute; null when there is none and the defaults apply. */
  file: string | null;
  problems: Problem[];
  /** The line of a field in the file, when the file sets it. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

/** The defaults: the national site, every force, no logo. */
export const DEFAULT_CONFIG: SiteConfig = siteConfigSchema.parse({});

/**
 * Reads and checks the configuration file at `path`. A missing file means the defaults,
 * unless `required` (someone named the file, so its absence is a mistake).
 */
export function readSiteConfig(path: string, options: { root?: string; required?: boolean } = {}): ConfigResult {
  const root = options.root ?? process.cwd();
  const shown = relative(root, path) || path;
  const problem = (line: number | undefined, field: string, message: string): Problem => ({ severity: 'error', file: shown, line, field, message });
  if (!existsSync(path)) {
    const problems = options.required ? [problem(undefined, 'file', `there is no configuration file here; allowed: a ${CONFIG_FILE} file (see the README), or no setting at all for the defaults`)] : [];
    return { config: DEFAULT_CONFIG, file: null, problems: [...problems, ...checkColours(DEFAULT_CONFIG.colours, () => undefined, problem)] };
  }
  const read = readText(path);
  if (!read.ok) return { config: DEFAULT_CONFIG, file: path, problems: [problem(undefined, 'file', read.reason)] };
  // The YAML reader keeps every value as text (for content ids and dates); the settings are
  // JSON, whose true and false are booleans, so the values come from JSON and only the line
  // numbers from YAML. JSON's own reader goes first, so that a comma left out or left over is
  // told in JSON's words, at the line where JSON stopped.
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    const { line, reason } = jsonError(read.text, error as Error);
    return { config: DEFAULT_CONFIG, file: path, problems: [problem(line, 'json', `${reason}; allowed: valid JSON — check the quotes, commas and braces`)] };
  }
  // JSON is YAML, so the YAML parser gives line numbers for every field.
  const yaml = parseYaml(read.text);
  if (!yaml.ok) {
    return { config: DEFAULT_CONFIG, file: path, problems: [problem(yaml.line, 'json', yaml.message.replace('YAML syntax error: ', '').replace('valid YAML', 'valid JSON'))] };
  }
  const parsed = siteConfigSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      // An unknown field is reported at its own line, under its own name.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      return problem(yaml.yaml.lineOf(path), path.length ? path.map(String).join('.') : 'file', issue.message);
    });
    return { config: DEFAULT_CONFIG, file: path, problems };
  }
  const config = parsed.data;
  // Only colours the file sets have a line of their own (lineOf falls back to the parent's).
  const setColours = (data as { colours?: Record<string, unknown> } | null)?.colours ?? {};
  const problems = checkColours(config.colours, (field) => (field in setColours ? yaml.yaml.lineOf(['colours', field]) : undefined), problem);
  if (config.logo) {
    const logo = resolve(dirname(path), config.logo.src);
    if (!existsSync(logo)) problems.push(problem(yaml.yaml.lineOf(['logo', 'src']), 'logo.src', `there is no file "${config.logo.src}" next to ${shown}; allowed: the path of an image file, relative to ${shown}`));
  }
  const set = (path: readonly PropertyKey[]) => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined), data) !== undefined;
  return { config, file: path, problems, lineOf: (field) => (set(field) ? yaml.yaml.lineOf(field) : undefined) };
}

/** Where JSON's reader stopped (from the position its message gives) and why, without the position. */
function jsonError(text: string, error: Error): { line: number | undefined; reason: string } {
  const position = /at position (\d+)/.exec(error.message);
  // The line of the last thing written before it: where a comma is missing or one too many.
  const line = position ? text.slice(0, Number(position[1])).trimEnd().split('\n').length : undefined;
  const reason = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^./, (first) => first.toLowerCase());
  return { line, reason: `is not valid JSON: ${reason}` };
}

/** Settings the environment may override, for tests and benchmarks: PCC_BASE and PCC_SITE_URL. */
export function withEnvironment(config: SiteConfig, env: Record<string, string | undefined>): SiteConfig {
  return {
    ...config,
    base: env.PCC_BASE || config.base,
    siteUrl: env.PCC_SITE_URL || config.siteUrl,
  };
}

/** The absolute path of the logo file, when there is one. */
export function logoPath(result: Pick<ConfigResult, 'config' | 'file'>): string | null {
  return result.config.logo && result.file ? resolve(dirname(result.file), result.config.logo.src) : null;
}

/** The logo's address on the site, under the base path: `/site-logo.svg`. */
export function logoUrl(config: SiteConfig): string | null {
  if (!config.logo) return null;
  const extension = config.logo.src.slice(config.logo.src.lastIndexOf('.')).toLowerCase();
  return `${config.base}site-logo${extension}`;
}

/**
 * The theme's contrast problems with the office's colours in place (every pair the stylesheet
 * uses, by the one check in src/lib/basics/theme.ts). A failing pair is reported at the line of an
 * office colour the file sets, so the office knows what to change; at the theme's defaults
 * when the file sets none of the pair's colours.
 */
function checkColours(
  colours: Colours,
  lineOf: (field: OfficeColour) => number | undefined,
  problem: (line: number | undefined, field: string, message: string) => Problem,
): Problem[] {
  return checkTheme(toTheme(colours)).map((failure) => {
    const set = failure.colours.find((field) => lineOf(field) !== undefined);
    if (set) return problem(lineOf(set), `colours.${set}`, failure.message);
    return { severity: 'error', file: THEME_SOURCE, field: 'colour contrast', message: failure.message };
  });
}
