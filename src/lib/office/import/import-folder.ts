/**
 * `npm run import -- <folder>`: every letter in a folder, each to its own draft. A file that
 * cannot be imported is reported and the others still are; two letters that would make the
 * same draft are both reported and neither is written; nothing is overwritten.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Corpus } from '../../content/model.ts';
import { UserError, writeNewFile } from '../files.ts';
import { importLetter, type ImportChoices, type ImportedDraft } from './import-letter.ts';

/** The kinds of letter a folder import reads. */
export const LETTER_EXTENSIONS = ['.pdf', '.docx', '.txt'] as const;

export interface FolderEntry {
  /** The file's name within the folder. */
  file: string;
  /** The draft written, relative to the content folder, when there is one. */
  written?: string;
  /** Why no draft was written, in one sentence. */
  reason?: string;
  draft?: ImportedDraft;
}

export interface FolderImport {
  entries: FolderEntry[];
  /** Files in the folder that are not letters this command reads. */
  ignored: string[];
}

const isLetter = (name: string) => (LETTER_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * Imports every .pdf, .docx and .txt file in `folder` (not its subfolders) into `contentDir`,
 * in name order, calling `progress` before each.
 */
export async function importFolder(folder: string, contentDir: string, corpus: Corpus, choices: ImportChoices = {}, progress: (file: string, index: number, total: number) => void = () => {}): Promise<FolderImport> {
  const names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en'));
  const letters = names.filter(isLetter);
  const ignored = names.filter((n) => !isLetter(n));
  if (letters.length === 0) {
    throw new UserError(`The folder ${folder} holds no letters; allowed: a folder with .pdf, .docx or .txt files in it${ignored.length ? ` (it has only ${ignored.join(', ')})` : ''}.`);
  }

  const entries: FolderEntry[] = [];
  for (const [index, file] of letters.entries()) {
    progress(file, index, letters.length);
    try {
      entries.push({ file, draft: await importLetter({ name: file, bytes: readFileSync(join(folder, file)) }, corpus, choices) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      entries.push({ file, reason: error.message });
    }
  }

  // Two letters for one draft: which is the response is for a person to decide, so neither is written.
  const byPath = new Map<string, FolderEntry[]>();
  for (const entry of entries) if (entry.draft) byPath.set(entry.draft.path, [...(byPath.get(entry.draft.path) ?? []), entry]);
  for (const [path, same] of byPath) {
    if (same.length < 2) continue;
    for (const entry of same) {
      const others = same.filter((e) => e !== entry).map((e) => e.file).join(', ');
      entry.reason = `${others} would make the same draft (${path}), so neither was written; import the right one alone, or give it --force, --inspection or --kind`;
    }
  }
  for (const entry of entries) {
    if (!entry.draft || entry.reason) continue;
    const path = join(contentDir, entry.draft.path);
    if (existsSync(path)) {
      entry.reason = `${entry.draft.path} already exists and was left as it is`;
      continue;
    }
    try {
      writeNewFile(path, entry.draft.text, entry.draft.path);
      entry.written = entry.draft.path;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      entry.reason = error.message;
    }
  }
  return { entries, ignored };
}

/** The summary table: each file, and the draft it gave or why it gave none. */
export function summaryTable(entries: readonly FolderEntry[]): string {
  const rows = [['file', 'draft written, or why not'], ...entries.map((e) => [e.file, e.written ?? `not written: ${e.reason}`])];
  const width = Math.max(...rows.map((r) => r[0]!.length));
  const lines = rows.map(([file, outcome]) => `${file!.padEnd(width)}  ${outcome}`);
  lines.splice(1, 0, `${'-'.repeat(width)}  ${'-'.repeat(25)}`);
  return lines.join('\n');
}
