/**
 * Dates in the reader's language. English is `formatDate` of src/lib/dates.ts ("27 September
 * 2019"); Welsh comes from the Unicode CLDR data in Node's and the browser's own Intl
 * ("27 Medi 2019", "Medi 2019"), the form the Welsh pages of HMICFRS and the offices use.
 * Kept apart from src/lib/dates.ts so the code that needs no Welsh (the editor) stays as it was.
 */
import { formatDate, parsePartialDate } from '../lib/basics/days.ts';
import type { Lang } from './index.ts';

const WELSH_DAY = new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const WELSH_MONTH = new Intl.DateTimeFormat('cy', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `YYYY-MM-DD` or `YYYY-MM` as the language writes it: "21 November 2019", "21 Tachwedd 2019", "Medi 2019". */
export function formatDateIn(lang: Lang, text: string): string {
  if (lang === 'en') return formatDate(text);
  const date = parsePartialDate(text);
  if (!date) return text;
  const at = new Date(Date.UTC(date.year, date.month - 1, date.precision === 'day' ? date.day : 1));
  return (date.precision === 'day' ? WELSH_DAY : WELSH_MONTH).format(at);
}
