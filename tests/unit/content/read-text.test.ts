import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeText, readText } from '../../../src/lib/basics/read-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeText', () => {
  test('reads UTF-8 text, curly quotes and Welsh letters included', () => {
    expect(decodeText(utf8('“Lorem” – ŵ ŷ\n'))).toEqual({ ok: true, text: '“Lorem” – ŵ ŷ\n' });
  });

  test('drops a byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('---\ntitle: Lorem\n')))).toEqual({ ok: true, text: '---\ntitle: Lorem\n' });
  });

  test('turns Windows (CRLF) line endings into LF', () => {
    expect(decodeText(utf8('one\r\ntwo\r\n'))).toEqual({ ok: true, text: 'one\ntwo\n' });
  });

  test('turns old Mac (CR) line endings into LF', () => {
    expect(decodeText(utf8('one\rtwo\r'))).toEqual({ ok: true, text: 'one\ntwo\n' });
  });

  test('turns mixed line endings into one LF each, keeping blank lines', () => {
    expect(decodeText(utf8('a\r\n\r\nb\rc\nd'))).toEqual({ ok: true, text: 'a\n\nb\nc\nd' });
  });

  test('reads an empty file as empty text', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '' });
  });

  test('refuses Windows-1252 curly quotes (0x93, 0x94) with a message that says UTF-8', () => {
    // "“Lorem”" as Word saves it in Windows-1252.
    const result = decodeText(bytes(0x93, ...utf8('Lorem'), 0x94));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain('is not UTF-8 text');
    expect(result.reason).toContain('Windows-1252');
    expect(result.reason).toMatch(/allowed: UTF-8/);
  });

  test('refuses a Windows-1252 pound sign (0xA3) in otherwise plain text', () => {
    expect(decodeText(bytes(...utf8('Cost: '), 0xa3, ...utf8('5\n'))).ok).toBe(false);
  });

  test('refuses a UTF-8 sequence cut short at the end of the file', () => {
    // The first two of the three bytes of "–" (U+2013).
    expect(decodeText(bytes(...utf8('Lorem '), 0xe2, 0x80)).ok).toBe(false);
  });
});

describe('readText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-read-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads a file as decodeText decodes its bytes', () => {
    const file = join(dir, 'bom-crlf.md');
    writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, ...utf8('---\r\nforce: northshire\r\n---\r\n')]));
    expect(readText(file)).toEqual({ ok: true, text: '---\nforce: northshire\n---\n' });
  });

  test('refuses a Windows-1252 file', () => {
    const file = join(dir, 'ansi.md');
    writeFileSync(file, Buffer.from([0x93, 0x41, 0x94]));
    expect(readText(file).ok).toBe(false);
  });
});
