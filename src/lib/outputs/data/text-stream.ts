/**
 * Text made a part at a time, for the data files too large to make as one string
 * (src/lib/outputs/data/site-data-files.ts): a document's records at a time, the parts
 * gathered into chunks of about 64 KB, and the chunks as a stream of bytes for a response
 * (the preview's). The bytes are the same as the whole string's.
 */

/** About how much text goes into each chunk. */
const CHUNK_CHARACTERS = 64 * 1024;

/** `parts` joined into chunks of about 64 KB (the last may be shorter), each made only when asked for. */
export function* textChunks(parts: Iterable<string>): Generator<string> {
  let text = '';
  for (const part of parts) {
    text += part;
    if (text.length < CHUNK_CHARACTERS) continue;
    yield text;
    text = '';
  }
  if (text) yield text;
}

/** `parts` joined, as UTF-8 in chunks of about 64 KB, each made only when the reader asks for it. */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const chunks = textChunks(parts);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/**
 * How a file's parts are put together: what comes before the first, between two and after
 * the last; and the whole text when there are none.
 */
export interface TextLayout {
  head: string;
  between: string;
  tail: string;
  empty: string;
}

/** A JSON array, spelled as `JSON.stringify(records, null, 2)` spells it, and a line end. */
export const JSON_ARRAY: TextLayout = { head: '[\n', between: ',\n', tail: '\n]\n', empty: '[]\n' };

/**
 * Records as a part of a `JSON_ARRAY`: their lines as the whole array's would be (two spaces
 * in), without its brackets; '' for none.
 */
export function jsonRecords(records: readonly unknown[]): string {
  return records.length ? JSON.stringify(records, null, 2).slice(2, -2) : '';
}

/** The text of `parts` in `layout`, a part at a time, each made only when asked for; a part that is '' is left out. */
export function* laidOut(layout: TextLayout, parts: Iterable<string>): Generator<string> {
  let first = true;
  for (const part of parts) {
    if (!part) continue;
    yield first ? `${layout.head}${part}` : `${layout.between}${part}`;
    first = false;
  }
  yield first ? layout.empty : layout.tail;
}
