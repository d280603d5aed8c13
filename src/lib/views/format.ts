/** The formatting several views share: links, status and timeliness cells, a document as a line of a list. Views import it; it imports no view. */
import type { ResponseDocument } from '../content/model.ts';
import { formatDate } from '../dates.ts';
import { describeTimeliness, type Timeliness, type TimelinessStatus } from '../deadline.ts';
import { documentKindLabel } from '../document-kinds.ts';
import { documentTitle } from '../documents.ts';
import type { Site } from '../site.ts';
import { statusLabel, type StatusId } from '../statuses.ts';
import { urls, withBase } from '../urls.ts';

export interface Link {
  href: string;
  text: string;
}

/**
 * The class that colours a status or timeliness (site.css): one letter per colour, because an
 * inspection's matrix carries one per force and recommendation (up to 43 × 12) and every
 * byte of it counts against the page's markup budget (docs/performance.md). The label
 * always says what the colour means.
 */
export type TagColour = 'g' | 'b' | 'p' | 'y' | 'k' | 'r';

/** Each status's colour: green, blue, purple, yellow, grey, red; no status given is red. */
export const STATUS_COLOURS: Record<StatusId | 'none', TagColour> = {
  complete: 'g',
  'in-progress': 'b',
  planned: 'p',
  'awaiting-national': 'y',
  'no-action': 'k',
  'not-addressed': 'r',
  none: 'r',
};

/** Each timeliness's colour: on time green, late red, the rest grey. */
export const TIMELINESS_COLOURS: Record<TimelinessStatus, TagColour> = {
  'on-time': 'g',
  late: 'r',
  undated: 'k',
  unknown: 'k',
  'not-applicable': 'k',
};

export interface StatusCell {
  /** The status id; `none` when the document gives no status. */
  id: StatusId | 'none';
  label: string;
  /** The class that colours it. */
  colour: TagColour;
}

export interface TimelinessCell {
  status: TimelinessStatus;
  /** The class that colours it. */
  colour: TagColour;
  text: string;
  /** Which date the judgement rests on, in words. */
  basis: string;
}

export interface DocumentSummary {
  link: Link;
  kind: string;
  /** "15 November 2019", or "Undated". */
  date: string;
  timeliness: TimelinessCell;
}

/** A link inside the site, with the base path applied. */
export function siteLink(site: Site, path: string, text: string): Link {
  return { href: withBase(site.base, path), text };
}

/** A status as a cell: its id for colour and its label as text. */
export function toStatusCell(status: StatusId | undefined): StatusCell {
  const id = status ?? 'none';
  return { id, label: status ? statusLabel(status) : 'No status given', colour: STATUS_COLOURS[id] };
}

/** Timeliness as words, with the date it rests on. */
export function toTimelinessCell(t: Timeliness): TimelinessCell {
  const basis =
    t.basis === 'published'
      ? `Based on the publication date, ${formatDate(t.on!)}.`
      : t.basis === 'date'
        ? `Based on the date on the document, ${formatDate(t.on!)} (no publication date is recorded).`
        : 'The document carries no date and no publication date is recorded.';
  return { status: t.status, colour: TIMELINESS_COLOURS[t.status], text: describeTimeliness(t), basis };
}

/** The date to show for a document: its own date, else when it was published, else "Undated". */
export function documentDate(document: ResponseDocument): string {
  if (document.date) return formatDate(document.date);
  if (document.published) return `Published ${formatDate(document.published)}`;
  return 'Undated';
}

/** A document as one line of a list or table. */
export function toDocumentSummary(site: Site, document: ResponseDocument, text?: string): DocumentSummary {
  return {
    link: siteLink(site, urls.response(document.id), text ?? documentTitle(site, document)),
    kind: documentKindLabel(document.kind),
    date: documentDate(document),
    timeliness: toTimelinessCell(site.timeliness(document)),
  };
}
