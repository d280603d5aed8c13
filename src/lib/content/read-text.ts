import { readFileSync } from 'node:fs';

export type TextResult = { ok: true; text: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8 text, dropping a byte-order mark and turning Windows (CRLF)
 * and old Mac (CR) line endings into LF. A file in another encoding (say Windows-1252 from
 * Word) is refused rather than guessed at, so no character is silently changed.
 */
export function readText(path: string): TextResult {
  return decodeText(readFileSync(path));
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
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
