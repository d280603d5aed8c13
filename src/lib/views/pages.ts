/**
 * One view model per page: everything a page shows, worked out here so that the
 * `.astro` files only render. Each function takes the site and the page's ids.
 */
import type { Force, Inspection, RecommendationWithHtml, ResponseDocument } from '../content/model.ts';
import { formatDate, yearOf } from '../dates.ts';
import { STATUTORY_PERIOD_DAYS, TIMELINESS_LABELS, type TimelinessStatus } from '../deadline.ts';
import { documentKindLabel, isStatutoryKind } from '../document-kinds.ts';
import { REGIONS } from '../regions.ts';
import { byDocumentDateDesc, getCoverage, getInspectionDueDate, getStatus, type Site } from '../site.ts';
import { STATUSES, statusLabel, type StatusId } from '../statuses.ts';
import { urls } from '../urls.ts';
import {
  documentDate, documentTitle, siteLink, toDocumentSummary, toStatusCell, toTimelinessCell,
  type DocumentSummary, type Link, type StatusCell, type TimelinessCell,
} from './common.ts';
import { toComparisonSearchRecord, toInspectionSearchRecord, toResponseSearchRecord, type SearchRecord } from './search.ts';

export interface HomeView {
  counts: { forces: number; inspections: number; documents: number; forcesWithDocuments: number };
  latest: (DocumentSummary & { force: string })[];
  inspections: InspectionListItem[];
}

export interface InspectionListItem {
  link: Link;
  published: string;
  kind: string;
  recommendations: number;
  /** Forces in scope with at least one document on the site. */
  forcesWithDocuments: number;
  forcesInScope: number;
}

/** The home page: what the site holds, newest documents first. */
export function toHomeView(site: Site, latestCount = 10): HomeView {
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
    inspections: toInspectionList(site),
  };
}

/** Every inspection, newest first, with how many forces in scope have a document. */
export function toInspectionList(site: Site): InspectionListItem[] {
  return site.corpus.inspections.map((inspection) => {
    const inScope = site.forcesInScope(inspection);
    const withDocuments = new Set(site.documentsOfInspection(inspection.id).map((r) => r.force));
    return {
      link: siteLink(site, urls.inspection(inspection.id), inspection.title),
      published: formatDate(inspection.published),
      kind: humanize(inspection.kind),
      recommendations: inspection.recommendations.length,
      forcesWithDocuments: inScope.filter((f) => withDocuments.has(f.id)).length,
      forcesInScope: inScope.length,
    };
  });
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

export interface InspectionRow {
  force: Link;
  region: string;
  /** Null when the force has no document on the site for this inspection. */
  document: DocumentSummary | null;
  statuses: StatusCell[];
  /** Whether this row starts a new force (rows for a force's further documents follow it). */
  firstForForce: boolean;
  rowsForForce: number;
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
  rows: InspectionRow[];
  summary: { inScope: number; withDocuments: number; onTime: number; late: number; undated: number };
  search: SearchRecord;
}

/** The inspection page: the report, its recommendations and every force's documents. */
export function toInspectionView(site: Site, inspectionId: string): InspectionView {
  const inspection = site.inspection(inspectionId);
  const due = getInspectionDueDate(inspection);
  const rows: InspectionRow[] = [];
  const counts = { withDocuments: 0, onTime: 0, late: 0, undated: 0 };
  for (const force of site.forcesInScope(inspection)) {
    const documents = site.documentsFor(inspection.id, force.id);
    const base = { force: siteLink(site, urls.force(force.id), force.name), region: force.region };
    if (documents.length === 0) {
      rows.push({ ...base, document: null, statuses: [], firstForForce: true, rowsForForce: 1 });
      continue;
    }
    counts.withDocuments++;
    const statutory = documents.find((d) => isStatutoryKind(d.kind));
    const t = statutory ? site.timeliness(statutory).status : null;
    if (t === 'on-time') counts.onTime++;
    if (t === 'late') counts.late++;
    if (t === 'undated') counts.undated++;
    documents.forEach((document, index) => {
      rows.push({
        ...base,
        document: toDocumentSummary(site, document, documentKindLabel(document.kind)),
        statuses: inspection.recommendations.map((rec) => toStatusCell(getStatus(document, rec.id))),
        firstForForce: index === 0,
        rowsForForce: documents.length,
      });
    });
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
    rows,
    summary: { inScope: site.forcesInScope(inspection).length, ...counts },
    search: toInspectionSearchRecord(inspection),
  };
}

export interface ComparisonEntry {
  /** The id of the force's part of the page, for links to it. */
  anchor: string;
  force: Link;
  region: string;
  policingBody: string;
  /** Empty when the force has no document on the site for this inspection. */
  documents: {
    link: Link;
    kind: string;
    date: string;
    status: StatusCell;
    /** The document's own section for this recommendation, as HTML; null when it has none. */
    sectionHtml: string | null;
    sectionLink: Link | null;
    /** What to say when there is no section. */
    note: string;
  }[];
}

export interface ComparisonView {
  inspection: Link;
  inspectionTitle: string;
  recommendation: RecommendationItem;
  publishedAndDue: { published: string; due: string | null };
  counts: { status: StatusCell; count: number }[];
  noDocument: number;
  entries: ComparisonEntry[];
  previous: Link | null;
  next: Link | null;
  search: SearchRecord;
}

/**
 * The cross-force comparison of one recommendation. Counts use each force's main document
 * (the policing body's response where there is one), so every force counts once.
 */
export function toComparisonView(site: Site, inspectionId: string, recommendationId: string): ComparisonView {
  const inspection = site.inspection(inspectionId);
  const index = inspection.recommendations.findIndex((r) => r.id === recommendationId);
  const rec = inspection.recommendations[index]!;
  const tally = new Map<StatusId | 'none', number>();
  let noDocument = 0;
  const entries = site.forcesInScope(inspection).map((force): ComparisonEntry => {
    const documents = site.documentsFor(inspection.id, force.id);
    if (documents.length === 0) noDocument++;
    else {
      const main = toStatusCell(getStatus(documents[0]!, rec.id)).id;
      tally.set(main, (tally.get(main) ?? 0) + 1);
    }
    return {
      anchor: `force-${force.id}`,
      force: siteLink(site, urls.force(force.id), force.name),
      region: force.region,
      policingBody: force.policingBody,
      documents: documents.map((document) => toComparisonDocument(site, document, rec.id)),
    };
  });
  const neighbour = (i: number) => {
    const r = inspection.recommendations[i];
    return r ? siteLink(site, urls.comparison(inspection.id, r.id), `Recommendation ${r.id}: ${r.title}`) : null;
  };
  return {
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    inspectionTitle: inspection.title,
    recommendation: toRecommendationItem(site, inspection, rec),
    publishedAndDue: {
      published: formatDate(inspection.published),
      due: getInspectionDueDate(inspection) ? formatDate(getInspectionDueDate(inspection)!) : null,
    },
    counts: [...STATUSES.map((s) => s.id), 'none' as const].map((id) => ({
      status: toStatusCell(id === 'none' ? undefined : id),
      count: tally.get(id) ?? 0,
    })),
    noDocument,
    entries,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    search: toComparisonSearchRecord(inspection, rec),
  };
}

function toComparisonDocument(site: Site, document: ResponseDocument, recommendationId: string) {
  const status = getStatus(document, recommendationId);
  const sections = document.sections.filter((s) => s.recommendation === recommendationId);
  const link = siteLink(site, urls.response(document.id), documentTitle(site, document));
  return {
    link,
    kind: documentKindLabel(document.kind),
    date: documentDate(document),
    status: toStatusCell(status),
    sectionHtml: sections.length ? sections.map((s) => s.html).join('\n') : null,
    sectionLink: sections.length ? { href: `${link.href}#${sections[0]!.anchor}`, text: 'Read this section in the full document' } : null,
    note:
      status === 'not-addressed'
        ? 'The document does not deal with this recommendation.'
        : 'The document has no section of its own for this recommendation; read the full document for its comments.',
  };
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

export interface ForceView {
  name: string;
  policingBody: string;
  region: string;
  documents: (DocumentSummary & { inspection: Link; inspectionPublished: string })[];
  /** Inspections that concern the force but have no document from it on the site. */
  missing: Link[];
  record: Record<TimelinessStatus, number>;
}

/** A force's page: its policing body and all its documents with timeliness. */
export function toForceView(site: Site, forceId: string): ForceView {
  const force = site.force(forceId);
  const documents = site.documentsOfForce(force.id);
  const record = Object.fromEntries(Object.keys(TIMELINESS_LABELS).map((k) => [k, 0])) as Record<TimelinessStatus, number>;
  for (const d of documents) record[site.timeliness(d).status]++;
  const covered = new Set(documents.map((d) => d.inspection));
  return {
    name: force.name,
    policingBody: force.policingBody,
    region: force.region,
    documents: documents.map((d) => {
      const inspection = site.inspection(d.inspection);
      return {
        ...toDocumentSummary(site, d, documentKindLabel(d.kind)),
        inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
        inspectionPublished: formatDate(inspection.published),
      };
    }),
    missing: site.corpus.inspections
      .filter((i) => !covered.has(i.id) && site.forcesInScope(i).some((f) => f.id === force.id))
      .map((i) => siteLink(site, urls.inspection(i.id), i.title)),
    record,
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
  recommendations: { id: string; title: string; comparison: Link; status: StatusCell; section: Link | null }[];
  coverage: { complete: boolean; text: string } | null;
  html: string;
  year: number | null;
  search: SearchRecord;
}

/** A document's page: its metadata, statuses, timeliness, coverage and full text. */
export function toResponseView(site: Site, responseId: string): ResponseView {
  const document = site.corpus.responses.find((r) => r.id === responseId)!;
  const inspection = site.inspection(document.inspection);
  const force = site.force(document.force);
  const due = getInspectionDueDate(inspection);
  const statutory = isStatutoryKind(document.kind);
  return {
    title: documentTitle(site, document),
    file: document.file,
    lang: document.lang,
    chromeLang: document.lang === 'en' ? undefined : 'en',
    force: siteLink(site, urls.force(force.id), force.name),
    policingBody: force.policingBody,
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    kind: documentKindLabel(document.kind),
    date: document.date ? formatDate(document.date) : 'Undated: the document carries no date',
    published: document.published ? formatDate(document.published) : null,
    author: document.author ? [document.author.name, document.author.role].filter(Boolean).join(', ') : null,
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
        section: section ? { href: `#${section.anchor}`, text: `Go to its section` } : null,
      };
    }),
    coverage: statutory ? describeCoverage(document, inspection) : null,
    html: document.html,
    year: document.date ? yearOf(document.date) : null,
    search: toResponseSearchRecord(site, document),
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
  return STATUSES.map((s) => ({ status: { id: s.id, label: statusLabel(s.id) }, description: s.description }));
}

export type { Force };
