/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance, ratio (L1 + 0.05) / (L2 + 0.05)),
 * over plain {foreground, background} pairs, so every source of colours (the theme's defaults,
 * an office's own colours in site.config.json) is checked by the same function.
 */

/** WCAG 2.2 AA minimum for normal text (success criterion 1.4.3). */
export const AA_TEXT = 4.5;
/** WCAG 2.2 AA minimum for large text (1.4.3) and for focus indicators and other non-text parts (1.4.11). */
export const AA_NON_TEXT = 3;

/** A colour written `#rgb` or `#rrggbb`. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface ColourPair {
  /** Where the pair is used, in words an editor of the theme recognises. */
  name: string;
  /** A CSS hex colour: `#0b0c0c` or `#fff`. */
  foreground: string;
  background: string;
  /** The ratio the pair must reach; normal text (4.5) unless said otherwise. */
  minimum?: number;
}

export interface ContrastFailure {
  pair: ColourPair;
  /** The ratio found, or null when a colour could not be read. */
  ratio: number | null;
  /** One sentence: the pair, what is wrong and what is allowed. */
  message: string;
}

/** Reads a CSS hex colour (`#rgb` or `#rrggbb`); null for anything else. */
export function parseHexColour(text: string): Rgb | null {
  const trimmed = text.trim();
  if (!HEX_COLOUR.test(trimmed)) return null;
  const hex = trimmed.slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return {
    r: parseInt(full.slice(0, 2), 16),
    g: parseInt(full.slice(2, 4), 16),
    b: parseInt(full.slice(4, 6), 16),
  };
}

/** The relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white); order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The pairs that fall short of their minimum, or whose colours cannot be read, each with a message. */
export function findContrastFailures(pairs: readonly ColourPair[]): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const pair of pairs) {
    const minimum = pair.minimum ?? AA_TEXT;
    const foreground = parseHexColour(pair.foreground);
    const background = parseHexColour(pair.background);
    if (!foreground || !background) {
      const bad = !foreground ? pair.foreground : pair.background;
      failures.push({
        pair,
        ratio: null,
        message: `${pair.name}: the colour ${JSON.stringify(bad)} cannot be checked; allowed: a hex colour such as #1d3b5c`,
      });
      continue;
    }
    const ratio = contrastRatio(foreground, background);
    // WCAG gives no rounding: 4.499:1 fails 4.5:1.
    if (ratio < minimum) {
      failures.push({
        pair,
        ratio,
        message: `${pair.name}: ${pair.foreground} on ${pair.background} has a contrast ratio of ${formatRatio(ratio)}, too low to read; allowed: at least ${minimum}:1 (WCAG 2.2 AA)`,
      });
    }
  }
  return failures;
}

/** "4.48:1", rounded down so a failing ratio never reads as the minimum. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
