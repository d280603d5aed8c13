/**
 * `npm run check`: validates the settings, all content and the accessibility statement without
 * building the site and prints every problem at once, as `file:line: field: what is wrong; what
 * is allowed`. Exit code 1 when there are errors, 0 otherwise (warnings alone do not fail).
 */
import { fillProjectCache, validateProject } from '../src/lib/site/pipeline.ts';
import { countWithoutEvidence } from '../src/lib/content/evidence-rules.ts';
import { LOOKS_PERSONAL } from '../src/lib/content/trust-rules.ts';
import { blockingProblems, errorsOf, formatProblem, summarizeProblems } from '../src/lib/basics/problems.ts';

await fillProjectCache();
const { corpus, problems } = validateProject();
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length === 0) {
  console.log(`Content is valid: ${corpus.forces.length} forces, ${corpus.inspections.length} inspections, ${corpus.responses.length} documents.`);
} else {
  console.log(`\n${summarizeProblems(problems)}.`);
  const drafts = blockingProblems(problems).length - errorsOf(problems).length;
  const unquoted = countWithoutEvidence(problems);
  if (unquoted > 0) console.log(`${unquoted} status${unquoted === 1 ? ' has' : 'es have'} no quoted evidence: give each the document's words it rests on (docs/content-model.md, "Evidence: the long form of a status").`);
  const personal = problems.filter((p) => p.severity === 'warning' && p.message.startsWith(LOOKS_PERSONAL)).length;
  if (personal > 0) console.log(`${personal} contact detail${personal === 1 ? ' looks' : 's look'} like personal data: redact each with a recorded reason, or record it in personalDataKept with the reason it is kept (docs/publishing.md, "Personal data: what to redact").`);
  if (drafts > 0) console.log(`${drafts} placeholder${drafts === 1 ? "" : "s"} (statuses or paragraphs) must be replaced before the site can be published.`);
}
process.exit(errorsOf(problems).length > 0 ? 1 : 0);
