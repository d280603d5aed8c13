/**
 * `npm run new`: starts a response. Asks for the force and the inspection (offering the
 * valid choices), or takes them as flags for scripts:
 *   npm run new -- --inspection <id> --force <id> [--kind pcc-response|force-response|inspectorate-letter] [--lang cy]
 * then writes content/responses/<force>/<inspection>.md. Never overwrites a file.
 */
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/settings/environment.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { writeNewFile } from '../src/lib/office/files.ts';
import { describeDueDate, scaffoldResponse } from '../src/lib/office/scaffold.ts';
import { getForcesInScope } from '../src/lib/site/site.ts';
import { run, UserError } from './lib/cli.ts';

await run(async () => {
  let values: { force?: string | undefined; inspection?: string | undefined; kind?: string | undefined; lang?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { force: { type: 'string' }, inspection: { type: 'string' }, kind: { type: 'string' }, lang: { type: 'string' } } }));
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]}; allowed: --inspection <id> --force <id> [--kind <kind>] [--lang cy].`);
  }
  const dir = contentDir();
  const { corpus } = loadContent(dir);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive && (!values.inspection || !values.force)) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    try {
      values.inspection ??= await choose(prompt, 'Which inspection?', corpus.inspections.map((i) => [i.id, i.title]));
      const inspection = corpus.inspections.find((i) => i.id === values.inspection);
      if (inspection) {
        values.force ??= await choose(prompt, 'Which force?', getForcesInScope(inspection, corpus.forces).map((f) => [f.id, f.name]));
      }
    } finally {
      prompt.close();
    }
  }
  const draft = scaffoldResponse(corpus, { force: values.force ?? '', inspection: values.inspection ?? '', kind: values.kind, lang: values.lang });
  const path = join(dir, draft.path);
  const shown = relative(process.cwd(), path);
  writeNewFile(path, draft.text, shown);
  console.log(`Wrote ${shown}.`);
  console.log(describeDueDate(corpus.inspections.find((i) => i.id === values.inspection)!));
  console.log('Next: write the document\'s text, replace each "todo" with a status, then run npm run check and npm run dev to see it.');
});

/** Asks for one of `choices` ([id, label]), by number or id. */
async function choose(prompt: import('node:readline/promises').Interface, question: string, choices: [string, string][]): Promise<string> {
  console.log(question);
  choices.forEach(([id, label], index) => console.log(`  ${index + 1}. ${label} (${id})`));
  let answer: string;
  try {
    answer = (await prompt.question('Number or id: ')).trim();
  } catch {
    throw new UserError('Stopped before a choice was made; nothing was written.');
  }
  const byNumber = choices[Number(answer) - 1];
  return /^\d+$/.test(answer) && byNumber ? byNumber[0] : answer;
}
