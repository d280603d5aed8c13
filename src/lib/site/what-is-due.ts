/**
 * What is due: on a given day, the inspections whose comment period (Police Act 1996 s55) is
 * open, and those whose period ended in the last 12 months, with the forces in scope that have,
 * or have not, the policing body's comments on the site. `today` is always passed in
 * (`YYYY-MM-DD`, UTC), so the rules can be tested for any day.
 */
import type { Force, Inspection, ResponseDocument } from '../content/model.ts';
import { daysBetween, isDay, latestDay } from '../basics/days.ts';
import { getDueDate } from './deadline.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { earlierOfPair } from './translations.ts';

/** The words for a force with no policing body's comments on the site: neutral, as everywhere (in English; the catalogue's `due.noDocument`). */
export const NO_DOCUMENT = 'No document on this site yet';

/** How far back, in months, the list of ended periods goes. */
export const RECENTLY_ENDED_MONTHS = 12;

/** The site's facts the due list needs (a `Site` has them all). */
export interface DueSource {
  corpus: { inspections: readonly Inspection[] };
  forcesInScope(inspection: Inspection): readonly Force[];
  documentsOfInspection(inspectionId: string): readonly ResponseDocument[];
  /** The same document in the other language, where it is published in both. */
  twin?(document: ResponseDocument): ResponseDocument | undefined;
}

export interface ForceDue {
  force: Force;
  /** The policing body's comments on the site (statutory documents only), main document first. */
  comments: ResponseDocument[];
}

export interface DuePeriod {
  inspection: Inspection;
  /** The last day for comments, `YYYY-MM-DD`. */
  due: string;
  /** Days from `today` to the due date: 0 on the last day, negative once it has passed. */
  daysLeft: number;
  /** Every force in scope, in registry order, with its comments on the site (maybe none). */
  forces: ForceDue[];
}

export interface DueList {
  today: string;
  /** Periods open on `today` (published on or before it, due on or after it), soonest due first. */
  open: DuePeriod[];
  /** Periods that ended in the last 12 months, most recently ended first. */
  ended: DuePeriod[];
  /**
   * Inspections known only to the month whose period may be open or recently ended: their
   * due date cannot be worked out, so they are named apart rather than guessed at.
   */
  unknownDue: Inspection[];
}

/** The same day `years` years earlier (29 February becomes 28 February). */
export function yearsBefore(day: string, years: number): string {
  const shifted = `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
  return isDay(shifted) ? shifted : `${shifted.slice(0, 8)}28`;
}

/** The first due date still counted as recently ended on `today`: the same day a year before. */
export function endedSince(today: string): string {
  return yearsBefore(today, RECENTLY_ENDED_MONTHS / 12);
}

/**
 * The forces in scope, each with the policing body's comments on the site as of `today`: a
 * document counts unless its date (publication, else the date on it) is after `today`; an
 * undated document counts, since it is on the site. A response in two languages counts from
 * the earlier of its two documents.
 */
export function toForcesDue(source: DueSource, inspection: Inspection, today: string, onlyForce?: string): ForceDue[] {
  const documents = source.documentsOfInspection(inspection.id)
    .filter((d) => {
      const first = earlierOfPair(d, source.twin?.(d));
      return isStatutoryKind(d.kind) && (first.published ?? first.date ?? today) <= today;
    });
  return source.forcesInScope(inspection)
    .filter((force) => !onlyForce || force.id === onlyForce)
    .map((force) => ({ force, comments: documents.filter((d) => d.force === force.id) }));
}

/**
 * The due list on `today`. With `onlyForce`, only inspections that concern that force, and
 * only that force in each.
 */
export function getDueList(source: DueSource, today: string, onlyForce?: string): DueList {
  const since = endedSince(today);
  const open: DuePeriod[] = [];
  const ended: DuePeriod[] = [];
  const unknownDue: Inspection[] = [];
  for (const inspection of source.corpus.inspections) {
    const forces = toForcesDue(source, inspection, today, onlyForce);
    if (forces.length === 0) continue;
    const due = getDueDate(inspection.published);
    if (!due) {
      // The period began at the earliest on the month's first day and ends at the latest 55 days after its last.
      const latestDue = getDueDate(latestDay(inspection.published))!;
      if (inspection.published <= today.slice(0, 7) && latestDue >= since) unknownDue.push(inspection);
      continue;
    }
    if (inspection.published > today) continue;
    const period = { inspection, due, daysLeft: daysBetween(today, due), forces };
    if (due >= today) open.push(period);
    else if (due >= since) ended.push(period);
  }
  open.sort((a, b) => a.due.localeCompare(b.due) || a.inspection.id.localeCompare(b.inspection.id));
  ended.sort((a, b) => b.due.localeCompare(a.due) || a.inspection.id.localeCompare(b.inspection.id));
  return { today, open, ended, unknownDue };
}

/** The forces of a period without the policing body's comments on the site. */
export function forcesWithoutComments(period: DuePeriod): Force[] {
  return period.forces.filter((f) => f.comments.length === 0).map((f) => f.force);
}

