/**
 * The build's gate: before Astro writes anything, the settings, the content and the
 * accessibility statement are checked (src/lib/site/pipeline.ts, validateProject), every problem is
 * printed, and a problem that blocks publishing stops the build with exit code 1.
 */
import type { AstroIntegrationLogger } from 'astro';
import { validateProject } from '../lib/site/pipeline.ts';
import type { Validation } from '../lib/content/validate.ts';
import type { ConfigResult } from '../lib/settings/office-settings.ts';
import { blockingProblems, formatProblem, summarizeProblems } from '../lib/basics/problems.ts';
import { timePhase } from '../lib/basics/timings.ts';

/** Checks everything, prints each problem, and ends the process if any must be fixed first. */
export function passValidationGate(settings: ConfigResult, logger: AstroIntegrationLogger): Validation {
  const validation = timePhase('content:validate', () => validateProject(settings));
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
  return validation;
}
