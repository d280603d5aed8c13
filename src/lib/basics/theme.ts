/**
 * The site's colours, in one place: the defaults, the five an office may change in
 * `site.config.json`, and the pairs of them the stylesheet uses together for text (or for
 * focus indicators). The page gets them as CSS custom properties (`virtual:pcc/theme.css`);
 * the settings check holds every pair, with the office's colours in place, to WCAG 2.2 AA.
 */
import { AA_NON_TEXT, AA_TEXT, findContrastFailures, type ContrastFailure } from './contrast.ts';

/** Every colour of the theme, by custom property name (without `--`): the national site's. */
export const THEME_COLOURS = {
  text: '#0b0c0c',
  muted: '#484949',
  background: '#ffffff',
  brand: '#1d3b5c',
  'brand-text': '#ffffff',
  link: '#1a4f8b',
  'link-visited': '#4c2c92',
  focus: '#ffdd00',
  border: '#b1b4b6',
  panel: '#f3f2f1',
  // Tags: each text colour on its own background.
  'tag-green': '#005a30',
  'tag-green-bg': '#cce2d8',
  'tag-blue': '#0c2d4a',
  'tag-blue-bg': '#bbd4ea',
  'tag-purple': '#3d2375',
  'tag-purple-bg': '#e8e0f0',
  'tag-yellow': '#594d00',
  'tag-yellow-bg': '#fff7bf',
  'tag-grey': '#383f43',
  'tag-grey-bg': '#eeefef',
  'tag-red': '#6e3619',
  'tag-red-bg': '#fcd6c3',
} as const;

export type ThemeColour = keyof typeof THEME_COLOURS;
export type Theme = Record<ThemeColour, string>;

/** The colours an office may set (`colours.brandText` in site.config.json), and the theme colour each replaces. */
export const OFFICE_COLOURS = {
  brand: 'brand',
  brandText: 'brand-text',
  link: 'link',
  linkVisited: 'link-visited',
  focus: 'focus',
} as const satisfies Record<string, ThemeColour>;

export type OfficeColour = keyof typeof OFFICE_COLOURS;
export type OfficeColours = Record<OfficeColour, string>;

/** A pair of theme colours used together, where, and the contrast it needs. */
export interface ThemePair {
  name: string;
  foreground: ThemeColour;
  background: ThemeColour;
  minimum: number;
}

/** Every text-on-background pair the stylesheet uses, and the focus indicator against what it sits on. */
export const THEME_PAIRS: readonly ThemePair[] = [
  { name: 'text on the page', foreground: 'text', background: 'background', minimum: AA_TEXT },
  { name: 'secondary text on the page', foreground: 'muted', background: 'background', minimum: AA_TEXT },
  { name: 'links on the page', foreground: 'link', background: 'background', minimum: AA_TEXT },
  { name: 'visited links on the page', foreground: 'link-visited', background: 'background', minimum: AA_TEXT },
  { name: 'header text and links', foreground: 'brand-text', background: 'brand', minimum: AA_TEXT },
  { name: 'text on panels (the footer, buttons)', foreground: 'text', background: 'panel', minimum: AA_TEXT },
  { name: 'footer links', foreground: 'link', background: 'panel', minimum: AA_TEXT },
  { name: 'visited footer links', foreground: 'link-visited', background: 'panel', minimum: AA_TEXT },
  { name: 'focused link text', foreground: 'text', background: 'focus', minimum: AA_TEXT },
  { name: 'focus underline on the page', foreground: 'text', background: 'background', minimum: AA_NON_TEXT },
  { name: 'focus highlight in the header', foreground: 'focus', background: 'brand', minimum: AA_NON_TEXT },
  ...(['green', 'blue', 'purple', 'yellow', 'grey', 'red'] as const).map((colour): ThemePair => ({
    name: `${colour} tag text`,
    foreground: `tag-${colour}`,
    background: `tag-${colour}-bg`,
    minimum: AA_TEXT,
  })),
];

/** The theme with an office's colours in place of the defaults. */
export function toTheme(colours: Partial<OfficeColours> = {}): Theme {
  const theme: Theme = { ...THEME_COLOURS };
  for (const [field, property] of Object.entries(OFFICE_COLOURS) as [OfficeColour, ThemeColour][]) {
    const value = colours[field];
    if (value !== undefined) theme[property] = value;
  }
  return theme;
}

/** The stylesheet that puts the theme into the page, as CSS custom properties on `:root`. */
export function toThemeCss(theme: Theme): string {
  return `:root {\n${Object.entries(theme).map(([name, value]) => `  --${name}: ${value};`).join('\n')}\n}\n`;
}

/** A pair below its minimum, and the office colours it uses (one of them must change). */
export interface ThemeFailure extends ContrastFailure {
  /** The pair's colours that an office may set, the text's first; empty when both are fixed. */
  colours: OfficeColour[];
}

const OFFICE_COLOUR_OF = new Map<ThemeColour, OfficeColour>(
  (Object.entries(OFFICE_COLOURS) as [OfficeColour, ThemeColour][]).map(([field, property]) => [property, field]),
);

/** Every pair of the theme below WCAG 2.2 AA, each with a sentence and the office colours it uses. */
export function checkTheme(theme: Theme): ThemeFailure[] {
  return THEME_PAIRS.flatMap((pair) => findContrastFailures([{
    name: pair.name,
    foreground: theme[pair.foreground],
    background: theme[pair.background],
    minimum: pair.minimum,
  }]).map((failure) => ({
    ...failure,
    colours: [OFFICE_COLOUR_OF.get(pair.foreground), OFFICE_COLOUR_OF.get(pair.background)].filter((c) => c !== undefined),
  })));
}
