/**
 * The office's colours as a stylesheet module: `import 'virtual:pcc/theme.css'` gives the
 * theme (src/lib/basics/theme.ts) as CSS custom properties, bundled like any stylesheet, and is
 * made again when the preview's watcher (src/astro/content-watcher.ts) sees the settings change.
 */
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { configFile } from '../lib/settings/environment.ts';
import type { ConfigResult } from '../lib/settings/office-settings.ts';
import { toTheme, toThemeCss } from '../lib/basics/theme.ts';

const THEME_ID = 'virtual:pcc/theme.css';
export const RESOLVED_THEME_ID = `\0${THEME_ID}`;

/** `import 'virtual:pcc/theme.css'`: the office's colours as CSS custom properties, bundled like any stylesheet. */
export function themePlugin(settings: () => ConfigResult): Plugin {
  return {
    name: 'pcc-theme',
    resolveId: (id) => (id === THEME_ID ? RESOLVED_THEME_ID : undefined),
    load(id) {
      if (id !== RESOLVED_THEME_ID) return undefined;
      const file = configFile();
      if (existsSync(file)) this.addWatchFile(file);
      return toThemeCss(toTheme(settings().config.colours));
    },
  };
}
