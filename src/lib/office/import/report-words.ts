/**
 * What a report's words say, for import-inspection.ts: when it was published, when a
 * recommendation is due ("By April 2020" → 2020-04) and whom it is addressed to.
 */
import type { Root } from 'mdast';
import { isDay } from '../../basics/days.ts';
import { linesOf } from './to-markdown.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const FULL_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+(\\d{4})\\b`, 'i');
const MONTH_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`, 'i');

/** The year and month (and day, if it is a real one) of a date the pattern found. */
function isoOf(match: RegExpExecArray, hasDay: boolean): string | undefined {
  const [year, month, day] = hasDay ? [match[3]!, match[2]!, match[1]!] : [match[2]!, match[1]!, undefined];
  const yearMonth = `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const iso = `${yearMonth}-${day.padStart(2, '0')}`;
  return isDay(iso) ? iso : undefined;
}

/** "By April 2020" → 2020-04, "by 31 March 2022" → 2022-03-31, "Not later than 31 March 2015" → 2015-03-31: the first deadline the text sets. */
export function dueDateOf(text: string): string | undefined {
  const by = new RegExp(`\\b(?:by|before|not? later than)\\s+(?:the\\s+end\\s+of\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\s+\\d{4})`, 'i').exec(text);
  if (!by) return undefined;
  const full = FULL_DATE.exec(by[1]!);
  return full ? isoOf(full, true) : isoOf(MONTH_DATE.exec(by[1]!)!, false);
}

/** A deadline or a time at the start of a sentence, before whom it is for: "By April 2020,", "within six months", "immediately". */
const TIME = new RegExp(`^(?:(?:by|before|not? later than)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\s+\\d{4}|within\\s+\\S+\\s+(?:days?|weeks?|months?|years?)|immediately|now|also),?\\s+`, 'i');
/** Words that name someone who can act: a force, a chief constable, the NPCC, the College of Policing, the Home Office, a commissioner… */
const ACTOR = /\b(?:forces?|constab\w*|police|policing|NPCC|council|college|office|government|commissioners?|leads?|agenc(?:y|ies)|authorit(?:y|ies)|ministry|department|secretary|service|IOPC|CPS|inspectorate|bod(?:y|ies)|chiefs?|officers?|partners?|mayors?)\b/i;

/**
 * Whom a recommendation is addressed to, from the words before its first "should":
 * "By April 2020, the NPCC lead for vetting and the College of Policing should…" →
 * ["NPCC lead for vetting", "College of Policing"]; "HMIC recommends that within six months
 * the force should:" → ["force"]. Empty when the text does not say, or names no one who can
 * act ("There should be…", "Structures and funding should be put in place…").
 */
export function addresseesOf(text: string): string[] {
  const sentence = text.replace(/\s+/g, ' ');
  const before = /^(.*?)\s+(?:should|must|need to|needs to)\b/i.exec(sentence)?.[1];
  if (!before) return [];
  let subject = before.replace(/^.*\b(?:we|HMIC|HMICFRS) recommends? that\s+/i, '');
  for (let previous = ''; previous !== subject;) [previous, subject] = [subject, subject.replace(TIME, '')];
  const parts = subject.split(/,\s*|\s+and\s+(?=the\b|all\b|every\b|[A-Z])/).map((part) => part
    .replace(/\s+(?:that|who|which|using|whose)\s+.*$/i, '')
    .replace(/^(?:the|those|all of the)\s+/i, '')
    .trim()).filter((part) => part && part.split(' ').length <= 10 && ACTOR.test(part));
  return parts.map((part) => (/^all\s/i.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part));
}

export interface Published {
  value: string;
  /** The line it was read from. */
  from: string;
  /** A date the report is signed with (its foreword's last line) that is earlier: the page may be a later web edition. */
  signed?: string;
}

/**
 * The publication date: "Published on: 15 March 2031" (the inspectorate's web pages), or else a
 * short line near the start that is a date (a foreword's "September 2019"), day or month.
 */
export function publishedOf(tree: Root): Published | undefined {
  const lines = linesOf({ type: 'root', children: tree.children.slice(0, 60) });
  const dateOf = (line: string) => {
    const full = FULL_DATE.exec(line);
    const day = full && isoOf(full, true);
    if (day) return day;
    const month = MONTH_DATE.exec(line);
    return month ? isoOf(month, false) : undefined;
  };
  const labelled = lines.find((l) => /\bpublish(?:ed|ication date)\b/i.test(l) && dateOf(l));
  const short = lines.filter((l) => l.length <= 40 && dateOf(l));
  const from = labelled ?? short[0];
  if (!from) return undefined;
  const value = dateOf(from)!;
  // A foreword signed "September 2019" on a page "Published on: 22 September 2022": an edition of the web page, not the report.
  const signed = labelled ? lines.find((l) => SIGNED.test(l) && dateOf(l)! < value.slice(0, 7)) : undefined;
  return { value, from, ...(signed ? { signed } : {}) };
}

/** A line that is only a month and year, or a day, month and year: how a foreword is dated under its signature. */
const SIGNED = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${MONTH})\\s+\\d{4}$`, 'i');
