/**
 * The statutory deadline and timeliness of a response. Police Act 1996 s55(5A): comments are
 * due "before the end of the period of 56 days beginning with the day on which the report is
 * published", so the publication day is day 1 and day 56 is the last day on time.
 */
import { addDays, daysBetween } from '../basics/days.ts';
import { isStatutoryKind, type DocumentKind } from '../basics/document-kinds.ts';
import { count } from '../basics/words.ts';

/** The statutory period, in days, counting the day of publication as day 1. */
export const STATUTORY_PERIOD_DAYS = 56;

/** The last day for comments on a report published on `published` (`YYYY-MM-DD`); null for a month-only date. */
export function getDueDate(published: string): string | null {
  return published.length === 10 ? addDays(published, STATUTORY_PERIOD_DAYS - 1) : null;
}

export type TimelinessStatus = 'on-time' | 'late' | 'undated' | 'unknown' | 'not-applicable';

/** Which of a document's dates timeliness rests on. */
export const TIMELINESS_BASES = ['published', 'date'] as const;

export interface Timeliness {
  status: TimelinessStatus;
  /** Which of the document's dates the judgement rests on. */
  basis: (typeof TIMELINESS_BASES)[number] | null;
  /** The date used, `YYYY-MM-DD`. */
  on: string | null;
  /** The last day on time, when the report's publication day is known. */
  due: string | null;
  /** Days after the report's publication (the day of publication is 0). */
  daysFromReport: number | null;
  /** Days after the due date, when late. */
  daysLate: number | null;
}

export const TIMELINESS_LABELS: Record<TimelinessStatus, string> = {
  'on-time': 'On time',
  late: 'Late',
  undated: 'Undated',
  unknown: 'Cannot tell',
  'not-applicable': 'No deadline',
};

/** Every timeliness status, in the order the data page lists them. */
export const TIMELINESS_STATUSES = Object.keys(TIMELINESS_LABELS) as TimelinessStatus[];

/** Plain-English meaning of each timeliness status, for legends and the data page. */
export const TIMELINESS_DESCRIPTIONS: Record<TimelinessStatus, string> = {
  'on-time': `Published (or, where no publication date is recorded, dated) within ${STATUTORY_PERIOD_DAYS} days of the report, counting the report's publication day as day 1.`,
  late: `Published (or dated) after the ${STATUTORY_PERIOD_DAYS}th day.`,
  undated: 'The document carries no date and no publication date is recorded.',
  unknown: 'Only the month of the report\'s publication is known, so the deadline cannot be worked out.',
  'not-applicable': 'The statutory deadline applies to the policing body\'s comments, not to this kind of document.',
};

interface Dated {
  kind: DocumentKind;
  date?: string | undefined;
  published?: string | undefined;
}

/**
 * Whether a document met the 56-day deadline. Uses its `published` date when recorded,
 * else the date on the document, and says which.
 */
export function getTimeliness(document: Dated, reportPublished: string): Timeliness {
  const basis: Timeliness['basis'] = document.published ? 'published' : document.date ? 'date' : null;
  const on = document.published ?? document.date ?? null;
  const due = getDueDate(reportPublished);
  const daysFromReport = on && due ? daysBetween(reportPublished, on) : null;
  const result = { basis, on, due, daysFromReport, daysLate: null } satisfies Omit<Timeliness, 'status'>;
  if (!isStatutoryKind(document.kind)) return { ...result, status: 'not-applicable' };
  if (!on) return { ...result, status: 'undated' };
  if (!due) return { ...result, status: 'unknown' };
  const daysLate = daysBetween(due, on);
  return daysLate > 0 ? { ...result, status: 'late', daysLate } : { ...result, status: 'on-time' };
}

/** "On time (day 50 of 56)", "Late by 3 days", "Undated"... */
export function describeTimeliness(t: Timeliness): string {
  switch (t.status) {
    case 'on-time':
      return `On time: day ${t.daysFromReport! + 1} of ${STATUTORY_PERIOD_DAYS}`;
    case 'late':
      return `Late by ${count(t.daysLate!, 'day')}`;
    default:
      return TIMELINESS_LABELS[t.status];
  }
}
