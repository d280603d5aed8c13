/**
 * The downloadable data: one record per document, as JSON and CSV. The field list here is
 * the documented contract (see the /data/ page and docs/content-model.md).
 */
import type { ResponseDocument } from './content/model.ts';
import type { Site } from './site.ts';
import type { StatusId } from './statuses.ts';
import { urls, withBase } from './urls.ts';

export interface ResponseRecord {
  id: string;
  force: string;
  forceName: string;
  policingBody: string;
  region: string;
  inspection: string;
  inspectionTitle: string;
  inspectionPublished: string;
  kind: string;
  date: string | null;
  published: string | null;
  due: string | null;
  timeliness: string;
  timelinessBasis: string | null;
  daysLate: number | null;
  daysFromReport: number | null;
  statuses: Record<string, StatusId | null>;
  author: string | null;
  source: string | null;
  url: string;
}

/** The documented fields of a record, in column order, with their meaning. */
export const RECORD_FIELDS: { name: keyof ResponseRecord; description: string }[] = [
  { name: 'id', description: 'The document\'s id: <force>/<inspection>, or <force>/<inspection>--<kind> for a second document of another kind. It mirrors the content path and the page URL.' },
  { name: 'force', description: 'The force id, as in content/forces.yaml.' },
  { name: 'forceName', description: 'The force\'s name.' },
  { name: 'policingBody', description: 'The force\'s current local policing body.' },
  { name: 'region', description: 'The region of England, or Wales.' },
  { name: 'inspection', description: 'The inspection id.' },
  { name: 'inspectionTitle', description: 'The inspection report\'s title.' },
  { name: 'inspectionPublished', description: 'When the report was published: YYYY-MM-DD, or YYYY-MM where only the month is known.' },
  { name: 'kind', description: 'pcc-response (the policing body\'s statutory comments), force-response (the chief officer\'s) or inspectorate-letter (HMICFRS writing to the force).' },
  { name: 'date', description: 'The date on the document, YYYY-MM-DD; empty when the document carries no date.' },
  { name: 'published', description: 'When the document was published, YYYY-MM-DD, where recorded.' },
  { name: 'due', description: 'The last day of the 56-day period (the report\'s publication day is day 1); empty when only the month of the report is known.' },
  { name: 'timeliness', description: 'on-time, late, undated, unknown (only the month of the report is known) or not-applicable (the deadline applies to the policing body\'s comments only).' },
  { name: 'timelinessBasis', description: 'Which date timeliness rests on: published when recorded, else date.' },
  { name: 'daysLate', description: 'Days after the due date, for late documents.' },
  { name: 'daysFromReport', description: 'Days from the report\'s publication to the document (publication day = 0).' },
  { name: 'statuses', description: 'The status for each recommendation of the inspection, by recommendation id; null (empty in CSV) where the document gives none. In CSV: "id=status" pairs separated by "; ".' },
  { name: 'author', description: 'Who signed the document, with their title.' },
  { name: 'source', description: 'The web address of the original document, where recorded.' },
  { name: 'url', description: 'The document\'s page on this site.' },
];

/** One record per document, in the order of the site's documents. */
export function toResponseRecords(site: Site): ResponseRecord[] {
  return site.corpus.responses.map((document) => toResponseRecord(site, document));
}

function toResponseRecord(site: Site, document: ResponseDocument): ResponseRecord {
  const force = site.force(document.force);
  const inspection = site.inspection(document.inspection);
  const t = site.timeliness(document);
  const path = withBase(site.base, urls.response(document.id));
  return {
    id: document.id,
    force: force.id,
    forceName: force.name,
    policingBody: force.policingBody,
    region: force.region,
    inspection: inspection.id,
    inspectionTitle: inspection.title,
    inspectionPublished: inspection.published,
    kind: document.kind,
    date: document.date ?? null,
    published: document.published ?? null,
    due: t.due,
    timeliness: t.status,
    timelinessBasis: t.basis,
    daysLate: t.daysLate,
    daysFromReport: t.daysFromReport,
    statuses: Object.fromEntries(inspection.recommendations.map((r) => [r.id, document.recommendations[r.id] ?? null])),
    author: document.author ? [document.author.name, document.author.role].filter(Boolean).join(', ') : null,
    source: document.source ?? null,
    url: site.siteUrl ? new URL(path, site.siteUrl).href : path,
  };
}

/** Quotes a CSV field when it needs it (RFC 4180): commas, quotes and line breaks survive. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? formatStatuses(value as Record<string, string | null>) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatStatuses(statuses: Record<string, string | null>): string {
  return Object.entries(statuses).map(([id, status]) => `${id}=${status ?? ''}`).join('; ');
}

/** Records as CSV with a header row, CRLF line ends as RFC 4180 asks. */
export function toCsv<T extends object>(records: readonly T[], fields: readonly (keyof T)[]): string {
  const lines = [fields.join(','), ...records.map((r) => fields.map((f) => csvField(r[f])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
