/**
 * The whole-site data files in the build (src/lib/outputs/data/site-data-files.ts): written
 * beside the pages once they are rendered, a chunk at a time, so a file's text is never held
 * whole.
 *
 * A rebuild copies the parts it can from the last build's files rather than making every
 * document's records again (1.1 s of a rebuild at 10,000 documents, for 157 MB of text). A
 * note in Astro's cache folder (./data-file-reuse.ts) says, for each file the last build
 * wrote, its size and time, where each document's part is in it, and the key each
 * inspection's parts were made under. A document's part is copied when its inspection's key
 * is unchanged; every other part is made again. The note is removed before the files are touched and written again once they
 * are all in place, and a file whose size or time is not the note's is made whole again, so a
 * build that stopped part-way, or a file changed by hand, is never copied from.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAll } from '../lib/basics/write-bytes.ts';
import type { ResponseDocument } from '../lib/content/model.ts';
import { SITE_DATA_FILES, type SiteDataFile } from '../lib/outputs/data/site-data-files.ts';
import type { Site } from '../lib/site/site.ts';
import type { DataFileReuse } from './data-file-reuse.ts';

/** The note's name in Astro's cache folder. */
const NOTE_FILE = 'pcc-site-data.json';

/** The note's own format: a change to how this file reads or writes it changes this. */
const NOTE_FORMAT = 1;

interface WrittenNote {
  format: number;
  /** The key each inspection's parts were made under. */
  keys: Record<string, string>;
  /** Each file written (its path), its size and time once written, and where each document's part is in it: [start, end) in bytes. */
  files: Record<string, { size: number; mtimeMs: number; parts: Record<string, [number, number]> }>;
}

/** What was written: how many documents' parts were copied and how many made. */
export interface WrittenDataFiles {
  copied: number;
  made: number;
  /**
   * Settles once the last build's files are removed, which is left to the thread pool: freeing
   * their 157 MB at 10,000 documents took the main thread 110 ms. Await it before the build ends.
   */
  removed: Promise<unknown>;
}

/**
 * Writes each whole-site data file into the built site's folder `dir`, copying what it can
 * from the last build's files when given `reuse`.
 */
export function writeSiteDataFiles(site: Site, dir: string, reuse?: DataFileReuse): WrittenDataFiles {
  const noteFile = reuse && join(reuse.cacheDir, NOTE_FILE);
  const last = noteFile && !reuse.force ? readNote(noteFile) : null;
  if (noteFile) rmSync(noteFile, { force: true });
  const note: WrittenNote = { format: NOTE_FORMAT, keys: {}, files: {} };
  const keyOf = (inspectionId: string) => (note.keys[inspectionId] ??= reuse!.keys.inspection(inspectionId));
  const written: Omit<WrittenDataFiles, 'removed'> = { copied: 0, made: 0 };
  const removals: Promise<void>[] = [];
  for (const file of SITE_DATA_FILES) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const before = last?.files[path];
    const old = statSync(path, { throwIfNoEntry: false });
    const from = old && before && old.size === before.size && old.mtimeMs === before.mtimeMs ? { fd: openSync(path, 'r'), parts: before.parts } : null;
    const partial = `${path}.partial`;
    const out = openSync(partial, 'w');
    try {
      const parts = writeFile(site, file, new Output(out, from?.fd), (document) => {
        const where = from?.parts[document.id];
        return where && last!.keys[document.inspection] === keyOf(document.inspection) ? where : undefined;
      });
      written.copied += parts.copied;
      written.made += parts.made;
      if (reuse) note.files[path] = { size: 0, mtimeMs: 0, parts: parts.where };
    } finally {
      closeSync(out);
      if (from) closeSync(from.fd);
    }
    if (old) {
      const aside = `${path}.old`;
      renameSync(path, aside);
      removals.push(rm(aside, { force: true }));
    }
    renameSync(partial, path);
    const now = statSync(path);
    if (note.files[path]) Object.assign(note.files[path], { size: now.size, mtimeMs: now.mtimeMs });
  }
  if (noteFile) {
    for (const document of site.corpus.responses) keyOf(document.inspection);
    mkdirSync(dirname(noteFile), { recursive: true });
    writeFileSync(`${noteFile}.partial`, JSON.stringify(note));
    renameSync(`${noteFile}.partial`, noteFile);
  }
  return { ...written, removed: Promise.all(removals) };
}

/**
 * Writes `file` to `out`, each document's part copied from where `copyFrom` says it is in the
 * last build's file, or made; returns where each part now is.
 */
function writeFile(site: Site, file: SiteDataFile, out: Output, copyFrom: (document: ResponseDocument) => [number, number] | undefined) {
  const { head, between, tail, empty } = file.layout;
  const betweenBytes = Buffer.byteLength(between);
  const where: Record<string, [number, number]> = {};
  let copied = 0;
  let made = 0;
  let first = true;
  /** Where the last part written ended in the old file, when it was copied. */
  let copiedTo = -1;
  for (const document of site.corpus.responses) {
    const range = copyFrom(document);
    if (range) {
      const [start, end] = range;
      // The parts were next to each other last time: what is between them there is `between`.
      if (!first && copiedTo >= 0 && start === copiedTo + betweenBytes) out.copy(copiedTo, end);
      else {
        out.text(first ? head : between);
        out.copy(start, end);
      }
      where[document.id] = [out.offset - (end - start), out.offset];
      copiedTo = end;
      first = false;
      copied++;
      continue;
    }
    copiedTo = -1;
    const part = file.part(site, document);
    if (!part) continue;
    out.text(first ? head : between);
    const start = out.offset;
    out.text(part);
    where[document.id] = [start, out.offset];
    first = false;
    made++;
  }
  out.text(first ? empty : tail);
  out.finish();
  return { where, copied, made };
}

/** About how many bytes are gathered before each write, and copied at a time. */
const CHUNK_BYTES = 1024 * 1024;

/** A file being written: text, and ranges of bytes copied from another (open) file, in order. */
class Output {
  private buffers: Buffer[] = [];
  private buffered = 0;
  private copying: { start: number; end: number } | null = null;
  private copyBuffer: Buffer | undefined;
  /** How many bytes have been written, or wait to be. */
  offset = 0;

  private readonly fd: number;
  private readonly from: number | undefined;

  /** Writes to the open file `fd`, copying from the open file `from`. */
  constructor(fd: number, from?: number) {
    this.fd = fd;
    this.from = from;
  }

  text(text: string): void {
    if (!text) return;
    this.endCopy();
    const bytes = Buffer.from(text);
    this.buffers.push(bytes);
    this.buffered += bytes.length;
    this.offset += bytes.length;
    if (this.buffered >= CHUNK_BYTES) this.endText();
  }

  /** Bytes [start, end) of the other file; copied with the range before when the two meet. */
  copy(start: number, end: number): void {
    this.endText();
    if (this.copying?.end === start) this.copying.end = end;
    else {
      this.endCopy();
      this.copying = { start, end };
    }
    this.offset += end - start;
  }

  finish(): void {
    this.endText();
    this.endCopy();
  }

  private endText(): void {
    if (!this.buffered) return;
    writeAll(this.fd, Buffer.concat(this.buffers, this.buffered));
    this.buffers = [];
    this.buffered = 0;
  }

  private endCopy(): void {
    if (!this.copying) return;
    const { start, end } = this.copying;
    this.copying = null;
    const buffer = (this.copyBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES));
    for (let at = start; at < end;) {
      const read = readSync(this.from!, buffer, 0, Math.min(buffer.length, end - at), at);
      if (read === 0) throw new Error(`The last build's data file ended before byte ${end}.`);
      writeAll(this.fd, buffer.subarray(0, read));
      at += read;
    }
  }
}

/** The note the last build left, or null if there is none this code can read. */
function readNote(file: string): WrittenNote | null {
  try {
    const note = JSON.parse(readFileSync(file, 'utf8')) as WrittenNote;
    return note.format === NOTE_FORMAT ? note : null;
  } catch {
    return null;
  }
}
