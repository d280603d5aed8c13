/**
 * The theme's colours: the custom properties in the stylesheet's `:root`, and the pairs of
 * them that are used together for text (or for focus indicators), checked for WCAG 2.2 AA
 * contrast when the site is built.
 */
import { AA_NON_TEXT, AA_TEXT, findContrastFailures, type ColourPair } from './contrast.ts';
import type { Problem } from './problems.ts';

/** A pair of custom properties (without `--`) used together, and where. */
export interface ThemePair {
  name: string;
  foreground: string;
  background: string;
  minimum: number;
}

/** Every text-on-background pair the stylesheet uses, and the focus indicator against what it sits on. */
export const THEME_PAIRS: readonly ThemePair[] = [
  { name: 'text on the page', foreground: 'text', background: 'background', minimum: AA_TEXT },
  { name: 'secondary text on the page', foreground: 'muted', background: 'background', minimum: AA_TEXT },
  { name: 'links on the page', foreground: 'link', background: 'background', minimum: AA_TEXT },
  { name: 'visited links on the page', foreground: 'link-visited', background: 'background', minimum: AA_TEXT },
  { name: 'header text', foreground: 'brand-text', background: 'brand', minimum: AA_TEXT },
  { name: 'footer text', foreground: 'text', background: 'panel', minimum: AA_TEXT },
  { name: 'footer links', foreground: 'link', background: 'panel', minimum: AA_TEXT },
  { name: 'visited footer links', foreground: 'link-visited', background: 'panel', minimum: AA_TEXT },
  { name: 'focused link text', foreground: 'text', background: 'focus', minimum: AA_TEXT },
  { name: 'focus underline on the page', foreground: 'text', background: 'background', minimum: AA_NON_TEXT },
  { name: 'focus highlight in the header', foreground: 'focus', background: 'brand', minimum: AA_NON_TEXT },
  ...(['green', 'blue', 'purple', 'yellow', 'grey', 'red'] as const).map((colour) => ({
    name: `${colour} tag text`,
    foreground: `tag-${colour}`,
    background: `tag-${colour}-bg`,
    minimum: AA_TEXT,
  })),
];

/** The custom properties declared in the stylesheet's `:root` rule, by name without `--`. */
export function readCustomProperties(css: string): Record<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const root = /(?:^|[\s}]):root\s*\{([^}]*)\}/.exec(withoutComments)?.[1] ?? '';
  const properties: Record<string, string> = {};
  for (const match of root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) properties[match[1]!] = match[2]!.trim();
  return properties;
}

/** Turns theme pairs into colour pairs, naming a property the stylesheet does not declare. */
export function resolveThemePairs(properties: Record<string, string>, pairs: readonly ThemePair[] = THEME_PAIRS): {
  pairs: ColourPair[];
  missing: string[];
} {
  const missing = new Set<string>();
  const resolved: ColourPair[] = [];
  for (const pair of pairs) {
    const foreground = properties[pair.foreground];
    const background = properties[pair.background];
    if (foreground === undefined) missing.add(pair.foreground);
    if (background === undefined) missing.add(pair.background);
    if (foreground === undefined || background === undefined) continue;
    resolved.push({
      name: `${pair.name} (--${pair.foreground} on --${pair.background})`,
      foreground,
      background,
      minimum: pair.minimum,
    });
  }
  return { pairs: resolved, missing: [...missing] };
}

/** Checks a stylesheet's theme: a problem for each pair below WCAG 2.2 AA and each missing colour. */
export function checkThemeContrast(css: string, file: string): Problem[] {
  const { pairs, missing } = resolveThemePairs(readCustomProperties(css));
  return [
    ...missing.map((name): Problem => ({
      severity: 'error',
      file,
      field: `--${name}`,
      message: 'the theme colour is not declared in :root, so its contrast cannot be checked; allowed: a hex colour such as --' + name + ': #1d3b5c;',
    })),
    ...findContrastFailures(pairs).map((failure): Problem => ({
      severity: 'error',
      file,
      field: 'colour contrast',
      message: failure.message,
    })),
  ];
}
