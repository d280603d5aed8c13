/**
 * `npm run import -- <letter.pdf|letter.docx|letter.txt|folder> [--force <id>] [--inspection <id>] [--kind <kind>]`:
 * turns a PDF, Word or plain-text letter into a response draft in the content folder, and says
 * what it proposed and what it could not decide; given a folder, does so for every letter in
 * it and ends with a table. Never overwrites a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/settings/environment.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { writeNewFile } from '../src/lib/office/files.ts';
import { importFolder, summaryTable } from '../src/lib/office/import/import-folder.ts';
import { importLetter, type ImportedDraft } from '../src/lib/office/import/import-letter.ts';
import { run, UserError } from './lib/cli.ts';

const USAGE = 'npm run import -- <letter.pdf, letter.docx, letter.txt or a folder of them> [--force <id>] [--inspection <id>] [--kind <kind>]';

/** What the import proposed and could not decide, for the person to check. */
function report(draft: ImportedDraft): void {
  const p = draft.proposals;
  console.log('\nProposed from the letter (check each one):');
  if (p.force) console.log(`  force: ${p.force.value} (${p.force.from})`);
  if (p.inspection) console.log(`  inspection: ${p.inspection.value} (${p.inspection.from})`);
  if (p.kind) console.log(`  kind: ${p.kind.value} (${p.kind.from})`);
  if (p.lang) console.log(`  lang: ${p.lang.value}, a document in Welsh (${p.lang.from})`);
  if (p.date) console.log(`  date: ${p.date.value} (from "${p.date.from}")`);
  if (p.author) console.log(`  author: ${[p.author.value.name, p.author.value.role].filter(Boolean).join(', ')} (from "${p.author.from}")`);
  if (p.recipient) console.log(`  recipient: ${p.recipient.value} (from "${p.recipient.from}")`);
  if (draft.sections.sections.length) console.log(`  sections for recommendations ${draft.sections.sections.join(', ')}`);
  for (const match of draft.matches.inserted) console.log(`  a "Recommendation ${match.recommendation}" heading before "${match.before}": it quotes ${Math.round(match.score * 100)}% of the recommendation ("${match.words}")`);
  for (const match of draft.matches.unsure) console.log(`  not sure: "${match.before}" shares ${Math.round(match.score * 100)}% of recommendation ${match.recommendation}'s words ("${match.words}"); no heading added: add "## Recommendation ${match.recommendation}" yourself if it answers it`);
  if (draft.sections.quoted.length) console.log(`  recommendations ${draft.sections.quoted.join(', ')} are only listed one after another (quoted, not answered one by one), so they were not made sections`);
  if (draft.normalised) console.log(`\nCleaned up: ${draft.normalised}.`);
  if (draft.dropped.length) console.log(`Left out: ${draft.dropped.join('; ')}.`);
  if (draft.moved.length) console.log(`Moved: ${draft.moved.join('; ')}.`);
  console.log('\nCould not decide:');
  for (const item of draft.undecided) console.log(`  - ${item}`);
}

await run(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'string' }, inspection: { type: 'string' }, kind: { type: 'string' } } });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: ${USAGE}.`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UserError(`No letter was given; allowed: ${USAGE}.`);
  if (extra.length) throw new UserError(`Only one letter or folder can be imported at a time, but ${parsed.positionals.length} were given; allowed: ${USAGE}.`);
  if (!existsSync(file)) throw new UserError(`There is no file or folder ${file}; allowed: the path of a .pdf, .docx or .txt letter, or of a folder of them.`);

  const dir = contentDir();
  const { corpus } = loadContent(dir);
  if (statSync(file).isDirectory()) {
    const { entries, ignored } = await importFolder(file, dir, corpus, parsed.values, (name, index, total) => console.log(`[${index + 1}/${total}] ${name}`));
    console.log(`\n${summaryTable(entries)}`);
    if (ignored.length) console.log(`\nLeft alone (not .pdf, .docx or .txt): ${ignored.join(', ')}.`);
    const failed = entries.filter((e) => !e.written).length;
    console.log(failed ? `\n${failed} of ${entries.length} letters gave no draft: see the table.` : `\nAll ${entries.length} letters gave drafts. Next: npm run check, then npm run dev to see them.`);
    if (failed) process.exitCode = 1;
    return;
  }
  if (!statSync(file).isFile()) throw new UserError(`${file} is neither a file nor a folder; allowed: the path of a .pdf, .docx or .txt letter, or of a folder of them.`);
  const draft = await importLetter({ name: file, bytes: readFileSync(file) }, corpus, parsed.values);
  const path = join(dir, draft.path);
  const shown = relative(process.cwd(), path);
  writeNewFile(path, draft.text, shown);
  console.log(`Wrote the draft ${shown}.`);
  report(draft);
  console.log('\nNext: npm run check, then npm run dev to see the draft.');
});
