/**
 * Colour contrast as WCAG 2.2 defines it (1.4.3 Contrast (Minimum), 1.4.11 Non-text
 * Contrast), so an office's own colours are checked when the site is built, not by eye.
 */

/** WCAG AA: normal text needs 4.5:1 against its background. */
export const AA_TEXT_CONTRAST = 4.5;

/** A colour written `#rgb` or `#rrggbb`. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The red, green and blue channels (0–255) of a `#rgb` or `#rrggbb` colour. */
export function parseHexColour(hex: string): [number, number, number] {
  if (!HEX_COLOUR.test(hex)) throw new Error(`Not a colour: ${hex}`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of a colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The ratio rounded down to two decimals, as people quote it: 4.49, never rounded up to 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
