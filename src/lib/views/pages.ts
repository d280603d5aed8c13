/**
 * One view model per page: everything a page shows, worked out here so that the
 * `.astro` files only render. Each function takes the site and the page's ids.
 */
import type { Force, Inspection, RecommendationWithHtml, ResponseDocument } from '../content/model.ts';
import { formatDate, yearOf } from '../dates.ts';
import { STATUTORY_PERIOD_DAYS, TIMELINESS_DESCRIPTIONS, TIMELINESS_LABELS, type TimelinessStatus } from '../deadline.ts';
import { documentKindLabel, isStatutoryKind } from '../document-kinds.ts';
import { authorName, documentTitle } from '../documents.ts';
import { REGIONS } from '../regions.ts';
import { byDocumentDateDesc, getCoverage, getInspectionDueDate, getStatus, type Site } from '../site.ts';
import { STATUSES } from '../statuses.ts';
import type { Chart } from '../charts/chart.ts';
import { INSPECTION_RECORD_FIELDS, RECORD_FIELDS } from '../data-export.ts';
import { STATUS_RECORD_FIELDS } from '../data-statuses.ts';
import { CONTENT_SCHEMA_NAMES } from '../json-schema.ts';
import { feedAlternate, SITE_FEED_SIZE } from '../feeds.ts';
import { getStatusHistory } from '../status-history.ts';
import { permanentUrl, urls } from '../urls.ts';
import { toArrivalsChart, toRecordChart } from './charts.ts';
import { toForceDocumentList, type ForceDocumentList } from './force.ts';
import { summarizeStatuses } from './status-summary.ts';
import { getEvidence } from './evidence-view.ts';
import { buildComparisonView, type ComparisonEntry, type ComparisonView } from './comparison.ts';
import { toCitation } from './citation.ts';
import { MATRIX_ORDERS, matrixPath, toForceDocumentRows, toMatrixView, type ForceDocumentRow, type MatrixOrder, type MatrixView } from './matrix.ts';
import {
  siteLink, toDocumentSummary, toStatusCell, toTimelinessCell,
  type DocumentSummary, type Link, type StatusCell, type TimelinessCell,
} from './format.ts';

export interface HomeView {
  counts: { forces: number; inspections: number; documents: number; forcesWithDocuments: number };
  latest: (DocumentSummary & { force: string })[];
  /** The newest inspections; the rest are on the inspections' pages, a page per year. */
  inspections: InspectionListItem[];
  allInspections: Link;
  alternates: Alternate[];
}

export interface InspectionListItem {
  link: Link;
  /** The inspection's data files, "CSV" and "JSON" (in a table row that names the inspection). */
  downloads: Link[];
  published: string;
  kind: string;
  recommendations: number;
  /** "1 recommendation", "5 recommendations". */
  recommendationsText: string;
  /** Forces in scope with at least one document on the site. */
  forcesWithDocuments: number;
  forcesInScope: number;
}

/** The home page: what the site holds, newest documents and inspections first. */
export function toHomeView(site: Site, latestCount = 10, inspectionCount = 10): HomeView {
  const { corpus } = site;
  return {
    counts: {
      forces: corpus.forces.length,
      inspections: corpus.inspections.length,
      documents: corpus.responses.length,
      forcesWithDocuments: new Set(corpus.responses.map((r) => r.force)).size,
    },
    latest: [...corpus.responses].sort(byDocumentDateDesc).slice(0, latestCount).map((r) => ({
      ...toDocumentSummary(site, r),
      force: site.force(r.force).name,
    })),
    inspections: toInspectionList(site).slice(0, inspectionCount),
    allInspections: siteLink(site, urls.inspections(), `All ${corpus.inspections.length} inspections, by year`),
    alternates: feedAlternate(site, urls.feed(), 'New and updated documents'),
  };
}

/** Every inspection (or those published in `year`), newest first, with how many forces in scope have a document. */
export function toInspectionList(site: Site, year?: string): InspectionListItem[] {
  const inspections = year ? site.corpus.inspections.filter((i) => String(yearOf(i.published)) === year) : site.corpus.inspections;
  return inspections.map((inspection) => {
    const inScope = site.forcesInScope(inspection);
    const withDocuments = new Set(site.documentsOfInspection(inspection.id).map((r) => r.force));
    return {
      link: siteLink(site, urls.inspection(inspection.id), inspection.title),
      downloads: [siteLink(site, urls.inspectionCsv(inspection.id), 'CSV'), siteLink(site, urls.inspectionJson(inspection.id), 'JSON')],
      published: formatDate(inspection.published),
      kind: humanize(inspection.kind),
      recommendations: inspection.recommendations.length,
      recommendationsText: `${inspection.recommendations.length} recommendation${inspection.recommendations.length === 1 ? '' : 's'}`,
      forcesWithDocuments: inScope.filter((f) => withDocuments.has(f.id)).length,
      forcesInScope: inScope.length,
    };
  });
}

/** The years in which inspections on the site were published, newest first. */
export function getInspectionYears(site: Site): string[] {
  return [...new Set(site.corpus.inspections.map((i) => String(yearOf(i.published))))].sort((a, b) => b.localeCompare(a));
}

export interface InspectionYearsView {
  /** A page per year: at national scale there are several hundred inspections. */
  years: { link: Link; inspections: number }[];
}

/** The inspections page: a link to each year's inspections, with how many there are. */
export function toInspectionYearsView(site: Site): InspectionYearsView {
  return {
    years: getInspectionYears(site).map((year) => ({
      link: siteLink(site, urls.inspectionsOfYear(year), year),
      inspections: site.corpus.inspections.filter((i) => String(yearOf(i.published)) === year).length,
    })),
  };
}

export interface InspectionYearView {
  year: string;
  inspections: InspectionListItem[];
  all: Link;
  older: Link | null;
  newer: Link | null;
}

/** The inspections published in one year, with links to the neighbouring years. */
export function toInspectionYearView(site: Site, year: string): InspectionYearView {
  const years = getInspectionYears(site);
  const index = years.indexOf(year);
  const neighbour = (i: number) => (i >= 0 && years[i] ? siteLink(site, urls.inspectionsOfYear(years[i]), years[i]) : null);
  return {
    year,
    inspections: toInspectionList(site, year),
    all: siteLink(site, urls.inspections(), 'All years'),
    older: neighbour(index + 1),
    newer: neighbour(index - 1),
  };
}

/** "national-thematic" → "National thematic"; "peel" → "PEEL". */
export function humanize(kind: string): string {
  if (kind === 'peel') return 'PEEL';
  const words = kind.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface RecommendationItem {
  id: string;
  title: string;
  /** The recommendation's words, as HTML rendered from the inspection's Markdown. */
  html: string;
  addressedTo: string[];
  due: string | null;
  comparison: Link;
}

function toRecommendationItem(site: Site, inspection: Inspection, rec: RecommendationWithHtml): RecommendationItem {
  return {
    id: rec.id,
    title: rec.title,
    html: rec.html,
    addressedTo: rec.addressedTo,
    due: rec.due ? formatDate(rec.due) : null,
    comparison: siteLink(site, urls.comparison(inspection.id, rec.id), `Compare forces on recommendation ${rec.id}`),
  };
}

/** A `<link rel="alternate">` for a page. */
export interface Alternate {
  href: string;
  type: string;
  title: string;
}

export interface InspectionView {
  title: string;
  html: string;
  published: string;
  kind: string;
  url: string | undefined;
  due: string | null;
  dueExplanation: string;
  recommendations: RecommendationItem[];
  /** Each force in scope (by region) with its documents' links, dates and timeliness. */
  documents: ForceDocumentRow[];
  /** The table of every force's statuses, in each order (pages of their own). */
  matrixLinks: Link[];
  /** Responses over time against the due date; null when only the month of the report is known. */
  arrivals: Chart | null;
  summary: { inScope: number; withDocuments: number; onTime: number; late: number; undated: number };
  downloads: Link[];
  feed: Link | null;
  alternates: Alternate[];
}

/** The inspection's data files, as links. */
function inspectionDownloads(site: Site, inspectionId: string): Link[] {
  return [
    siteLink(site, urls.inspectionCsv(inspectionId), `${inspectionId}.csv`),
    siteLink(site, urls.inspectionJson(inspectionId), `${inspectionId}.json`),
  ];
}

/** The inspection's feed: the link on the page and the `<link rel="alternate">` in its head. */
function inspectionFeed(site: Site, inspection: Inspection): { feed: Link | null; alternates: Alternate[] } {
  const alternates = feedAlternate(site, urls.inspectionFeed(inspection.id), `New and updated responses to ${inspection.title}`);
  return { feed: alternates[0] ? { href: alternates[0].href, text: 'Atom feed of new and updated responses' } : null, alternates };
}

/** The inspection page: the report, its recommendations and every force's documents. */
export function toInspectionView(site: Site, inspectionId: string): InspectionView {
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
    html: inspection.html,
    published: formatDate(inspection.published),
    kind: humanize(inspection.kind),
    url: inspection.url,
    due: due ? formatDate(due) : null,
    dueExplanation: due
      ? `The ${STATUTORY_PERIOD_DAYS}th day counting ${formatDate(inspection.published)}, the day of publication, as day 1 (Police Act 1996 s55(5A)).`
      : `Only the month of publication is recorded, so the ${STATUTORY_PERIOD_DAYS}-day deadline cannot be worked out.`,
    recommendations: inspection.recommendations.map((rec) => toRecommendationItem(site, inspection, rec)),
    documents: toForceDocumentRows(site, inspection, 'region').map(({ source: _, ...row }) => row),
    matrixLinks: MATRIX_ORDERS.map((o) => siteLink(site, matrixPath(inspection.id, o.id), `by ${o.label}`)),
    arrivals: toArrivalsChart(site, inspection),
    summary: { inScope: inScope.length, ...counts },
    downloads: inspectionDownloads(site, inspection.id),
    ...inspectionFeed(site, inspection),
  };
}

export interface OrderedMatrixView {
  inspection: Link;
  title: string;
  /** "Statuses by force name". */
  heading: string;
  matrix: MatrixView;
  alternates: Alternate[];
}

/** The inspection's matrix of statuses on a page of its own, in one order (region, force name, timeliness). */
export function toOrderedMatrixView(site: Site, inspectionId: string, order: MatrixOrder): OrderedMatrixView {
  const inspection = site.inspection(inspectionId);
  const matrix = toMatrixView(site, inspection, order);
  return {
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    title: `Statuses by ${MATRIX_ORDERS.find((o) => o.id === order)!.label}: ${inspection.title}`,
    heading: `Statuses by ${MATRIX_ORDERS.find((o) => o.id === order)!.label}`,
    matrix,
    alternates: inspectionFeed(site, inspection).alternates,
  };
}

/**
 * The cross-force comparison of one recommendation (src/lib/views/comparison.ts), with the
 * parts it shares with the inspection's other pages.
 */
export function toComparisonView(site: Site, inspectionId: string, recommendationId: string): ComparisonView {
  const inspection = site.inspection(inspectionId);
  const rec = inspection.recommendations.find((r) => r.id === recommendationId)!;
  return buildComparisonView(site, inspectionId, recommendationId, {
    recommendation: toRecommendationItem(site, inspection, rec),
    downloads: inspectionDownloads(site, inspection.id),
    alternates: inspectionFeed(site, inspection).alternates,
  });
}

export interface ForceListView {
  regions: { name: string; forces: { link: Link; policingBody: string; documents: number }[] }[];
}

/** The forces page: every force by region, with how many documents each has. */
export function toForceListView(site: Site): ForceListView {
  return {
    regions: REGIONS.map((region) => ({
      name: region,
      forces: site.corpus.forces.filter((f) => f.region === region).map((force) => ({
        link: siteLink(site, urls.force(force.id), force.name),
        policingBody: force.policingBody,
        documents: site.documentsOfForce(force.id).length,
      })),
    })).filter((r) => r.forces.length > 0),
  };
}

export interface ForceDocumentItem extends DocumentSummary {
  inspection: Link;
  inspectionPublished: string;
  /** The year the inspection was published, which groups the force's documents into pages. */
  year: string;
  /** Its latest statuses in one line: "3 in progress, 1 complete". */
  statuses: string;
}

/** Every document of a force, newest inspection first, and the inspections in scope it has none for. */
export function toForceDocuments(site: Site, forceId: string): { documents: ForceDocumentItem[]; missing: (Link & { year: string })[] } {
  const force = site.force(forceId);
  const documents = site.documentsOfForce(force.id);
  const covered = new Set(documents.map((d) => d.inspection));
  const inScope = site.corpus.inspections.filter((i) => site.forcesInScope(i).some((f) => f.id === force.id));
  return {
    documents: documents.map((d) => {
      const inspection = site.inspection(d.inspection);
      return {
        ...toDocumentSummary(site, d, documentKindLabel(d.kind)),
        inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
        inspectionPublished: formatDate(inspection.published),
        year: String(yearOf(inspection.published)),
        statuses: summarizeStatuses(d, inspection),
      };
    }),
    missing: inScope.filter((i) => !covered.has(i.id)).map((i) => ({
      ...siteLink(site, urls.inspection(i.id), i.title),
      year: String(yearOf(i.published)),
    })),
  };
}

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
  /** How many documents the force has on the site. */
  documentCount: number;
  /**
   * The force's documents, a page per year of the inspections' publication, newest first:
   * at national scale a force has a couple of hundred, too many for one page.
   */
  years: ForceYearItem[];
  record: Record<TimelinessStatus, number>;
  /** Its documents, newest first, and the inspections it has none for (src/lib/views/force.ts). */
  list: ForceDocumentList;
  chart: Chart;
  feed: Link | null;
  alternates: Alternate[];
}

/** The years of a force's documents and missing inspections, newest first. */
function forceYears(documents: readonly { year: string }[], missing: readonly { year: string }[]): string[] {
  return [...new Set([...documents, ...missing].map((d) => d.year))].sort((a, b) => b.localeCompare(a));
}

/** A force's page: its policing body, its record, and a link to each year of its documents. */
export function toForceView(site: Site, forceId: string): ForceView {
  const force = site.force(forceId);
  const { documents, missing } = toForceDocuments(site, forceId);
  const record = Object.fromEntries(Object.keys(TIMELINESS_LABELS).map((k) => [k, 0])) as Record<TimelinessStatus, number>;
  for (const d of documents) record[d.timeliness.status]++;
  const inScope = site.corpus.inspections.filter((i) => site.forcesInScope(i).some((f) => f.id === force.id));
  const alternates = feedAlternate(site, urls.forceFeed(force.id), `New and updated documents about ${force.name}`);
  return {
    name: force.name,
    policingBody: force.policingBody,
    region: force.region,
    documentCount: documents.length,
    years: forceYears(documents, missing).map((year) => ({
      link: siteLink(site, urls.forceYear(force.id, year), year),
      documents: documents.filter((d) => d.year === year).length,
      missing: missing.filter((m) => m.year === year).length,
    })),
    record,
    list: toForceDocumentList(site, force.id),
    chart: toRecordChart(site, force.id, inScope.length),
    feed: alternates[0] ? { href: alternates[0].href, text: 'Atom feed of new and updated documents' } : null,
    alternates,
  };
}

/** The years that have a page of a force's documents. */
export function getForceYears(site: Site, forceId: string): string[] {
  const { documents, missing } = toForceDocuments(site, forceId);
  return forceYears(documents, missing);
}

export interface ForceYearView {
  force: Link;
  year: string;
  documents: ForceDocumentItem[];
  missing: Link[];
  /** The neighbouring years' pages (older and newer), when there are. */
  older: Link | null;
  newer: Link | null;
  alternates: Alternate[];
}

/** One year of a force's documents: those on the inspections published that year, and those it lacks. */
export function toForceYearView(site: Site, forceId: string, year: string): ForceYearView {
  const force = site.force(forceId);
  const { documents, missing } = toForceDocuments(site, forceId);
  const years = forceYears(documents, missing);
  const index = years.indexOf(year);
  const neighbour = (i: number) => (years[i] ? siteLink(site, urls.forceYear(force.id, years[i]), years[i]) : null);
  return {
    force: siteLink(site, urls.force(force.id), force.name),
    year,
    documents: documents.filter((d) => d.year === year),
    missing: missing.filter((m) => m.year === year).map(({ href, text }) => ({ href, text })),
    older: neighbour(index + 1),
    newer: index > 0 ? neighbour(index - 1) : null,
    alternates: feedAlternate(site, urls.forceFeed(force.id), `New and updated documents about ${force.name}`),
  };
}

export interface ResponseView {
  title: string;
  /** The content file, relative to the project, for the preview's list of its problems. */
  file: string;
  /** The document's language, which is the page's. */
  lang: string;
  /** `en` on the site's own words when the document is in another language; otherwise unset. */
  chromeLang: 'en' | undefined;
  /** The title's language: the document's own when it gives a title, else English (the site makes it). */
  titleLang: string | undefined;
  force: Link;
  policingBody: string;
  inspection: Link;
  kind: string;
  date: string;
  published: string | null;
  author: string | null;
  recipient: string | null;
  source: string | null;
  due: string | null;
  timeliness: TimelinessCell;
  statutory: boolean;
  /** Each recommendation's status in this document, with the quotations it rests on (empty when none). */
  recommendations: { id: string; title: string; comparison: Link; status: StatusCell; evidence: string[]; section: Link | null }[];
  coverage: { complete: boolean; text: string } | null;
  html: string;
  year: number | null;
  /** The statuses over time: the document's own, then each later update. */
  history: { date: string; source: string; note: string | null; changes: { recommendation: string; from: StatusCell | null; to: StatusCell; evidence: string[] }[] }[];
  citation: string;
  permanentUrl: string;
  alternates: Alternate[];
}

/** A document's page: its metadata, statuses, timeliness, coverage and full text. */
export function toResponseView(site: Site, responseId: string): ResponseView {
  const document = site.document(responseId);
  const inspection = site.inspection(document.inspection);
  const force = site.force(document.force);
  const due = getInspectionDueDate(inspection);
  const statutory = isStatutoryKind(document.kind);
  return {
    title: documentTitle(site, document),
    file: document.file,
    lang: document.lang,
    chromeLang: document.lang === 'en' ? undefined : 'en',
    titleLang: document.lang === 'en' || document.title ? undefined : 'en',
    force: siteLink(site, urls.force(force.id), force.name),
    policingBody: force.policingBody,
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    kind: documentKindLabel(document.kind),
    date: document.date ? formatDate(document.date) : 'Undated: the document carries no date',
    published: document.published ? formatDate(document.published) : null,
    author: document.author ? authorName(document.author) : null,
    recipient: document.recipient ?? null,
    source: document.source ?? null,
    due: due ? formatDate(due) : null,
    timeliness: toTimelinessCell(site.timeliness(document)),
    statutory,
    recommendations: inspection.recommendations.map((rec) => {
      const section = document.sections.find((s) => s.recommendation === rec.id);
      return {
        id: rec.id,
        title: rec.title,
        comparison: siteLink(site, urls.comparison(inspection.id, rec.id), rec.title),
        status: toStatusCell(getStatus(document, rec.id)),
        evidence: getEvidence(document, rec.id),
        section: section ? { href: `#${section.anchor}`, text: `Go to its section` } : null,
      };
    }),
    coverage: statutory ? describeCoverage(document, inspection) : null,
    html: document.html,
    year: document.date ? yearOf(document.date) : null,
    history: getStatusHistory(document, inspection.recommendations.map((r) => r.id)).map((step, index) => ({
      date: step.date ? formatDate(step.date) : 'Undated',
      source: step.source === 'document' ? 'This document' : 'Update',
      note: step.note,
      changes: step.changes.map((c) => ({
        recommendation: c.recommendation,
        from: c.from ? toStatusCell(c.from) : null,
        to: toStatusCell(c.to),
        // Step 0 is the document's own statuses; step n is its n-th update.
        evidence: getEvidence(index === 0 ? document : document.updates[index - 1]!, c.recommendation),
      })),
    })),
    citation: toCitation(site, document),
    permanentUrl: permanentUrl(site, urls.response(document.id)),
    alternates: [
      ...feedAlternate(site, urls.forceFeed(force.id), `New and updated documents about ${force.name}`),
      ...feedAlternate(site, urls.inspectionFeed(inspection.id), `New and updated responses to ${inspection.title}`),
    ],
  };
}

function describeCoverage(document: ResponseDocument, inspection: Inspection): { complete: boolean; text: string } {
  const coverage = getCoverage(document, inspection.recommendations);
  const total = inspection.recommendations.length;
  if (coverage.complete) {
    const all = total === 1 ? 'the one recommendation' : `all ${total} recommendations`;
    return { complete: true, text: `The response gives a status for ${all}.` };
  }
  const parts: string[] = [];
  if (coverage.notAddressed.length) parts.push(`does not deal with ${listIds(coverage.notAddressed)}`);
  if (coverage.missing.length) parts.push(`gives no status for ${listIds(coverage.missing)}`);
  return {
    complete: false,
    text: `Of ${total} recommendation${total === 1 ? '' : 's'}, the response addresses ${coverage.addressed.length}: it ${parts.join(' and ')}. Section 55(5B) of the Police Act 1996 asks the comments to say, for each recommendation, what action has been or will be taken, or why none.`,
  };
}

function listIds(ids: string[]): string {
  const words = ids.map((id) => `recommendation ${id}`);
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The status legend, shown with every status table. */
export function statusLegend(): { status: StatusCell; description: string }[] {
  return STATUSES.map((s) => ({ status: toStatusCell(s.id), description: s.description }));
}

export type { Force, ComparisonEntry, ComparisonView };

export interface DataView {
  files: Link[];
  /** Where each inspection's own files are linked from: the inspections' pages by year. */
  inspectionsPage: Link;
  recordFields: { name: string; description: string }[];
  inspectionFields: { name: string; description: string }[];
  /** The site-wide table of statuses with their evidence: CSV, then JSON. */
  statusFiles: Link[];
  statusFields: { name: string; description: string }[];
  /** The JSON Schemas of the content files: force, inspection, response. */
  schemaFiles: Link[];
  timeliness: { id: string; label: string; description: string }[];
  feeds: { site: Link; note: string } | null;
  sitemap: Link | null;
  alternates: Alternate[];
}

/** The data page: every file, every field, the statuses, timeliness and the licence. */
export function toDataView(site: Site): DataView {
  const alternates = feedAlternate(site, urls.feed(), 'New and updated documents');
  return {
    files: [siteLink(site, urls.responsesCsv(), 'responses.csv'), siteLink(site, urls.responsesJson(), 'responses.json')],
    inspectionsPage: siteLink(site, urls.inspections(), 'the inspections by year'),
    recordFields: RECORD_FIELDS,
    inspectionFields: INSPECTION_RECORD_FIELDS,
    statusFiles: [siteLink(site, urls.statusesCsv(), 'statuses.csv'), siteLink(site, urls.statusesJson(), 'statuses.json')],
    statusFields: STATUS_RECORD_FIELDS,
    schemaFiles: CONTENT_SCHEMA_NAMES.map((name) => siteLink(site, urls.contentSchema(name), `${name}.json`)),
    timeliness: (Object.keys(TIMELINESS_DESCRIPTIONS) as TimelinessStatus[]).map((id) => ({ id, label: TIMELINESS_LABELS[id], description: TIMELINESS_DESCRIPTIONS[id] })),
    feeds: alternates[0]
      ? { site: { href: alternates[0].href, text: 'all.xml' }, note: `The newest ${SITE_FEED_SIZE} documents on the site; each force's and each inspection's page links to a feed of all of its documents.` }
      : null,
    sitemap: site.siteUrl ? siteLink(site, urls.sitemap(), 'sitemap.xml') : null,
    alternates,
  };
}
