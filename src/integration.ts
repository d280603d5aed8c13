/**
 * Validates the content before Astro builds anything, so a build with bad content stops at
 * once with the full list of problems (file, line, field, what is allowed) and exit code 1,
 * and never writes a half-built site.
 */
import type { AstroIntegration } from 'astro';
import { contentDir } from './config.ts';
import { handOverLoadedContent } from './lib/content/handover.ts';
import { loadContent } from './lib/content/load.ts';
import { errorsOf, formatProblem, sortProblems, summarizeProblems } from './lib/problems.ts';
import { timePhase } from './lib/timings.ts';

export function contentIntegration(): AstroIntegration {
  return {
    name: 'pcc-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const dir = contentDir();
        const loaded = timePhase('content:validate', () => loadContent(dir));
        const { problems } = loaded;
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
        // The pages use this same load (src/content.ts) instead of reading every file again.
        handOverLoadedContent(dir, loaded);
      },
    },
  };
}
