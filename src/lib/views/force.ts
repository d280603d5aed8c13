/**
 * A force's page: its record, a link to each year of its documents, and its documents, newest
 * first, each with its statuses in one line, and the inspections concerning it that have no
 * document on the site. Up to `FORCE_PAGE_LIMIT` of each are listed on the page; beyond that,
 * the newest, and the year pages hold the rest.
 */
import type { Chart } from '../charts/chart.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import { TIMELINESS_LABELS, type TimelinessStatus } from '../site/deadline.ts';
import { byDocumentDateDesc, type Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { toRecordChart } from './charts.ts';
import { toCalendarLink, type CalendarLinkView } from './due.ts';
import { forceFeedLinks, ofYear, regionName, siteLink, toDocumentSummary, type Alternate, type DocumentSummary, type Link } from './format.ts';
import { forceYears, toForceDocuments, yearOfItem } from './force-year.ts';
import { summarizeStatuses } from './status-summary.ts';

/** How many documents (and how many inspections without one) a force's own page lists. */
export const FORCE_PAGE_LIMIT = 30;

export interface ForceYearItem {
  /** The year's page. */
  link: Link;
  documents: number;
  /** Inspections of that year that concern the force and have no document from it on the site. */
  missing: number;
}

export interface ForceView {
  name: string;
  policingBody: string;
  region: string;
  /** A fact about the force from forces.yaml, e.g. how its office styles itself; null when none. */
  note: string | null;
  /** How many documents the force has on the site. */
  documentCount: number;
  /**
   * The force's documents, a page per year of the inspections' publication, newest first:
   * at national scale a force has a couple of hundred, too many for one page.
   */
  years: ForceYearItem[];
  record: Record<TimelinessStatus, number>;
  /** Its documents, newest first, and the inspections it has none for. */
  list: ForceDocumentList;
  chart: Chart;
  /** The force's calendar of due dates; null without the site's address. */
  calendar: CalendarLinkView | null;
  feed: Link | null;
  alternates: Alternate[];
}

/** A force's page: its policing body, its record, and a link to each year of its documents. */
export function toForceView(site: Site, forceId: string, lang: Lang = 'en'): ForceView {
  const force = site.force(forceId);
  const { documents, missing } = toForceDocuments(site, forceId, lang);
  const record = Object.fromEntries(Object.keys(TIMELINESS_LABELS).map((k) => [k, 0])) as Record<TimelinessStatus, number>;
  for (const d of documents) record[d.timeliness.status]++;
  const inScope = site.corpus.inspections.filter((i) => site.forcesInScope(i).some((f) => f.id === force.id));
  return {
    name: force.name,
    note: force.note ?? null,
    policingBody: force.policingBody,
    region: regionName(lang, force.region),
    documentCount: documents.length,
    years: forceYears(documents, missing).map((year) => ({
      link: siteLink(site, urls.forceYear(force.id, year), year),
      documents: ofYear(documents, year, yearOfItem).length,
      missing: ofYear(missing, year, yearOfItem).length,
    })),
    record,
    list: toForceDocumentList(site, force.id, FORCE_PAGE_LIMIT, lang),
    chart: toRecordChart(site, force.id, inScope.length, lang),
    calendar: toCalendarLink(site, { force: force.id }, lang),
    ...forceFeedLinks(site, force, lang),
  };
}

export interface ForceDocumentLine extends DocumentSummary {
  inspection: Link;
  /** "3 in progress, 1 complete, 1 awaiting national action": its latest statuses. */
  statuses: string;
}

export interface ForceDocumentList {
  /** The newest documents first (by publication date, else the date on the document). */
  documents: ForceDocumentLine[];
  /** The table's caption, saying how many of how many it lists. */
  caption: string;
  /** Where the rest are, when the page does not list them all; null when it does. */
  more: string | null;
  /** Inspections concerning the force with no document from it on the site, newest first. */
  missing: Link[];
  /** Says how many there are, and where the rest are when not all are listed. */
  missingText: string;
}

/** The documents and missing inspections a force's page lists. */
export function toForceDocumentList(site: Site, forceId: string, limit = FORCE_PAGE_LIMIT, lang: Lang = 'en'): ForceDocumentList {
  const force = site.force(forceId);
  const documents = [...site.documentsOfForce(force.id)].sort(byDocumentDateDesc);
  const covered = new Set(documents.map((d) => d.inspection));
  const missing = site.corpus.inspections
    .filter((i) => !covered.has(i.id) && site.forcesInScope(i).some((f) => f.id === force.id));
  const shown = documents.slice(0, limit);
  const total = count(lang, 'count.document', documents.length);
  return {
    documents: shown.map((d) => {
      const inspection = site.inspection(d.inspection);
      return {
        ...toDocumentSummary(site, d, text(lang, `kind.${d.kind}`), lang),
        inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
        statuses: summarizeStatuses(d, inspection, lang),
      };
    }),
    caption: documents.length > limit
      ? text(lang, 'force.captionNewest', { limit, total, force: force.name })
      : documents.length === 1 ? text(lang, 'force.captionOne', { force: force.name }) : text(lang, 'force.captionAll', { total, force: force.name }),
    more: documents.length > limit ? count(lang, 'force.more', documents.length - limit) : null,
    missing: missing.slice(0, limit).map((i) => siteLink(site, urls.inspection(i.id), text(lang, 'force.missingItem', { title: i.title, date: formatDateIn(lang, i.published) }))),
    missingText: missing.length === 0
      ? text(lang, 'force.everyInspection', { force: force.name })
      : count(lang, missing.length > limit ? 'force.missingMany' : 'force.missing', missing.length, { force: force.name, limit }),
  };
}
