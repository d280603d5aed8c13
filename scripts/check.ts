/**
 * `npm run check`: validates all content without building the site and prints every
 * problem at once, as `file:line: field: what is wrong; what is allowed`.
 * Exit code 1 when there are errors, 0 otherwise (warnings alone do not fail).
 */
import { contentDir, statementFile, today } from '../src/config.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { errorsOf, formatProblem, sortProblems, summarizeProblems } from '../src/lib/problems.ts';
import { validateStatement } from '../src/lib/statement.ts';

const dir = contentDir();
const { corpus, problems } = loadContent(dir);
// The accessibility statement is checked too: its frontmatter, and its yearly review (a warning).
const sorted = sortProblems([...problems, ...validateStatement(statementFile(), today()).problems]);
for (const problem of sorted) console.log(formatProblem(problem));
// A statement due for review says so, but does not make the content any less valid.
if (problems.length === 0) {
  console.log(`Content is valid: ${corpus.forces.length} forces, ${corpus.inspections.length} inspections, ${corpus.responses.length} documents.`);
}
if (sorted.length > 0) console.log(`\n${summarizeProblems(sorted)}.`);
process.exit(errorsOf(sorted).length > 0 ? 1 : 0);
