import { describe, expect, test } from 'vitest';
import { csvLines, toCsv } from '../../src/lib/outputs/data/csv.ts';
import { jsonArrayText, textChunks, textStream } from '../../src/lib/outputs/data/text-stream.ts';

/** What a reader of the stream gets, as text. */
async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const chunks = await Array.fromAsync(stream);
  return { text: Buffer.concat(chunks).toString('utf8'), chunks: chunks.length };
}

const RECORDS = [
  { id: 'northshire/fictional-2021', statuses: { '1': 'complete', '2': null }, evidence: { '1': ['Fictional words, "quoted",\nover two lines.'] }, empty: [], nested: [[1, 2], {}], missing: undefined },
  { id: 'westmere/fictional-2021', statuses: {}, evidence: {}, empty: [], nested: [], note: 'Gair Cymraeg: ŵ ŷ — and an emoji 🙂' },
];

describe('the whole-site data files, a part at a time', () => {
  test('jsonArrayText gives the bytes JSON.stringify(records, null, 2) gives, and a line end', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...RECORDS[i % 2], n: i }));
    for (const records of [RECORDS, [RECORDS[0]], [], [null, 3, 'text', [RECORDS[1]]], many(255), many(256), many(257), many(1000)]) {
      expect([...jsonArrayText(records)].join('')).toBe(`${JSON.stringify(records, null, 2)}\n`);
    }
  });

  test('jsonArrayText makes a few hundred records before its first part is taken, not all of them', () => {
    let made = 0;
    function* records() {
      for (let n = 0; n < 10_000; n++) {
        made++;
        yield { n };
      }
    }
    const parts = jsonArrayText(records());
    parts.next();
    expect(made).toBe(256);
  });

  test('csvLines joined are toCsv: a header row, CRLF line ends', () => {
    const fields = ['id', 'note'] as const;
    const text = [...csvLines(RECORDS, fields)].join('');
    expect(text).toBe(toCsv(RECORDS, fields));
    expect(text).toBe('id,note\r\nnorthshire/fictional-2021,\r\nwestmere/fictional-2021,Gair Cymraeg: ŵ ŷ — and an emoji 🙂\r\n');
  });

  test('textChunks joins parts into chunks of about 64 KB, every part whole and in order', () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `Rhes ${i}: “fictional” — 🙂\n`);
    const chunks = [...textChunks(parts)];
    expect(chunks.join('')).toBe(parts.join(''));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(64 * 1024);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    expect([...textChunks([])]).toEqual([]);
  });

  test('textStream gives the parts\' text as UTF-8, in chunks of about 64 KB, and an empty stream for no parts', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `Rhes ${i}: “fictional” — 🙂\n`);
    const { text, chunks } = await read(textStream(parts));
    expect(text).toBe(parts.join(''));
    expect(chunks).toBeGreaterThan(1);
    expect(chunks).toBeLessThan(10);
    expect(await read(textStream([]))).toEqual({ text: '', chunks: 0 });
  });
});
