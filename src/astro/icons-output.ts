/**
 * The office's logo and the icons made from it (src/lib/outputs/icons.ts): written beside the
 * pages when a build is done, and served as they are asked for in `astro dev`.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'vite';
import { loadSiteConfig } from '../lib/settings/environment.ts';
import { ICON_FILES, makeIcons } from '../lib/outputs/icons.ts';
import { logoPath, logoUrl, type ConfigResult } from '../lib/settings/office-settings.ts';

/** Copies the logo and writes the icons into the built site's folder `dir`. */
export async function writeLogoAndIcons(settings: ConfigResult, dir: string): Promise<void> {
  const { config, file } = settings;
  const source = logoPath({ config, file });
  const url = logoUrl({ ...config, base: '/' });
  if (source && url) copyFileSync(source, join(dir, url));
  for (const icon of await makeIcons(config, source)) writeFileSync(join(dir, icon.name), icon.bytes);
}

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

const ICON_TYPES: Record<string, string> = { '.ico': 'image/x-icon', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves the logo and the icons in `astro dev`; the build writes them into the output instead. */
export function logoPlugin(): Plugin {
  return {
    name: 'pcc-logo',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const result = loadSiteConfig();
        const path = request.url?.split('?')[0] ?? '';
        const url = logoUrl(result.config);
        const source = logoPath(result);
        const name = path.slice(result.config.base.length);
        if (path.startsWith(result.config.base) && (Object.values(ICON_FILES) as string[]).includes(name)) {
          makeIcons(result.config, source && existsSync(source) ? source : null).then((icons) => {
            const icon = icons.find((i) => i.name === name);
            if (!icon) return next();
            response.setHeader('Content-Type', ICON_TYPES[extname(name)]!);
            response.end(icon.bytes);
          }, next);
          return;
        }
        if (!url || !source || path !== url || !existsSync(source)) return next();
        response.setHeader('Content-Type', LOGO_TYPES[extname(source).toLowerCase()] ?? 'application/octet-stream');
        response.end(readFileSync(source));
      });
    },
  };
}
