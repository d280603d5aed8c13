/**
 * Text made a part at a time, for the data files too large to make as one string
 * (src/lib/outputs/data/site-data-files.ts): JSON a record at a time, the parts gathered into
 * chunks of about 64 KB to write, and the chunks as a stream of bytes for a response (the
 * preview's). The bytes are the same as the whole string's.
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

/** The text of `JSON.stringify(records, null, 2)` and a line end, one record at a time. */
export function* jsonArrayText(records: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const record of records) {
    // A record one level in: each of its lines two spaces further in (JSON escapes line breaks
    // inside strings, so every line break here is layout).
    yield `${first ? '[\n  ' : ',\n  '}${(JSON.stringify(record, null, 2) ?? 'null').replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}
