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

/** How many records `jsonArrayText` spells at once. */
const RECORDS_AT_ONCE = 256;

/**
 * The text of `JSON.stringify(records, null, 2)` and a line end, a few hundred records at a time:
 * each batch spelled as an array, whose lines JSON indents as the whole array's, without its brackets.
 */
export function* jsonArrayText(records: Iterable<unknown>): Generator<string> {
  let first = true;
  let batch: unknown[] = [];
  const spelled = () => {
    // `[\n  …\n]`: the records, each line two spaces in, between the brackets' lines.
    const text = JSON.stringify(batch, null, 2);
    batch = [];
    const part = `${first ? '[\n' : ',\n'}${text.slice(2, -2)}`;
    first = false;
    return part;
  };
  for (const record of records) {
    batch.push(record);
    if (batch.length === RECORDS_AT_ONCE) yield spelled();
  }
  if (batch.length) yield spelled();
  yield first ? '[]\n' : '\n]\n';
}
