/**
 * What a report's words say, for import-inspection.ts: when it was published, when a
 * recommendation is due ("By April 2020" → 2020-04) and whom it is addressed to.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isDay } from '../../dates.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const FULL_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+(\\d{4})\\b`, 'i');
const MONTH_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`, 'i');

/** "By April 2020" → 2020-04, "by 31 March 2022" → 2022-03-31: the first deadline the text sets. */
export function dueDateOf(text: string): string | undefined {
  const by = new RegExp(`\\b(?:by|before|no later than)\\s+(?:the\\s+end\\s+of\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\s+\\d{4})`, 'i').exec(text);
  if (!by) return undefined;
  const full = FULL_DATE.exec(by[1]!);
  if (full) {
    const day = `${full[3]}-${String(MONTHS.indexOf(full[2]!.toLowerCase()) + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
    return isDay(day) ? day : undefined;
  }
  const month = MONTH_DATE.exec(by[1]!)!;
  return `${month[2]}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
}

/**
 * Whom a recommendation is addressed to, from the words before its first "should":
 * "By April 2020, the NPCC lead for vetting and the College of Policing should…" →
 * ["NPCC lead for vetting", "College of Policing"]. Empty when the text does not say.
 */
export function addresseesOf(text: string): string[] {
  const sentence = text.replace(/\s+/g, ' ');
  const before = /^(.*?)\s+(?:should|must|need to|needs to)\b/i.exec(sentence)?.[1];
  if (!before) return [];
  const subject = before
    .replace(/^.*\bwe recommend that\s+/i, '')
    .replace(new RegExp(`^(?:by|before|within|no later than)\\s+[^,]*,\\s*`, 'i'), '')
    .replace(/^(?:immediately|now|also),?\s+/i, '');
  const parts = subject.split(/,\s*|\s+and\s+(?=the\b|all\b|every\b|[A-Z])/).map((part) => part
    .replace(/\s+(?:that|who|which)\s+.*$/i, '')
    .replace(/^(?:the|all of the)\s+/i, '')
    .trim()).filter((part) => part && part.split(' ').length <= 10);
  return parts.map((part) => (/^all\s/i.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part));
}

/** The publication date: "Published 15 March 2031" (or a full date near the start), else a month. */
export function publishedOf(tree: Root): { value: string; from: string } | undefined {
  const lines = tree.children.slice(0, 40).map((n) => toString(n).replace(/\s+/g, ' ').trim()).filter(Boolean);
  const labelled = lines.find((l) => /\bpublish(?:ed|ication date)\b/i.test(l) && (FULL_DATE.test(l) || MONTH_DATE.test(l)));
  for (const line of [...(labelled ? [labelled] : []), ...lines.filter((l) => l.length <= 40)]) {
    const full = FULL_DATE.exec(line);
    if (full) {
      const day = `${full[3]}-${String(MONTHS.indexOf(full[2]!.toLowerCase()) + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
      if (isDay(day)) return { value: day, from: line };
    }
    const month = MONTH_DATE.exec(line);
    if (month) return { value: `${month[2]}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, '0')}`, from: line };
  }
  return undefined;
}
