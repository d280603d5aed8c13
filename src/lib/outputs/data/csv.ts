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
  return `${csvHeader(fields)}${csvRows(records, fields)}`;
}

/** The header row, with its line end. */
export function csvHeader(fields: readonly PropertyKey[]): string {
  return `${fields.map(String).join(',')}\r\n`;
}

/** The rows of `records`, each with its line end: a part of a file too large to make as one string. */
export function csvRows<T extends object>(records: readonly T[], fields: readonly (keyof T)[]): string {
  let text = '';
  for (const record of records) text += `${fields.map((f) => csvField(record[f])).join(',')}\r\n`;
  return text;
}
