/**
 * Our content is not an Astro collection, so Astro does not watch it: in `astro dev` this
 * watches the content folder and the settings, tells the pages the content changed
 * (src/astro/build-state.ts), and reloads, with the theme module made again when the
 * settings changed.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { configFile, contentDir } from '../lib/settings/environment.ts';
import { bumpContentGeneration } from './build-state.ts';
import { RESOLVED_THEME_ID } from './theme-module.ts';

/**
 * The watcher (chokidar) drops a second change to the same file within 50 ms of the first,
 * so a save that closely follows another would never be seen if the content had been read
 * in between. A second reload this long after the last change picks it up.
 */
const SETTLE_MS = 150;

/**
 * Our content is not an Astro collection, so Astro does not watch it: watch the folder and
 * the settings, drop the loaded content, clear Astro's cache of page lists and reload, at
 * once and again once the changes settle.
 */
export function watchContentPlugin(): Plugin {
  return {
    name: 'pcc-watch-content',
    configureServer(server) {
      const dir = contentDir();
      const config = configFile();
      server.watcher.add([dir, config]);
      let settle: NodeJS.Timeout | undefined;
      let themeChanged = false;
      const onChange = (path: string) => {
        if (!path.startsWith(dir) && path !== config) return;
        themeChanged ||= path === config;
        bumpContentGeneration();
        reload(server, path === config);
        clearTimeout(settle);
        settle = setTimeout(() => {
          bumpContentGeneration();
          reload(server, themeChanged);
          themeChanged = false;
        }, SETTLE_MS);
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

function reload(server: ViteDevServer, themeChanged: boolean) {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name === 'client') continue;
    environment.hot.send('astro:content-changed', {});
    if (themeChanged) {
      const theme = environment.moduleGraph.getModuleById(RESOLVED_THEME_ID);
      if (theme) environment.moduleGraph.invalidateModule(theme);
    }
  }
  if (themeChanged) {
    const theme = server.environments.client.moduleGraph.getModuleById(RESOLVED_THEME_ID);
    if (theme) server.environments.client.moduleGraph.invalidateModule(theme);
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
