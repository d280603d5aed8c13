/**
 * An inspection's page: the report, its recommendations and every force's documents; and the
 * parts its other pages (the comparisons, the matrix) show too.
 */
import type { Chart } from '../charts/chart.ts';
import type { Inspection, RecommendationWithHtml } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import { STATUTORY_PERIOD_DAYS } from '../site/deadline.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { getInspectionDueDate, type Site } from '../site/site.ts';
import { REGIONS } from '../basics/regions.ts';
import { urls } from '../basics/urls.ts';
import { toArrivalsChart } from './charts.ts';
import { toCalendarLink, type CalendarLinkView } from './due.ts';
import { toProvenanceView, type ProvenanceView } from './trust-view.ts';
import { inspectionFeedLinks, inspectionKindIn, regionName, reportLangOn, siteLink, type Alternate, type Link } from './format.ts';
import { MATRIX_ORDERS, matrixPath, toForceDocumentRows, type ForceDocumentRow } from './matrix.ts';

export interface RecommendationItem {
  id: string;
  title: string;
  /** The recommendation's words, as HTML rendered from the inspection's Markdown. */
  html: string;
  addressedTo: string[];
  due: string | null;
  /** A fact about the recommendation, e.g. what its due date rests on; null when none. */
  note: string | null;
  comparison: Link;
}

/** A recommendation as the inspection page lists it, and as its comparison page opens. */
export function toRecommendationItem(site: Site, inspection: Inspection, rec: RecommendationWithHtml, lang: Lang = 'en'): RecommendationItem {
  return {
    id: rec.id,
    title: rec.title,
    html: rec.html,
    addressedTo: rec.addressedTo,
    due: rec.due ? formatDateIn(lang, rec.due) : null,
    note: rec.note ?? null,
    comparison: siteLink(site, urls.comparison(inspection.id, rec.id), text(lang, 'inspection.compare', { id: rec.id })),
  };
}

/** The inspection's data files, as links. */
export function inspectionDownloads(site: Site, inspectionId: string): Link[] {
  return [
    siteLink(site, urls.inspectionCsv(inspectionId), `${inspectionId}.csv`),
    siteLink(site, urls.inspectionJson(inspectionId), `${inspectionId}.json`),
  ];
}

export interface InspectionView {
  title: string;
  /** The language of the report's own words where it is not the page's (reportLangOn). */
  reportLang: 'en' | undefined;
  html: string;
  published: string;
  kind: string;
  url: string | undefined;
  due: string | null;
  dueExplanation: string;
  /** The site's calendar, which holds this due date; null without the site's address or a due date. */
  calendar: CalendarLinkView | null;
  recommendations: RecommendationItem[];
  /** Each force in scope (by region) with its documents' links, dates and timeliness. */
  documents: ForceDocumentRow[];
  /** The rows of `documents` of the forces with a document: the answers, shown first. */
  answered: ForceDocumentRow[];
  /** The forces in scope with no document on the site, as one list: "No document on this site from 39 forces in scope:". */
  missing: { text: string; forces: Link[] } | null;
  /** Every force in scope by region, each region in the registry's order: its page, and its documents in words or that it has none. */
  byRegion: { region: string; forces: (Link & { note: string })[] }[];
  /** The table of every force's statuses, in each order (pages of their own). */
  matrixLinks: Link[];
  /** Responses over time against the due date; null when only the month of the report is known. */
  arrivals: Chart | null;
  summary: { inScope: number; withDocuments: number; onTime: number; late: number; undated: number };
  downloads: Link[];
  feed: Link | null;
  alternates: Alternate[];
  /** "About this copy": where the recommendation texts were taken from; null when not recorded. */
  provenance: ProvenanceView | null;
}

/** The inspection page: the report, its recommendations and every force's documents. */
export function toInspectionView(site: Site, inspectionId: string, lang: Lang = 'en'): InspectionView {
  const inspection = site.inspection(inspectionId);
  const due = getInspectionDueDate(inspection);
  const inScope = site.forcesInScope(inspection);
  const counts = { withDocuments: 0, onTime: 0, late: 0, undated: 0 };
  for (const force of inScope) {
    const documents = site.documentsFor(inspection.id, force.id);
    if (documents.length === 0) continue;
    counts.withDocuments++;
    const statutory = documents.find((d) => isStatutoryKind(d.kind));
    const t = statutory ? site.timeliness(statutory).status : null;
    if (t === 'on-time') counts.onTime++;
    if (t === 'late') counts.late++;
    if (t === 'undated') counts.undated++;
  }
  return {
    title: inspection.title,
    reportLang: reportLangOn(lang),
    html: inspection.html,
    published: formatDateIn(lang, inspection.published),
    kind: inspectionKindIn(lang, inspection.kind),
    url: inspection.url,
    due: due ? formatDateIn(lang, due) : null,
    dueExplanation: due
      ? text(lang, 'inspection.dueExplanation', { period: STATUTORY_PERIOD_DAYS, date: formatDateIn(lang, inspection.published) })
      : text(lang, 'inspection.dueMonthOnly', { period: STATUTORY_PERIOD_DAYS }),
    calendar: toCalendarLink(site, { inspection: inspection.id }, lang),
    recommendations: inspection.recommendations.map((rec) => toRecommendationItem(site, inspection, rec, lang)),
    ...answersFirst(site, inspection, toForceDocumentRows(site, inspection, 'region', lang).map(({ source: _, ...row }) => row), lang),
    matrixLinks: MATRIX_ORDERS.map((o) => siteLink(site, matrixPath(inspection.id, o.id), text(lang, 'matrix.by', { order: text(lang, `matrix.order.${o.id}`) }))),
    arrivals: toArrivalsChart(site, inspection, lang),
    summary: { inScope: inScope.length, ...counts },
    downloads: inspectionDownloads(site, inspection.id),
    ...inspectionFeedLinks(site, inspection, lang),
    provenance: toProvenanceView(inspection.provenance, [], lang),
  };
}

/** The forces' rows, those with a document apart, the others as one list, and all of them by region. */
function answersFirst(site: Site, inspection: Inspection, documents: ForceDocumentRow[], lang: Lang): Pick<InspectionView, 'documents' | 'answered' | 'missing' | 'byRegion'> {
  const inScope = site.forcesInScope(inspection);
  const missing = inScope.filter((force) => site.documentsFor(inspection.id, force.id).length === 0);
  return {
    documents,
    answered: documents.filter((row) => row.document !== null),
    missing: missing.length === 0 ? null : {
      text: text(lang, 'inspection.missing', { forces: count(lang, 'count.force', missing.length) }),
      forces: missing.map((force) => siteLink(site, urls.force(force.id), force.name)),
    },
    byRegion: REGIONS.map((region) => ({
      region: regionName(lang, region),
      forces: inScope.filter((force) => force.region === region).map((force) => {
        const kinds = site.documentsFor(inspection.id, force.id).map((d) => text(lang, `kind.${d.kind}`));
        return { ...siteLink(site, urls.force(force.id), force.name), note: kinds.length ? kinds.join(', ') : text(lang, 'inspection.noDocumentNote') };
      }),
    })).filter((r) => r.forces.length > 0),
  };
}
