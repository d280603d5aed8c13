/**
 * The downloadable data: one record per document, as JSON and CSV. The field list here is
 * the documented contract (see the /data/ page and docs/content-model.md).
 */
import type { Inspection, ResponseDocument } from '../../content/model.ts';
import type { Site } from '../../site/site.ts';
import { csvColumns, DATE, DAY_OR_MONTH, STATUS, STATUS_PAIRS, type DataField } from './data-fields.ts';
import { EVIDENCE_SENTENCES_DESCRIPTION, joinEvidence, joinEvidenceSentences } from './data-statuses.ts';
import { STATUTORY_PERIOD_DAYS, TIMELINESS_BASES, TIMELINESS_STATUSES } from '../../site/deadline.ts';
import { DOCUMENT_KIND_IDS } from '../../basics/document-kinds.ts';
import { authorName } from '../../site/documents.ts';
import { REGIONS } from '../../basics/regions.ts';
import { getLatestStatus, getOriginalStatus } from '../../site/status-history.ts';
import type { StatusId } from '../../basics/statuses.ts';
import type { Correction, Redaction } from '../../../schemas/trust.ts';
import { urls, withBase } from '../../basics/urls.ts';

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
  evidence: Record<string, string[]>;
  author: string | null;
  source: string | null;
  url: string;
  latestStatuses: Record<string, StatusId | null>;
  lastUpdated: string | null;
  dayOfPeriod: number | null;
  updates: { date: string; statuses: Record<string, StatusId>; evidence: Record<string, string[]>; reasons: Record<string, string>; note: string | null }[];
  reasons: Record<string, string>;
  /** `from` is null where a quotation was added, `to` where one was removed (evidence corrections only). */
  corrections: (Omit<Correction, 'from' | 'to'> & { from: string | null; to: string | null })[];
  provenance: { from: string; changes: string[]; notes: string[] } | null;
  redactions: Redaction[];
  translationOf: string | null;
}

/**
 * The documented fields of a record, in column order, with their meaning and their values in CSV
 * (the data page, the CSV file and data/datapackage.json are made from this list). New fields go
 * last, so no column moves.
 */
export const RECORD_FIELDS: DataField<ResponseRecord>[] = [
  { name: 'id', type: 'string', required: true, description: 'The document\'s id: <force>/<inspection>, or <force>/<inspection>--<kind> for a second document of another kind. It mirrors the content path and the page URL.' },
  { name: 'force', type: 'string', required: true, description: 'The force id, as in content/forces.yaml.' },
  { name: 'forceName', type: 'string', required: true, description: 'The force\'s name.' },
  { name: 'policingBody', type: 'string', required: true, description: 'The force\'s current local policing body.' },
  { name: 'region', type: 'string', enum: REGIONS, required: true, description: 'The region of England, or Wales.' },
  { name: 'inspection', type: 'string', required: true, description: 'The inspection id.' },
  { name: 'inspectionTitle', type: 'string', required: true, description: 'The inspection report\'s title.' },
  { name: 'inspectionPublished', ...DAY_OR_MONTH, required: true, description: 'When the report was published: YYYY-MM-DD, or YYYY-MM where only the month is known.' },
  { name: 'kind', type: 'string', enum: DOCUMENT_KIND_IDS, required: true, description: 'pcc-response (the policing body\'s statutory comments), force-response (the chief officer\'s) or inspectorate-letter (HMICFRS writing to the force).' },
  { name: 'date', ...DATE, description: 'The date on the document, YYYY-MM-DD; empty when the document carries no date.' },
  { name: 'published', ...DATE, description: 'When the document was published, YYYY-MM-DD, where recorded.' },
  { name: 'due', ...DATE, description: 'The last day of the 56-day period (the report\'s publication day is day 1); empty when only the month of the report is known.' },
  { name: 'timeliness', type: 'string', enum: TIMELINESS_STATUSES, required: true, description: 'on-time, late, undated, unknown (only the month of the report is known) or not-applicable (the deadline applies to the policing body\'s comments only).' },
  { name: 'timelinessBasis', type: 'string', enum: TIMELINESS_BASES, description: 'Which date timeliness rests on: published when recorded, else date.' },
  { name: 'daysLate', type: 'integer', minimum: 1, description: 'Days after the due date, for late documents.' },
  { name: 'daysFromReport', type: 'integer', description: 'Days from the report\'s publication to the document (publication day = 0).' },
  { name: 'statuses', ...STATUS_PAIRS, description: 'The status for each recommendation of the inspection, by recommendation id; null (empty in CSV) where the document gives none. In CSV: "id=status" pairs separated by "; ".' },
  { name: 'evidence', description: 'JSON only: the document\'s words each status rests on, by recommendation id, each a list of quotations copied from its text (statuses.csv has them one row per recommendation); a recommendation with none has no key.', jsonOnly: true },
  { name: 'author', type: 'string', description: 'Who signed the document, with their title.' },
  { name: 'source', type: 'string', format: 'uri', description: 'The web address of the original document, where recorded.' },
  { name: 'url', type: 'string', format: 'page', required: true, description: 'The document\'s page on this site.' },
  { name: 'latestStatuses', ...STATUS_PAIRS, description: 'The latest status for each recommendation: from the newest update that gives one, else the document\'s own (as statuses). In CSV like statuses.' },
  { name: 'lastUpdated', ...DATE, description: 'The date of the newest status update, YYYY-MM-DD; empty when the document has not been updated.' },
  { name: 'dayOfPeriod', type: 'integer', description: `The day the document came on, counting the report's publication day as day 1, as the pages do ("day 50 of ${STATUTORY_PERIOD_DAYS}"): always daysFromReport + 1; above ${STATUTORY_PERIOD_DAYS} for a late document.` },
  { name: 'updates', description: 'JSON only: the status updates after the document, oldest first, each with date, statuses (the recommendations it changes), evidence (quotations from the update\'s source, by recommendation id, as evidence), reasons (the site\'s reasons for each new status, where given, as reasons) and note.', jsonOnly: true },
  { name: 'reasons', description: 'JSON only: the site\'s reasons for reading each status as it does ("Why this status" on the pages), by recommendation id; a recommendation with none has no key (statuses.csv has them one row per recommendation).', jsonOnly: true },
  { name: 'corrections', description: 'JSON only: changes of the site\'s reading after first publication, oldest first, each with date (YYYY-MM-DD), recommendation (absent for a correction of the text), field (status, evidence, reasons or text), from, to (from null where a quotation was added, to null where one was removed) and reason.', jsonOnly: true },
  { name: 'provenance', description: 'JSON only: where this copy came from (from), each change made in transcribing it (changes) and other facts about it (notes); null where not recorded.', jsonOnly: true },
  { name: 'redactions', description: 'JSON only: personal data taken out of the text, each with id (the marker [redacted: id] in the source file), date (YYYY-MM-DD) and reason; the text shows "[Redacted: reason]" in its place.', jsonOnly: true },
  { name: 'translationOf', type: 'string', description: 'The id of the document this one translates, where the same response is published in two languages (the pair is one response: count the records whose translationOf is empty); empty otherwise.' },
];

/** The fields the CSV file has: all but the nested ones. */
export const CSV_RECORD_FIELDS = csvColumns(RECORD_FIELDS);

/** One record per document, in the order of the site's documents. */
export function toResponseRecords(site: Site): ResponseRecord[] {
  return site.corpus.responses.map((document) => toResponseRecord(site, document));
}

/** The record of one document. */
export function toResponseRecord(site: Site, document: ResponseDocument): ResponseRecord {
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
    evidence: document.evidence,
    author: document.author ? authorName(document.author) : null,
    source: document.source ?? null,
    url: site.siteUrl ? new URL(path, site.siteUrl).href : path,
    latestStatuses: Object.fromEntries(inspection.recommendations.map((r) => [r.id, getLatestStatus(document, r.id).status ?? null])),
    lastUpdated: document.updates.at(-1)?.date ?? null,
    dayOfPeriod: t.daysFromReport === null ? null : t.daysFromReport + 1,
    updates: document.updates.map((u) => ({ date: u.date, statuses: u.recommendations, evidence: u.evidence, reasons: u.reasons, note: u.note ?? null })),
    reasons: document.reasons,
    corrections: document.corrections.map((c) => ({ ...c, from: c.from ?? null, to: c.to ?? null })),
    provenance: document.provenance ? { from: document.provenance.from, changes: document.provenance.changes ?? [], notes: document.provenance.notes ?? [] } : null,
    redactions: document.redactions,
    translationOf: document.translationOf ?? null,
  };
}

/** One row of an inspection's data file: a force in scope, a recommendation, and the force's document (if any). */
export interface InspectionRecord {
  inspection: string;
  force: string;
  forceName: string;
  region: string;
  policingBody: string;
  recommendation: string;
  recommendationTitle: string;
  document: string | null;
  kind: string | null;
  date: string | null;
  published: string | null;
  timeliness: string | null;
  originalStatus: StatusId | null;
  originalStatusDate: string | null;
  latestStatus: StatusId | null;
  latestStatusDate: string | null;
  sectionText: string | null;
  url: string | null;
  evidence: string | null;
  evidenceSentences: string | null;
}

/** The fields of an inspection's file, in column order, with their meaning and values (as RECORD_FIELDS). */
export const INSPECTION_RECORD_FIELDS: DataField<InspectionRecord>[] = [
  { name: 'inspection', type: 'string', required: true, description: 'The inspection id.' },
  { name: 'force', type: 'string', required: true, description: 'The force id, as in content/forces.yaml. Every force the report concerns has rows, with or without a document.' },
  { name: 'forceName', type: 'string', required: true, description: 'The force\'s name.' },
  { name: 'region', type: 'string', enum: REGIONS, required: true, description: 'The region of England, or Wales.' },
  { name: 'policingBody', type: 'string', required: true, description: 'The force\'s current local policing body.' },
  { name: 'recommendation', type: 'string', required: true, description: 'The recommendation id, as the report numbers it.' },
  { name: 'recommendationTitle', type: 'string', required: true, description: 'A short label for the recommendation.' },
  { name: 'document', type: 'string', description: 'The document\'s id (as in responses.json); empty when the force has no document on this site. A force with two documents (say the policing body\'s and the chief officer\'s) has a row for each, the policing body\'s first.' },
  { name: 'kind', type: 'string', enum: DOCUMENT_KIND_IDS, description: 'The document kind: pcc-response, force-response or inspectorate-letter.' },
  { name: 'date', ...DATE, description: 'The date on the document, YYYY-MM-DD; empty when undated.' },
  { name: 'published', ...DATE, description: 'When the document was published, YYYY-MM-DD, where recorded.' },
  { name: 'timeliness', type: 'string', enum: TIMELINESS_STATUSES, description: 'The document\'s timeliness, as in responses.json.' },
  { name: 'originalStatus', ...STATUS, description: 'The status the document itself gives the recommendation; empty where it gives none.' },
  { name: 'originalStatusDate', ...DATE, description: 'The date of that status: the document\'s date, else its publication date; empty when undated.' },
  { name: 'latestStatus', ...STATUS, description: 'The latest status: from the newest update that gives one, else the original status.' },
  { name: 'latestStatusDate', ...DATE, description: 'The date of the latest status.' },
  { name: 'sectionText', type: 'string', description: 'The text of the document\'s own section for the recommendation (plain text: paragraphs and sections separated by a blank line; list items, table rows and the lines of an address or signature each on a line of their own); empty when it has none.' },
  { name: 'url', type: 'string', format: 'page', description: 'The document\'s page on this site.' },
  { name: 'evidence', type: 'string', description: 'The document\'s words the original status rests on, copied from its text; several quotations joined with " … " (as in statuses.csv). Empty where the site quotes none.' },
  { name: 'evidenceSentences', type: 'string', description: EVIDENCE_SENTENCES_DESCRIPTION },
];

/** One record per force in scope, recommendation and document, in registry and report order. */
export function toInspectionRecords(site: Site, inspection: Inspection): InspectionRecord[] {
  const records: InspectionRecord[] = [];
  for (const force of site.forcesInScope(inspection)) {
    const documents: (ResponseDocument | null)[] = site.documentsFor(inspection.id, force.id);
    if (documents.length === 0) documents.push(null);
    for (const rec of inspection.recommendations) {
      for (const document of documents) {
        const original = document ? getOriginalStatus(document, rec.id) : null;
        const latest = document ? getLatestStatus(document, rec.id) : null;
        const sections = document?.sections.filter((s) => s.recommendation === rec.id) ?? [];
        const path = document ? withBase(site.base, urls.response(document.id)) : null;
        records.push({
          inspection: inspection.id,
          force: force.id,
          forceName: force.name,
          region: force.region,
          policingBody: force.policingBody,
          recommendation: rec.id,
          recommendationTitle: rec.title,
          document: document?.id ?? null,
          kind: document?.kind ?? null,
          date: document?.date ?? null,
          published: document?.published ?? null,
          timeliness: document ? site.timeliness(document).status : null,
          originalStatus: original?.status ?? null,
          originalStatusDate: original?.status ? original.asOf : null,
          latestStatus: latest?.status ?? null,
          latestStatusDate: latest?.status ? latest.asOf : null,
          sectionText: sections.length ? sections.map((s) => s.text).join('\n\n') : null,
          url: path && site.siteUrl ? new URL(path, site.siteUrl).href : path,
          evidence: document ? joinEvidence(document.evidence[rec.id]) : null,
          evidenceSentences: document ? joinEvidenceSentences(document, rec.id) : null,
        });
      }
    }
  }
  return records;
}
