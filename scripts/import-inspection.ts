/**
 * `npm run import-inspection -- <report.pdf|report.html> [--id <id>]`: drafts
 * content/inspections/<id>.md from an HMICFRS report, says what it found and what it could
 * not decide. Never overwrites a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/settings/environment.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { writeNewFile } from '../src/lib/office/files.ts';
import { importInspection } from '../src/lib/office/import/import-inspection.ts';
import { run, UserError } from './lib/cli.ts';

const USAGE = 'npm run import-inspection -- <report.pdf or report.html> [--id <id>]';

await run(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { id: { type: 'string' } } });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: ${USAGE}.`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UserError(`No report was given; allowed: ${USAGE}.`);
  if (extra.length) throw new UserError(`Only one report can be imported at a time, but ${parsed.positionals.length} files were given; allowed: ${USAGE}.`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`There is no file ${file}; allowed: the path of the report's .pdf, or its web page saved as .html.`);

  const dir = contentDir();
  const { corpus } = loadContent(dir);
  const draft = await importInspection({ name: file, bytes: readFileSync(file) }, corpus, parsed.values);
  const path = join(dir, draft.path);
  const shown = relative(process.cwd(), path);
  writeNewFile(path, draft.text, shown);

  console.log(`Wrote the draft ${shown}.\n\nFound in the report (check each one):`);
  console.log(`  title: ${draft.title}`);
  if (draft.published) console.log(`  published: ${draft.published.value} (from "${draft.published.from}")`);
  console.log(`  kind: ${draft.kind.value} (${draft.kind.from})`);
  console.log(`  scope: ${Array.isArray(draft.scope.value) ? draft.scope.value.join(', ') : draft.scope.value} (${draft.scope.from})`);
  console.log(`  ${draft.recommendations.length} recommendation${draft.recommendations.length === 1 ? '' : 's'}:`);
  for (const r of draft.recommendations) {
    const details = [r.addressedTo.length ? `for ${r.addressedTo.join('; ')}` : 'for whom: not found', r.due ? `due ${r.due}` : 'no due date in its text', ...(r.under ? [`under a ${r.under}`] : [])];
    console.log(`    ${r.id}: ${details.join(', ')}`);
  }
  if (draft.skippedImprovements) console.log(`  left out: ${draft.skippedImprovements} area${draft.skippedImprovements === 1 ? '' : 's'} for improvement (not recommendations: section 55 asks about recommendations)`);
  console.log('\nCould not decide:');
  for (const item of draft.undecided) console.log(`  - ${item}`);
  console.log('\nNext: npm run check, then npm run import -- <letter> for each response to it.');
});
