/**
 * Calendar dates as the content writes them: a full day (`YYYY-MM-DD`) or, where only the
 * month is known, a month (`YYYY-MM`). All arithmetic is in UTC days, so no time zone or
 * daylight-saving change can move a deadline.
 */

export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number };

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` or `YYYY-MM`; returns null for anything else, including 2024-02-30. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { precision: 'day', year, month, day };
}

/** Parses a full `YYYY-MM-DD` date; returns null for a month-only or invalid date. */
export function parseDay(text: string): PartialDate | null {
  const date = parsePartialDate(text);
  return date?.precision === 'day' ? date : null;
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return parseDay(text) !== null;
}

/** Whether `text` is a real day (`YYYY-MM-DD`) or month (`YYYY-MM`). */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date. */
export function toDayNumber(day: string): number {
  const date = parseDay(day);
  if (!date || date.precision !== 'day') throw new Error(`Not a full date: ${day}`);
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The `YYYY-MM-DD` date `days` days after `day` (negative goes back). */
export function addDays(day: string, days: number): string {
  return new Date((toDayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Compares two partial dates by their earliest possible day; a month sorts as its first day.
 * Returns a negative number, zero or a positive number, like Array.prototype.sort wants.
 */
export function comparePartialDates(a: string, b: string): number {
  return earliestDay(a).localeCompare(earliestDay(b));
}

/** The first day a partial date can mean: `2019-09` → `2019-09-01`. */
export function earliestDay(text: string): string {
  return text.length === 7 ? `${text}-01` : text;
}

/** The last day a partial date can mean: `2019-09` → `2019-09-30`. */
export function latestDay(text: string): string {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Not a date: ${text}`);
  if (date.precision === 'day') return text;
  return `${text}-${String(daysInMonth(date.year, date.month)).padStart(2, '0')}`;
}

/** Formats a date the GOV.UK way: "21 November 2019", or "September 2019" for a month. */
export function formatDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const monthYear = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.precision === 'day' ? `${date.day} ${monthYear}` : monthYear;
}

/** The year of a partial date, as a number. */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}
