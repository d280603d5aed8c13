/**
 * The formatting every view shares, made once: links inside the site, a page's feed links,
 * its previous and next links, years and the items of a year, status and timeliness cells,
 * a document as a line of a list, an inspection's kind. Views import it; it imports no view.
 */
import type { Force, Inspection, ResponseDocument } from '../content/model.ts';
import { formatDate, yearOf } from '../basics/days.ts';
import { describeTimeliness, type Timeliness, type TimelinessStatus } from '../site/deadline.ts';
import { documentKindLabel } from '../basics/document-kinds.ts';
import { documentDate, documentTitle } from '../site/documents.ts';

/** How a document's date and an inspection's kind read, from ../documents.ts (the search records use them too). */
export { documentDate, inspectionKindLabel } from '../site/documents.ts';
import type { Site } from '../site/site.ts';
import { STATUSES, statusLabel, type StatusId } from '../basics/statuses.ts';
import { permanentUrl, urls, withBase } from '../basics/urls.ts';

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

/** A document as one line of a list or table. */
export function toDocumentSummary(site: Site, document: ResponseDocument, text?: string): DocumentSummary {
  return {
    link: siteLink(site, urls.response(document.id), text ?? documentTitle(site, document)),
    kind: documentKindLabel(document.kind),
    date: documentDate(document),
    timeliness: toTimelinessCell(site.timeliness(document)),
  };
}

/** The status legend, shown with every status table. */
export function statusLegend(): { status: StatusCell; description: string }[] {
  return STATUSES.map((s) => ({ status: toStatusCell(s.id), description: s.description }));
}

/** A `<link rel="alternate">` for a page. */
export interface Alternate {
  href: string;
  type: string;
  title: string;
}

/** A page's feed: the link the page shows (`text`) and the `<link rel="alternate">` in its head (`title`); neither without the site's address. */
export function toFeedLinks(site: Site, path: string, title: string, text: string): { feed: Link | null; alternates: Alternate[] } {
  if (!site.siteUrl) return { feed: null, alternates: [] };
  const href = permanentUrl(site, path);
  return { feed: { href, text }, alternates: [{ href, type: 'application/atom+xml', title }] };
}

/** The whole site's feed of new and updated documents (the home and data pages). */
export function siteFeedLinks(site: Site, text: string): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.feed(), 'New and updated documents', text);
}

/** A force's feed (its pages and its documents' pages). */
export function forceFeedLinks(site: Site, force: Force): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.forceFeed(force.id), `New and updated documents about ${force.name}`, 'Atom feed of new and updated documents');
}

/** An inspection's feed (its pages and its documents' pages). */
export function inspectionFeedLinks(site: Site, inspection: Inspection): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.inspectionFeed(inspection.id), `New and updated responses to ${inspection.title}`, 'Atom feed of new and updated responses');
}

/** The links to the items either side of `index` in `list`, for a page's previous and next; null past either end. */
export function neighbours<T>(list: readonly T[], index: number, toLink: (item: T) => Link): { previous: Link | null; next: Link | null } {
  const at = (i: number) => (i >= 0 && i < list.length ? toLink(list[i]!) : null);
  return { previous: at(index - 1), next: at(index + 1) };
}

/** The year an inspection was published, which groups pages of inspections and of a force's documents: "2021". */
export function inspectionYear(inspection: Pick<Inspection, 'published'>): string {
  return String(yearOf(inspection.published));
}

/** Years, each once, newest first. */
export function newestFirst(years: Iterable<string>): string[] {
  return [...new Set(years)].sort((a, b) => b.localeCompare(a));
}

/** The items of one year, as `yearOf` gives each item's year. */
export function ofYear<T>(items: readonly T[], year: string, yearOf: (item: T) => string): T[] {
  return items.filter((item) => yearOf(item) === year);
}
