/**
 * Validates the content before Astro builds anything, so a build with bad content stops at
 * once with the full list of problems (file, line, field, what is allowed) and exit code 1,
 * and never writes a half-built site. The accessibility statement and the theme's colour
 * contrast are checked the same way.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, statementFile, today } from './config.ts';
import { loadContent } from './lib/content/load.ts';
import { errorsOf, formatProblem, sortProblems, summarizeProblems } from './lib/problems.ts';
import { validateStatement } from './lib/statement.ts';
import { checkThemeContrast } from './lib/theme.ts';

/** The stylesheet whose `:root` colours are the theme. */
const STYLESHEET = 'src/styles/site.css';

export function contentIntegration(): AstroIntegration {
  return {
    name: 'pcc-content',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const stylesheet = fileURLToPath(new URL(STYLESHEET, config.root));
        const siteProblems = [
          ...validateStatement(statementFile(), today()).problems,
          ...checkThemeContrast(readFileSync(stylesheet, 'utf8'), relative(root, stylesheet)),
        ];
        const sorted = sortProblems([...loadContent(contentDir()).problems, ...siteProblems]);
        // Say "the site" when the statement or the theme is at fault, not the content.
        const subject = errorsOf(siteProblems).length ? 'the site' : 'the content';
        for (const problem of sorted) {
          const line = formatProblem(problem);
          if (problem.severity === 'error') console.error(line);
          else console.warn(line);
        }
        if (errorsOf(sorted).length > 0) {
          console.error(`\nThe build stopped: ${subject} has ${summarizeProblems(sorted)}. Nothing was written.`);
          process.exit(1);
        }
        if (sorted.length) logger.warn(`${siteProblems.length ? 'The site' : 'The content'} has ${summarizeProblems(sorted)}.`);
      },
    },
  };
}
