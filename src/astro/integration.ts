/**
 * Connects the content and the office's settings to Astro, one step per hook, each step in a
 * file of its own:
 * - before a build, the gate (src/astro/validation-gate.ts) checks the settings (the theme's colour
 *   contrast among them), the content and the accessibility statement, and stops at once with
 *   the full list of problems (file, line, field, what is allowed) and exit code 1, writing nothing;
 * - puts the office's colours into the page as a generated stylesheet (src/astro/theme-module.ts), and
 *   its logo and the icons made from it beside it (src/astro/icons-output.ts);
 * - on a site in both languages, gives every page again under /cy/ (src/astro/welsh-routes.ts);
 * - in `astro dev`, watches the content folder and the settings, reloads the page on every
 *   change (src/astro/content-watcher.ts), and lists the content's problems on the page and at /problems/;
 * - derives the site from that validation once, and hands it to the pages
 *   (src/astro/build-state.ts), so every page and the search index share one load;
 * - while the pages render, indexes that same site for search, and writes the index beside
 *   the pages once they are written (src/astro/search-index-steps.ts); then the sitemap;
 * - once the pages are written, writes the data files about the whole site beside them, a part
 *   at a time (src/astro/site-data-steps.ts), and each inspection's (src/astro/inspection-data-steps.ts),
 *   each reusing what the last build wrote where its inputs are unchanged; `astro dev` serves them as pages.
 * The office's settings are read once, by astro.config.mjs, which passes them in; only the
 * preview reads them again, after each change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../lib/settings/environment.ts';
import { deriveSite } from '../lib/site/pipeline.ts';
import { watchContentPlugin } from './content-watcher.ts';
import { logoPlugin, writeLogoAndIcons } from './icons-output.ts';
import { clearLoadedSite, setLoadedSite, setPreview } from './build-state.ts';
import type { Validation } from '../lib/content/validate.ts';
import type { ConfigResult } from '../lib/settings/office-settings.ts';
import type { Site } from '../lib/site/site.ts';
import { toSitemapXml } from '../lib/outputs/feeds/sitemap.ts';
import { startSearchIndex, writeSearchIndex, type Indexing } from './search-index-steps.ts';
import { writeSiteDataFiles } from './site-data-steps.ts';
import { dataFileReuse } from './data-file-reuse.ts';
import { codeVersion } from '../lib/content/cache.ts';
import { writeInspectionDataFiles } from './inspection-data-steps.ts';
import { themePlugin } from './theme-module.ts';
import { welshRoutes } from './welsh-routes.ts';
import { isBilingual } from '../lib/settings/languages.ts';
import { timePhase } from '../lib/basics/timings.ts';
import { passValidationGate } from './validation-gate.ts';

/** `settings`: the office's settings as astro.config.mjs read them (read here if not given). */
export function contentIntegration(settings: ConfigResult = loadSiteConfig()): AstroIntegration {
  let preview = false;
  /** The settings as they are now: the preview reads them again, as they may have changed. */
  const currentSettings = () => (preview ? loadSiteConfig() : settings);
  let siteUrl: string | undefined;
  let base = '/';
  /** Astro's cache folder (PCC_CACHE_DIR in tests), where the search index's shards and the data files' note are kept between builds. */
  let cacheDir = '';
  /** In a build: the settings, content and statement checked before Astro starts, and the site derived from them. */
  let validation: Validation | undefined;
  let built: Site | undefined;
  /** The version of the code that loaded the content, which the search index and the data files reuse by (null without the sources). */
  let code: string | null = null;
  /** The search index being made while the pages render. */
  let indexing: Indexing | undefined;
  return {
    name: 'pcc-content',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig, injectRoute }) => {
        preview = command === 'dev';
        setPreview(preview);
        if (command === 'build') validation = await passValidationGate(settings, logger);
        if (command === 'dev') {
          injectRoute({ pattern: '/problems', entrypoint: new URL('../dev/problems.astro', import.meta.url), prerender: true });
          // A build writes these itself (src/astro/site-data-steps.ts).
          injectRoute({ pattern: '/data/[file]', entrypoint: new URL('../dev/site-data-file.ts', import.meta.url), prerender: true });
          injectRoute({ pattern: '/data/inspections/[file]', entrypoint: new URL('../dev/inspection-data-file.ts', import.meta.url), prerender: true });
        }
        // A site in both languages: each page again in Welsh under /cy/ (src/astro/welsh-routes.ts).
        if (isBilingual(settings.config)) for (const route of welshRoutes()) injectRoute({ ...route, prerender: true });
        updateConfig({ vite: { plugins: [themePlugin(currentSettings), logoPlugin(), watchContentPlugin()] } });
      },
      'astro:config:done': ({ config }) => {
        siteUrl = config.site;
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        if (!validation) return;
        // The pages render from this one site (src/astro/content.ts), and the search index is made from it.
        built = deriveSite(validation, { base, siteUrl });
        const { config: office, statement, welshStatement, problems } = validation;
        setLoadedSite({ site: built, config: office, statement, welshStatement, problems });
        // Started at once, not when Astro's build starts: in a rebuild the changed shard's
        // indexing is as long as the rest of the build, so every moment counts.
        code = codeVersion(process.cwd());
        indexing = startSearchIndex(built, join(cacheDir, 'pcc-search'), code);
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!indexing) throw new Error('The search index was not started: the content was not loaded before the build.');
        // Every page is rendered: the site handed to them is of no further use.
        clearLoadedSite();
        // Then the data files made from the site, which is then of no further use either.
        const started = performance.now();
        const reuse = dataFileReuse(built!, cacheDir, code);
        const data = timePhase('data-files', () => ({ site: writeSiteDataFiles(built!, fileURLToPath(dir), reuse), inspections: writeInspectionDataFiles(built!, fileURLToPath(dir), reuse) }));
        logger.info(`Data files written in ${Math.round(performance.now() - started)} ms: about the whole site, ${data.site.copied} documents' parts copied from the last build's files, ${data.site.made} made; each inspection's, ${data.inspections.written} written, ${data.inspections.kept} unchanged.`);
        built = undefined;
        await writeLogoAndIcons(settings, fileURLToPath(dir));
        await writeSearchIndex(indexing, fileURLToPath(dir), logger);
        await data.site.removed;
        // The sitemap lists every page Astro built, so a new page type cannot be left out.
        if (!siteUrl) {
          logger.warn('No sitemap.xml or Atom feeds: they need the site\'s address. Set PCC_SITE_URL (e.g. https://responses.example.org) to make them.');
          return;
        }
        writeFileSync(new URL('sitemap.xml', dir), toSitemapXml(siteUrl, base, pages.map((p) => p.pathname), isBilingual(settings.config)));
      },
    },
  };
}
