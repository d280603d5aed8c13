/**
 * The site's icons, the ones browsers ask for: `favicon.ico` (asked for at the site's root by
 * any browser a page does not tell otherwise, a 404 in the console when missing), a scalable
 * icon, and the Apple touch icon (for a phone's home screen). Made from the office's logo in
 * `site.config.json` when there is one, else a plain default in the theme's brand colours.
 * Rasterised with sharp (libvips, already Astro's image library), which reads SVG, PNG, JPEG
 * and WebP: every kind of logo the settings allow.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { toTheme } from '../basics/theme.ts';
import type { SiteConfig } from '../settings/office-settings.ts';

/** The icons' file names, at the root of the site (under its base path). */
export const ICON_FILES = {
  ico: 'favicon.ico',
  svg: 'icon.svg',
  apple: 'apple-touch-icon.png',
} as const;

/** The sizes inside favicon.ico: a tab's icon, and the same for screens of double density. */
const ICO_SIZES = [16, 32, 48] as const;
/** Apple's size for a home-screen icon; it must be opaque (iOS fills transparency with black). */
const APPLE_SIZE = 180;

export interface IconLink {
  rel: 'icon' | 'apple-touch-icon';
  href: string;
  type?: string;
  sizes?: string;
}

export interface IconFile {
  /** The file's name at the site's root, e.g. `favicon.ico`. */
  name: string;
  bytes: Uint8Array;
}

/** Whether the icons are drawn from an SVG (the office's logo, or the default): then the site also has icon.svg. */
function hasSvgIcon(config: SiteConfig): boolean {
  return !config.logo || /\.svg$/i.test(config.logo.src);
}

/** The `<link>`s every page's head carries, so no browser guesses an address. */
export function toIconLinks(config: SiteConfig): IconLink[] {
  const links: IconLink[] = [{ rel: 'icon', href: `${config.base}${ICON_FILES.ico}`, sizes: ICO_SIZES.map((s) => `${s}x${s}`).join(' ') }];
  if (hasSvgIcon(config)) links.push({ rel: 'icon', href: `${config.base}${ICON_FILES.svg}`, type: 'image/svg+xml' });
  links.push({ rel: 'apple-touch-icon', href: `${config.base}${ICON_FILES.apple}` });
  return links;
}

/** The plain default icon: a page with lines of text, in the brand colours. */
export function toDefaultIconSvg(config: SiteConfig): string {
  const theme = toTheme(config.colours);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="5" fill="${theme.brand}"/>`
    + `<path d="M9 10h14M9 16h14M9 22h9" stroke="${theme['brand-text']}" stroke-width="3" stroke-linecap="round"/></svg>\n`;
}

/**
 * Makes the icon files from the logo at `logoFile` (the settings' `logo.src`, resolved), or
 * from the default when the settings name no logo.
 */
export async function makeIcons(config: SiteConfig, logoFile: string | null): Promise<IconFile[]> {
  const source = config.logo && logoFile ? readFileSync(logoFile) : Buffer.from(toDefaultIconSvg(config));
  // SVG is drawn at a density high enough for the largest size; raster images are resized.
  const square = (size: number, opaque: boolean) => {
    const image = sharp(source, { density: 300 }).resize(size, size, { fit: 'contain', background: opaque ? WHITE : TRANSPARENT });
    return (opaque ? image.flatten({ background: WHITE }) : image).png().toBuffer();
  };
  const files: IconFile[] = [
    { name: ICON_FILES.ico, bytes: toIco(await Promise.all(ICO_SIZES.map((size) => square(size, false))), ICO_SIZES) },
    { name: ICON_FILES.apple, bytes: await square(APPLE_SIZE, true) },
  ];
  if (hasSvgIcon(config)) files.push({ name: ICON_FILES.svg, bytes: source });
  return files;
}

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };

/**
 * An ICO file holding PNG images, which every browser since Internet Explorer 11 reads: a
 * 6-byte header, a 16-byte entry per image, then the images.
 */
export function toIco(pngs: Uint8Array[], sizes: readonly number[]): Uint8Array {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const entry = 6 + 16 * i;
    const size = sizes[i]!;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs]);
}
