import { describe, expect, test } from 'vitest';
import { csvHeader, csvRows, toCsv } from '../../src/lib/outputs/data/csv.ts';
import { JSON_ARRAY, jsonRecords, laidOut, textChunks, textStream } from '../../src/lib/outputs/data/text-stream.ts';

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
  test('records laid out as a JSON array, a group at a time, are the bytes JSON.stringify(records, null, 2) gives, and a line end', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...RECORDS[i % 2], n: i }));
    /** `records` in groups of `size` records, with an empty group before each. */
    const grouped = (records: unknown[], size: number) => Array.from({ length: Math.ceil(records.length / size) }, (_, i) => [[], records.slice(i * size, (i + 1) * size)]).flat();
    for (const records of [RECORDS, [RECORDS[0]], [], [null, 3, 'text', [RECORDS[1]]], many(257)]) {
      for (const size of [1, 2, 5, 256]) {
        expect([...laidOut(JSON_ARRAY, grouped(records, size).map(jsonRecords))].join('')).toBe(`${JSON.stringify(records, null, 2)}\n`);
      }
    }
    expect([...laidOut(JSON_ARRAY, [jsonRecords([]), jsonRecords([])])].join('')).toBe('[]\n');
  });

  test('laidOut makes each part only when it is asked for', () => {
    let made = 0;
    function* parts() {
      for (let n = 0; n < 10_000; n++) {
        made++;
        yield jsonRecords([{ n }]);
      }
    }
    const text = laidOut(JSON_ARRAY, parts());
    text.next();
    text.next();
    expect(made).toBe(2);
  });

  test('a CSV header and its rows, made a few records at a time, are toCsv: a header row, CRLF line ends', () => {
    const fields = ['id', 'note'] as const;
    const text = [...laidOut({ head: csvHeader(fields), between: '', tail: '', empty: csvHeader(fields) }, [csvRows(RECORDS.slice(0, 1), fields), csvRows([], fields), csvRows(RECORDS.slice(1), fields)])].join('');
    expect(text).toBe(toCsv(RECORDS, fields));
    expect(text).toBe('id,note\r\nnorthshire/fictional-2021,\r\nwestmere/fictional-2021,Gair Cymraeg: ŵ ŷ — and an emoji 🙂\r\n');
    expect(toCsv([], fields)).toBe('id,note\r\n');
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
