/** Writes a generated corpus to disk, refusing any folder where it could overwrite real content. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { writeContentFiles } from './write-content-files.ts';
import type { GeneratedCorpus } from './corpus.ts';

/**
 * Writes the corpus into `out` (created if missing) and returns its absolute path. Throws
 * with one sentence if `out` is, or is inside, the project's content/ folder, or is not empty.
 */
export function writeCorpus(corpus: GeneratedCorpus, out: string, projectRoot: string): string {
  const dir = resolve(projectRoot, out);
  const content = resolve(projectRoot, 'content');
  const fromContent = relative(content, dir);
  if (fromContent === '' || (!fromContent.startsWith('..') && !fromContent.startsWith(sep) && !/^[a-z]:/i.test(fromContent))) {
    throw new Error(`Refusing to write into ${out}: it is, or is inside, the project's content/ folder, which holds real public records; choose a folder outside it.`);
  }
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Error(`Refusing to write into ${out}: it is a file, not a folder; choose a new or empty folder.`);
    if (readdirSync(dir).length > 0) throw new Error(`Refusing to write into ${out}: the folder is not empty; choose a new or empty folder.`);
  }
  writeContentFiles(dir, corpus.files);
  return dir;
}
