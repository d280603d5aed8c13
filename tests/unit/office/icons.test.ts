import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { makeIcons, toIconLinks, type IconFile } from '../../../src/lib/outputs/icons.ts';
import { DEFAULT_CONFIG } from '../../../src/lib/settings/office-settings.ts';
import type { SiteConfig } from '../../../src/lib/settings/office-settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-icons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The images inside an ICO file, read by its directory: each one's stated size and its PNG. */
function readIco(bytes: Uint8Array): { size: number; png: Buffer }[] {
  const ico = Buffer.from(bytes);
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

/** The colour of the pixel at the middle of a PNG, as #rrggbb, and its opacity (0–255). */
async function middlePixel(png: Uint8Array): Promise<{ colour: string; alpha: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * 4;
  return { colour: `#${[...data.subarray(at, at + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`, alpha: data[at + 3]! };
}

const file = (icons: IconFile[], name: string) => icons.find((i) => i.name === name)?.bytes;

describe('the site\'s icons', () => {
  test('are linked from every page under the base path, with the SVG icon when there is one', () => {
    expect(toIconLinks({ ...DEFAULT_CONFIG, base: '/pcc-responses/' })).toEqual([
      { rel: 'icon', href: '/pcc-responses/favicon.ico', sizes: '16x16 32x32 48x48' },
      { rel: 'icon', href: '/pcc-responses/icon.svg', type: 'image/svg+xml' },
      { rel: 'apple-touch-icon', href: '/pcc-responses/apple-touch-icon.png' },
    ]);
    const pngLogo: SiteConfig = { ...DEFAULT_CONFIG, logo: { src: 'assets/logo.png', alt: 'Placeholder OPCC' } };
    expect(toIconLinks(pngLogo).map((l) => l.href)).toEqual(['/favicon.ico', '/apple-touch-icon.png']);
  });

  test('without a logo, are a plain default in the site\'s brand colour', async () => {
    const config: SiteConfig = { ...DEFAULT_CONFIG, colours: { ...DEFAULT_CONFIG.colours, brand: '#0b3d2e' } };
    const icons = await makeIcons(config, null);
    expect(icons.map((i) => i.name).sort()).toEqual(['apple-touch-icon.png', 'favicon.ico', 'icon.svg']);
    const images = readIco(file(icons, 'favicon.ico')!);
    expect(images.map((i) => i.size)).toEqual([16, 32, 48]);
    for (const { size, png } of images) expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: size, height: size });
    // The middle of the default is between its lines of "text": the brand colour.
    const apple = file(icons, 'apple-touch-icon.png')!;
    expect(await sharp(apple).metadata()).toMatchObject({ format: 'png', width: 180, height: 180, hasAlpha: false });
    expect(Buffer.from(file(icons, 'icon.svg')!).toString()).toContain('fill="#0b3d2e"');
  });

  test('are made from the office\'s logo when the settings name one', async () => {
    const logo = join(dir, 'placeholder-logo.png');
    // A fictional logo: a wide red bar, which must keep its shape, centred in a square.
    writeFileSync(logo, await sharp({ create: { width: 400, height: 100, channels: 4, background: '#c0392b' } }).png().toBuffer());
    const config: SiteConfig = { ...DEFAULT_CONFIG, logo: { src: 'placeholder-logo.png', alt: 'Placeholder OPCC' } };
    const icons = await makeIcons(config, logo);
    expect(icons.map((i) => i.name).sort()).toEqual(['apple-touch-icon.png', 'favicon.ico']);
    const [, { png: tab }] = readIco(file(icons, 'favicon.ico')!) as [unknown, { png: Buffer }];
    expect(await middlePixel(tab)).toEqual({ colour: '#c0392b', alpha: 255 });
    // Above and below the bar the tab icon is see-through; the home-screen icon is white there.
    const { data } = await sharp(tab).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0);
    const apple = file(icons, 'apple-touch-icon.png')!;
    expect(await middlePixel(apple)).toEqual({ colour: '#c0392b', alpha: 255 });
    const corner = await sharp(apple).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer();
    expect([...corner]).toEqual([255, 255, 255]);
  });

  test('use an SVG logo as it is for the scalable icon', async () => {
    const logo = join(dir, 'placeholder-logo.svg');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#5b2c6f"/></svg>';
    writeFileSync(logo, svg);
    const icons = await makeIcons({ ...DEFAULT_CONFIG, logo: { src: 'placeholder-logo.svg', alt: 'Placeholder OPCC' } }, logo);
    expect(Buffer.from(file(icons, 'icon.svg')!).toString()).toBe(svg);
    expect((await middlePixel(file(icons, 'apple-touch-icon.png')!)).colour).toBe('#5b2c6f');
  });
});
