/**
 * The inspection's matrix: forces down the side, recommendations across, each cell the
 * latest status as colour and words. The same table is built in three orders (region, as
 * forces.yaml lists them; force name; timeliness), each a page of its own, so it can be
 * re-ordered without JavaScript. The inspection page lists each force's documents with
 * their links and dates; the matrix pages carry the statuses, and only the words and one
 * colour class in each cell, so that 43 forces × 14 recommendations stay a small page.
 */
import type { Force, Inspection, ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { text, type Lang } from '../../i18n/index.ts';
import type { TimelinessStatus } from '../site/deadline.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { REGIONS } from '../basics/regions.ts';
import type { Site } from '../site/site.ts';
import { getLatestStatus } from '../site/status-history.ts';
import { relativeUrl, urls } from '../basics/urls.ts';
import { getLatestEvidence } from './evidence-view.ts';
import { inspectionFeedLinks, regionName, siteLink, toDocumentSummary, toStatusCell, type Alternate, type DocumentSummary, type Link, type StatusCell } from './format.ts';

/** The orders the matrix can be read in; the first is the inspection page's own. */
export const MATRIX_ORDERS = [
  { id: 'region', label: 'region' },
  { id: 'name', label: 'force name' },
  { id: 'timeliness', label: 'timeliness' },
] as const;

export type MatrixOrder = (typeof MATRIX_ORDERS)[number]['id'];

/** The id of the matrix table on its pages, for links straight to it. */
export const MATRIX_ID = 'responses';

export interface MatrixCell extends StatusCell {
  /** "since 3 March 2020" when a later update gave this status; null for the document's own. */
  updated: string | null;
  /**
   * The force's section on the recommendation's comparison page, where the quoted words behind
   * the status are shown (relative to the matrix page); null when the status has none, and the
   * cell then says "No quoted evidence" in its title.
   */
  evidence: string | null;
}

/** A force's document (or its absence) as a row of the inspection page's table of documents. */
export interface ForceDocumentRow {
  /** The force's name (not linked: a link in each row would cost more bytes than it earns). */
  force: string;
  region: string;
  /** Null when the force has no document on the site for this inspection. */
  document: DocumentSummary | null;
  /** Whether this row starts a new force (rows for a force's further documents follow it). */
  firstForForce: boolean;
  /** How many rows the force's cells span; undefined for one, so no `rowspan="1"` is written. */
  rowsForForce: number | undefined;
}

export interface MatrixRow extends ForceDocumentRow {
  /** Empty when the force has no document. */
  statuses: MatrixCell[];
}

export interface MatrixView {
  caption: string;
  order: MatrixOrder;
  /** Links to the same table in each order; the current one is marked. */
  orders: (Link & { current: boolean })[];
  /** Each recommendation's column: its comparison page, linked relative to the matrix page. */
  recommendations: { id: string; title: string; comparison: Link }[];
  rows: MatrixRow[];
}

/** The path of the page showing an inspection's matrix in `order`, at the table. */
export function matrixPath(inspectionId: string, order: MatrixOrder): string {
  return `${urls.inspectionOrdered(inspectionId, order)}#${MATRIX_ID}`;
}

/** Where a force's statutory timeliness puts it when sorting by timeliness; lower comes first. */
const TIMELINESS_RANK: Record<TimelinessStatus | 'none' | 'other-kinds', number> = {
  'on-time': 0,
  late: 1,
  undated: 2,
  unknown: 3,
  'not-applicable': 4,
  'other-kinds': 4,
  none: 5,
};

interface ForceEntry {
  force: Force;
  documents: ResponseDocument[];
  rank: number;
  /** Days from the report, for ordering within on time and late. */
  days: number;
}

/**
 * Sorts forces (given in registry order): by region, keeping the registry's order within a
 * region (forces.yaml is the order the site lists forces in); by name; or by timeliness (on
 * time soonest first, then late, undated, none), by name within each.
 */
export function sortForces<T extends { force: Force; rank: number; days: number }>(entries: readonly T[], order: MatrixOrder): T[] {
  const byName = (a: T, b: T) => a.force.name.localeCompare(b.force.name, 'en-GB');
  const compare: Record<MatrixOrder, (a: T, b: T) => number> = {
    region: (a, b) => REGIONS.indexOf(a.force.region) - REGIONS.indexOf(b.force.region),
    name: byName,
    timeliness: (a, b) => a.rank - b.rank || a.days - b.days || byName(a, b),
  };
  return [...entries].sort(compare[order]);
}

/** Each force in scope in the given order, one row per document (or one saying there is none). */
export function toForceDocumentRows(site: Site, inspection: Inspection, order: MatrixOrder, lang: Lang = 'en'): (ForceDocumentRow & { source: ResponseDocument | null })[] {
  const entries: ForceEntry[] = site.forcesInScope(inspection).map((force) => {
    const documents = site.documentsFor(inspection.id, force.id);
    const statutory = documents.find((d) => isStatutoryKind(d.kind));
    const t = statutory ? site.timeliness(statutory) : null;
    const rank = t ? TIMELINESS_RANK[t.status] : TIMELINESS_RANK[documents.length ? 'other-kinds' : 'none'];
    return { force, documents, rank, days: t?.daysFromReport ?? 0 };
  });
  const rows: (ForceDocumentRow & { source: ResponseDocument | null })[] = [];
  for (const { force, documents } of sortForces(entries, order)) {
    const base = { force: force.name, region: regionName(lang, force.region) };
    if (documents.length === 0) {
      rows.push({ ...base, document: null, source: null, firstForForce: true, rowsForForce: undefined });
      continue;
    }
    documents.forEach((document, index) => {
      rows.push({
        ...base,
        document: toDocumentSummary(site, document, text(lang, `kind.${document.kind}`), lang),
        source: document,
        firstForForce: index === 0,
        rowsForForce: documents.length > 1 ? documents.length : undefined,
      });
    });
  }
  return rows;
}

/** The matrix of an inspection in the given order. */
export function toMatrixView(site: Site, inspection: Inspection, order: MatrixOrder, lang: Lang = 'en'): MatrixView {
  const rows: MatrixRow[] = toForceDocumentRows(site, inspection, order, lang).map(({ source, ...row }) => ({
    ...row,
    statuses: source ? inspection.recommendations.map((rec) => toMatrixCell(source, rec.id, relativeUrl(urls.inspectionOrdered(inspection.id, order), urls.comparison(inspection.id, rec.id)), lang)) : [],
  }));
  const forces = site.forcesInScope(inspection).length;
  return {
    caption: text(lang, 'matrix.caption', { forces, order: text(lang, `matrix.order.${order}`) }),
    order,
    orders: MATRIX_ORDERS.map((o) => ({ ...siteLink(site, matrixPath(inspection.id, o.id), text(lang, 'matrix.by', { order: text(lang, `matrix.order.${o.id}`) })), current: o.id === order })),
    recommendations: inspection.recommendations.map((rec) => ({
      id: rec.id,
      title: rec.title,
      comparison: {
        href: relativeUrl(urls.inspectionOrdered(inspection.id, order), urls.comparison(inspection.id, rec.id)),
        text: text(lang, 'matrix.rec', { id: rec.id }),
      },
    })),
    rows,
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
export function toOrderedMatrixView(site: Site, inspectionId: string, order: MatrixOrder, lang: Lang = 'en'): OrderedMatrixView {
  const inspection = site.inspection(inspectionId);
  const heading = text(lang, 'matrix.heading', { order: text(lang, `matrix.order.${order}`) });
  return {
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    title: text(lang, 'matrix.title', { heading, inspection: inspection.title }),
    heading,
    matrix: toMatrixView(site, inspection, order, lang),
    alternates: inspectionFeedLinks(site, inspection, lang).alternates,
  };
}

function toMatrixCell(document: ResponseDocument, recommendationId: string, comparison: string, lang: Lang): MatrixCell {
  const latest = getLatestStatus(document, recommendationId);
  return {
    ...toStatusCell(latest.status, lang),
    updated: latest.updated ? text(lang, 'matrix.since', { date: formatDateIn(lang, latest.asOf!) }) : null,
    evidence: getLatestEvidence(document, recommendationId).quotes.length ? `${comparison}#force-${document.force}` : null,
  };
}
