/**
 * A rare word of a generated corpus, for the benchmark's second first search: the word of at
 * least seven letters found in the fewest responses (at least one), the first in alphabetical
 * order among equals, so the same corpus always gives the same word. A search for it shows
 * what a search costs when almost nothing matches, beside "vetting", which most pages hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rarest word of the responses' bodies under `contentDir` (frontmatter left out). */
export function rareWord(contentDir: string): string {
  const documents = new Map<string, number>();
  const responses = join(contentDir, 'responses');
  for (const force of readdirSync(responses, { withFileTypes: true })) {
    if (!force.isDirectory()) continue;
    for (const name of readdirSync(join(responses, force.name))) {
      if (!name.endsWith('.md')) continue;
      for (const word of wordsOf(readFileSync(join(responses, force.name, name), 'utf8'))) {
        documents.set(word, (documents.get(word) ?? 0) + 1);
      }
    }
  }
  return rarest(documents);
}

/** The distinct words of at least seven letters in a Markdown file's body, lower-cased. */
export function wordsOf(markdown: string): Set<string> {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return new Set(body.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []);
}

/** The word in the fewest documents, alphabetically first among equals; throws on none. */
export function rarest(documents: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const [word, count] of documents) {
    if (!best || count < best[1] || (count === best[1] && word < best[0])) best = [word, count];
  }
  if (!best) throw new Error('The corpus has no word of seven letters or more.');
  return best[0];
}
