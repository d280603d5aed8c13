/**
 * Validates the content before Astro builds anything, so a build with bad content stops at
 * once with the full list of problems (file, line, field, what is allowed) and exit code 1,
 * and never writes a half-built site. After the build, indexes the pages for search.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from './config.ts';
import { loadContent } from './lib/content/load.ts';
import { errorsOf, formatProblem, sortProblems, summarizeProblems } from './lib/problems.ts';
import { toSitemapXml } from './lib/sitemap.ts';
import { writeSearchIndex } from './search-index.ts';

export function contentIntegration(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'pcc-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { problems } = loadContent(contentDir());
        const sorted = sortProblems(problems);
        for (const problem of sorted) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') console.error(line);
          else console.warn(line);
        }
        if (errorsOf(sorted).length > 0) {
          console.error(`\nThe build stopped: the content has ${summarizeProblems(sorted)}. Nothing was written.`);
          process.exit(1);
        }
        if (sorted.length) logger.warn(`The content has ${summarizeProblems(sorted)}.`);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        const report = await writeSearchIndex(fileURLToPath(dir)).catch((error: unknown) => {
          throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
        });
        const languages = Object.entries(report.languages).map(([lang, pages]) => `${pages} in ${lang}`).join(', ');
        logger.info(`Search index: ${report.pages} pages (${languages}), ${Math.round(report.bytes / 1024)} KiB, in ${report.milliseconds} ms.`);
        // The sitemap lists every page Astro built, so a new page type cannot be left out.
        if (!site) {
          logger.warn('No sitemap.xml or Atom feeds: they need the site\'s address. Set PCC_SITE_URL (e.g. https://responses.example.org) to make them.');
          return;
        }
        writeFileSync(new URL('sitemap.xml', dir), toSitemapXml(site, base, pages.map((p) => p.pathname)));
      },
    },
  };
}
