/**
 * The one CSV writer every data file uses (responses.csv, statuses.csv, each inspection's
 * file): RFC 4180, with CRLF line ends and a header row. A map of statuses, the only nested
 * value a CSV column holds, is written as "id=status" pairs.
 */

/** Quotes a CSV field when it needs it (RFC 4180): commas, quotes and line breaks survive. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? formatStatuses(value as Record<string, string | null>) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatStatuses(statuses: Record<string, string | null>): string {
  return Object.entries(statuses).map(([id, status]) => `${id}=${status ?? ''}`).join('; ');
}

/** Records as CSV with a header row, CRLF line ends as RFC 4180 asks. */
export function toCsv<T extends object>(records: readonly T[], fields: readonly (keyof T)[]): string {
  return [...csvLines(records, fields)].join('');
}

/** The same CSV a line at a time (each with its line end), for a file too large to make as one string. */
export function* csvLines<T extends object>(records: Iterable<T>, fields: readonly (keyof T)[]): Generator<string> {
  yield `${fields.join(',')}\r\n`;
  for (const record of records) yield `${fields.map((f) => csvField(record[f])).join(',')}\r\n`;
}
