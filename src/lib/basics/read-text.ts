import { readBytes, type BytesResult } from './read-bytes.ts';

export type TextResult = { ok: true; text: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text, dropping a byte-order mark and turning Windows (CRLF)
 * and old Mac (CR) line endings into LF. A file in another encoding (say Windows-1252 from
 * Word) is refused rather than guessed at, so no character is silently changed.
 */
export function readText(path: string): TextResult {
  let read: BytesResult;
  try {
    read = readBytes(path, MAX_FILE_BYTES);
  } catch (error) {
    // A file that vanished, a folder, a broken link, no permission: a problem on the file, not a crash.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, reason: `could not be read (${code}); allowed: a readable text file` };
  }
  if (!read.ok) return { ok: false, reason: tooLarge(read.size) };
  return decodeText(read.bytes);
}

/**
 * The largest content or settings file read: 10 MB. The longest real response is far under
 * 1 MB; a file above this is a mistake (a pasted PDF, a log) and would slow every build.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function tooLarge(size: number): string {
  return `is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a content file may be; allowed: a file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB (the text of a document alone is far smaller)`;
}

/** Decodes bytes as `readText` does. */
export function decodeText(bytes: Uint8Array): TextResult {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'is not UTF-8 text (it may have been saved as Windows-1252 or "ANSI"); allowed: UTF-8 — save it again choosing UTF-8',
    };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}
