/**
 * The build's gate: before Astro writes anything, the settings, the content and the
 * accessibility statement are checked (src/lib/site/pipeline.ts, validateProject), every problem is
 * printed, and a problem that blocks publishing stops the build with exit code 1.
 */
import type { AstroIntegrationLogger } from 'astro';
import { fillProjectCache, validateProject } from '../lib/site/pipeline.ts';
import type { Validation } from '../lib/content/validate.ts';
import type { ConfigResult } from '../lib/settings/office-settings.ts';
import { blockingProblems, formatProblem, summarizeProblems } from '../lib/basics/problems.ts';
import { recordTiming } from '../lib/basics/timings.ts';

/** Checks everything, prints each problem, and ends the process if any must be fixed first. */
export async function passValidationGate(settings: ConfigResult, logger: AstroIntegrationLogger): Promise<Validation> {
  const started = performance.now();
  const filled = await fillProjectCache();
  if (filled) {
    const what = `${filled.files} content files parsed and checked one by one for the content cache, in ${filled.processes} process${filled.processes === 1 ? '' : 'es'} of their own`;
    if (filled.failures.length) logger.warn(`Not all of ${what}: ${filled.failures.join('; ')}. The build checked the rest itself.`);
    else logger.info(`${what}, in ${filled.ms} ms.`);
  }
  const validation = validateProject(settings);
  recordTiming('content:validate', performance.now() - started);
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
