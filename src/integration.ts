/**
 * Connects the content and the office's settings to Astro:
 * - before a build, checks the settings (the theme's colour contrast among them), the content
 *   and the accessibility statement, and stops at once with the full list of problems (file,
 *   line, field, what is allowed) and exit code 1, writing nothing;
 * - puts the office's colours into the page as a generated stylesheet, and its logo and the
 *   icons made from it (src/lib/office/icons.ts) beside it;
 * - in `astro dev`, watches the content folder and the settings, reloads the page on every
 *   change, and lists the content's problems on the page and at /problems/;
 * - derives the site from that validation once, and gives it to the pages
 *   (src/lib/content/build-state.ts), so every page and the search index share one load;
 * - while the pages render, indexes that same site for search, and writes the index beside
 *   the pages once they are written.
 * The office's settings are read once, by astro.config.mjs, which passes them in; only the
 * preview reads them again, after each change.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { configFile, contentDir, loadSiteConfig, searchShardSize } from './config.ts';
import { deriveSite, validateProject } from './pipeline.ts';
import { bumpContentGeneration, clearLoadedSite, setLoadedSite, setPreview } from './lib/content/build-state.ts';
import { ICON_FILES, makeIcons } from './lib/office/icons.ts';
import type { Validation } from './lib/content/validate.ts';
import { logoPath, logoUrl, type ConfigResult } from './lib/office/site-config.ts';
import { blockingProblems, formatProblem, summarizeProblems } from './lib/problems.ts';
import type { Site } from './lib/site.ts';
import { toSitemapXml } from './lib/sitemap.ts';
import { recordTiming, timePhase } from './lib/timings.ts';
import { toTheme, toThemeCss } from './lib/theme.ts';
import { toSearchEntries } from './lib/search-records.ts';
import { buildSearchBundle, writeSearchBundle, type SearchBundle } from './search-index/index.ts';

const THEME_ID = 'virtual:pcc/theme.css';
const RESOLVED_THEME_ID = `\0${THEME_ID}`;

/** `settings`: the office's settings as astro.config.mjs read them (read here if not given). */
export function contentIntegration(settings: ConfigResult = loadSiteConfig()): AstroIntegration {
  let preview = false;
  /** The settings as they are now: the preview reads them again, as they may have changed. */
  const currentSettings = () => (preview ? loadSiteConfig() : settings);
  let siteUrl: string | undefined;
  let base = '/';
  /** Where the search index's shards are kept between builds: in Astro's cache folder (PCC_CACHE_DIR in tests). */
  let searchCacheDir = '';
  /** In a build: the settings, content and statement checked before Astro starts, and the site derived from them. */
  let validation: Validation | undefined;
  let built: Site | undefined;
  /** The search index being made while the pages render; settled (never rejected) so a failure waits for `astro:build:done` to report it. */
  let indexing: Promise<{ bundle: SearchBundle } | { error: unknown }> | undefined;
  return {
    name: 'pcc-content',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig, injectRoute }) => {
        preview = command === 'dev';
        setPreview(preview);
        if (command === 'build') {
          validation = timePhase('content:validate', () => validateProject(settings));
          const { problems } = validation;
          for (const problem of problems) {
            const line = formatProblem(problem);
            if (problem.severity === 'error' || problem.blocksPublishing) console.error(line);
            else console.warn(line);
          }
          const blocking = blockingProblems(problems);
          if (blocking.length > 0) {
            console.error(`\nThe build stopped: ${summarizeProblems(problems)}, and ${blocking.length} of them must be fixed before the site can be published. Nothing was written.`);
            process.exit(1);
          }
          if (problems.length) logger.warn(`The content has ${summarizeProblems(problems)}.`);
        }
        if (command === 'dev') {
          injectRoute({ pattern: '/problems', entrypoint: new URL('./dev/problems.astro', import.meta.url), prerender: true });
        }
        updateConfig({ vite: { plugins: [themePlugin(currentSettings), logoPlugin(), watchContentPlugin()] } });
      },
      'astro:config:done': ({ config }) => {
        siteUrl = config.site;
        base = config.base;
        searchCacheDir = join(fileURLToPath(config.cacheDir), 'pcc-search');
        if (!validation) return;
        // The pages render from this one site (src/content.ts), and the search index is made from it.
        built = deriveSite(validation, { base, siteUrl });
        const { config: office, statement, problems } = validation;
        setLoadedSite({ site: built, config: office, statement, problems });
      },
      'astro:build:start': () => {
        if (!built) throw new Error('The search index could not be started: the content was not loaded before the build.');
        // `astro build --force` renders every page again, and so indexes every shard again.
        const force = process.argv.includes('--force');
        indexing = buildSearchBundle(toSearchEntries(built), { cacheDir: searchCacheDir, force, perShard: searchShardSize() }).then((bundle) => ({ bundle }), (error: unknown) => ({ error }));
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        // Every page is rendered: the site handed to them is of no further use.
        clearLoadedSite();
        const { config, file } = settings;
        const source = logoPath({ config, file });
        const url = logoUrl({ ...config, base: '/' });
        if (source && url) copyFileSync(source, join(fileURLToPath(dir), url));
        for (const icon of await makeIcons(config, source)) writeFileSync(join(fileURLToPath(dir), icon.name), icon.bytes);
        const waited = performance.now();
        const indexed = (await indexing)!;
        if ('error' in indexed) {
          const { error } = indexed;
          throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
        }
        const report = writeSearchBundle(fileURLToPath(dir), indexed.bundle);
        // The benchmark's `index` phase (src/lib/timings.ts): what indexing adds to the build
        // after rendering, waiting for Pagefind and writing its files; Pagefind's own time,
        // mostly alongside the rendering, is in the log line below.
        recordTiming('index', Math.round(performance.now() - waited));
        // And the search index's own time, from the first record to the last shard written (mostly alongside the rendering).
        recordTiming('pagefind', report.milliseconds);
        const languages = Object.entries(report.languages).map(([lang, pages]) => `${pages} in ${lang}`).join(', ');
        const reused = report.shards - report.indexed;
        const shards = `${report.shards} shard${report.shards === 1 ? '' : 's'} (${report.indexed} indexed${reused ? `, ${reused} unchanged since the last build` : ''})`;
        const peak = report.peakBytes ? `, the largest Pagefind process ${Math.round(report.peakBytes / 2 ** 20)} MiB` : '';
        logger.info(`Search index: ${report.pages} pages (${languages}) in ${shards}, ${Math.round(report.bytes / 1024)} KiB, made in ${report.milliseconds} ms while the pages rendered${peak}.`);
        // The sitemap lists every page Astro built, so a new page type cannot be left out.
        if (!siteUrl) {
          logger.warn('No sitemap.xml or Atom feeds: they need the site\'s address. Set PCC_SITE_URL (e.g. https://responses.example.org) to make them.');
          return;
        }
        writeFileSync(new URL('sitemap.xml', dir), toSitemapXml(siteUrl, base, pages.map((p) => p.pathname)));
      },
    },
  };
}

/** `import 'virtual:pcc/theme.css'`: the office's colours as CSS custom properties, bundled like any stylesheet. */
function themePlugin(settings: () => ConfigResult): Plugin {
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

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

const ICON_TYPES: Record<string, string> = { '.ico': 'image/x-icon', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Serves the logo and the icons in `astro dev`; the build writes them into the output instead. */
function logoPlugin(): Plugin {
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
function watchContentPlugin(): Plugin {
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
