/**
 * `npm run import -- <letter.docx|letter.txt> [--force <id>] [--inspection <id>] [--kind <kind>]`:
 * turns a Word or plain-text letter into a response draft in the content folder, and says
 * what it proposed and what it could not decide. Never overwrites a file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { writeNewFile } from '../src/lib/office/files.ts';
import { importLetter } from '../src/lib/office/import/import-letter.ts';
import { run, UserError } from './lib/cli.ts';

await run(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: 'string' }, inspection: { type: 'string' }, kind: { type: 'string' } } });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: npm run import -- <letter.docx or letter.txt> [--force <id>] [--inspection <id>] [--kind <kind>].`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UserError('No letter was given; allowed: npm run import -- <letter.docx or letter.txt>.');
  if (extra.length) throw new UserError(`Only one letter can be imported at a time, but ${parsed.positionals.length} files were given; allowed: npm run import -- <letter.docx or letter.txt>.`);
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`There is no file ${file}; allowed: the path of a .docx or .txt letter.`);

  const dir = contentDir();
  const { corpus } = loadContent(dir);
  const draft = await importLetter({ name: file, bytes: readFileSync(file) }, corpus, parsed.values);
  const path = join(dir, draft.path);
  const shown = relative(process.cwd(), path);
  writeNewFile(path, draft.text, shown);

  const p = draft.proposals;
  console.log(`Wrote the draft ${shown}.\n\nProposed from the letter (check each one):`);
  if (p.force) console.log(`  force: ${p.force.value} (${p.force.from})`);
  if (p.inspection) console.log(`  inspection: ${p.inspection.value} (${p.inspection.from})`);
  if (p.kind) console.log(`  kind: ${p.kind.value} (${p.kind.from})`);
  if (p.date) console.log(`  date: ${p.date.value} (from "${p.date.from}")`);
  if (p.author) console.log(`  author: ${[p.author.value.name, p.author.value.role].filter(Boolean).join(', ')} (from "${p.author.from}")`);
  if (p.recipient) console.log(`  recipient: ${p.recipient.value} (from "${p.recipient.from}")`);
  if (draft.sections.sections.length) console.log(`  sections for recommendations ${draft.sections.sections.join(', ')}`);
  if (draft.sections.quoted.length) console.log(`  recommendations ${draft.sections.quoted.join(', ')} are only listed one after another (quoted, not answered one by one), so they were not made sections`);
  if (draft.normalised) console.log(`\nCleaned up: ${draft.normalised}.`);
  if (draft.dropped.length) console.log(`Left out: ${draft.dropped.join('; ')}.`);
  console.log('\nCould not decide:');
  for (const item of draft.undecided) console.log(`  - ${item}`);
  console.log('\nNext: npm run check, then npm run dev to see the draft.');
});
