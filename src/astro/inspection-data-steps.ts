/**
 * Each inspection's data files in the build (src/lib/outputs/data/inspection-data-files.ts):
 * written beside the pages once they are rendered, one inspection at a time, into a folder
 * that holds nothing else (`data/inspections/`).
 *
 * A rebuild leaves in place the files of every inspection whose key is unchanged, as Astro
 * leaves a page. A note in Astro's cache folder (./data-file-reuse.ts) says, for each file the last build wrote,
 * its size and time, and the key of its inspection; it is removed before any file is touched
 * and written again once they all are, so a build that stopped part-way, or a file changed by
 * hand, is made again. Files in the folder of inspections no longer on the site are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INSPECTION_DATA_DIR, inspectionDataPaths, inspectionDataTexts } from '../lib/outputs/data/inspection-data-files.ts';
import type { Site } from '../lib/site/site.ts';
import type { DataFileReuse } from './data-file-reuse.ts';

/** The note's name in Astro's cache folder. */
const NOTE_FILE = 'pcc-inspection-data.json';

/** The note's own format: a change to how this file reads or writes it changes this. */
const NOTE_FORMAT = 1;

interface WrittenNote {
  format: number;
  /** The folder the files were written into. */
  dir: string;
  /** The key each inspection's files were made under. */
  keys: Record<string, string>;
  /** Each file written (its path), its size and time once written. */
  files: Record<string, { size: number; mtimeMs: number }>;
}

/** How many inspections' files were written, how many left as they were, and how many files removed. */
export interface WrittenInspectionFiles {
  written: number;
  kept: number;
  removed: number;
}

/**
 * Writes each inspection's data files into the built site's folder `dir`, leaving those of
 * unchanged inspections when given `reuse`.
 */
export function writeInspectionDataFiles(site: Site, dir: string, reuse?: DataFileReuse): WrittenInspectionFiles {
  const noteFile = reuse && join(reuse.cacheDir, NOTE_FILE);
  const folder = join(dir, INSPECTION_DATA_DIR);
  const last = noteFile && !reuse?.force ? readNote(noteFile, folder) : null;
  if (noteFile) rmSync(noteFile, { force: true });
  const note: WrittenNote = { format: NOTE_FORMAT, dir: folder, keys: {}, files: {} };
  const counts: WrittenInspectionFiles = { written: 0, kept: 0, removed: 0 };
  const left = new Set(existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : []);
  mkdirSync(folder, { recursive: true });
  for (const inspection of site.corpus.inspections) {
    const key = reuse?.keys.inspection(inspection.id);
    if (key) note.keys[inspection.id] = key;
    const paths = inspectionDataPaths(inspection.id).map((path) => join(dir, path));
    let found = paths.map((path) => fileStamp(path));
    const unchanged = key !== undefined && last?.keys[inspection.id] === key && paths.every((path, i) => sameStamp(found[i], last.files[path]));
    if (unchanged) counts.kept++;
    else {
      for (const { path, text } of inspectionDataTexts(site, inspection)) writeFileSync(join(dir, path), text);
      counts.written++;
      if (noteFile) found = paths.map((path) => fileStamp(path));
    }
    paths.forEach((path, i) => {
      left.delete(path);
      if (noteFile) note.files[path] = found[i]!;
    });
  }
  for (const path of left) {
    rmSync(path, { recursive: true, force: true });
    counts.removed++;
  }
  if (noteFile) {
    mkdirSync(dirname(noteFile), { recursive: true });
    writeFileSync(`${noteFile}.partial`, JSON.stringify(note));
    renameSync(`${noteFile}.partial`, noteFile);
  }
  return counts;
}

type Stamp = { size: number; mtimeMs: number };

/** A file's size and time, or undefined where there is none. */
function fileStamp(path: string): Stamp | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat && { size: stat.size, mtimeMs: stat.mtimeMs };
}

/** Whether a file is still as the last build wrote it. */
function sameStamp(now: Stamp | undefined, written: Stamp | undefined): boolean {
  return !!now && !!written && now.size === written.size && now.mtimeMs === written.mtimeMs;
}

/** The note the last build left for this folder, or null if there is none this code can read. */
function readNote(file: string, folder: string): WrittenNote | null {
  try {
    const note = JSON.parse(readFileSync(file, 'utf8')) as WrittenNote;
    return note.format === NOTE_FORMAT && note.dir === folder ? note : null;
  } catch {
    return null;
  }
}
