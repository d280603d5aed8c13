/**
 * The site-wide tidy table of statuses: one row per document and recommendation, with the
 * words each status rests on, so a reader can compare forces and check every status. The
 * field list is the documented contract (the /data/ page).
 */
import type { EvidenceSentences, ResponseDocument } from '../../content/model.ts';
import { DATE, STATUS, type DataField } from './data-fields.ts';
import { DOCUMENT_KIND_IDS } from '../../basics/document-kinds.ts';
import { SENTENCE_CONTEXT_LIMIT, sentenceText } from '../../text/quote-sentence.ts';
import type { Site } from '../../site/site.ts';
import { getLatestStatus, getOriginalStatusDate } from '../../site/status-history.ts';
import { getReasons, newestStatusCorrection } from '../../site/reasons-and-corrections.ts';
import type { StatusId } from '../../basics/statuses.ts';
import { urls, withBase } from '../../basics/urls.ts';

/** How the quotations for one status are joined into one field. */
export const EVIDENCE_SEPARATOR = ' … ';

export interface StatusRecord {
  document: string;
  force: string;
  forceName: string;
  inspection: string;
  kind: string;
  recommendation: string;
  recommendationTitle: string;
  status: StatusId | null;
  statusDate: string | null;
  evidence: string | null;
  latestStatus: StatusId | null;
  latestStatusDate: string | null;
  latestEvidence: string | null;
  sectionUrl: string;
  reasons: string | null;
  corrected: string | null;
  evidenceSentences: string | null;
  latestEvidenceSentences: string | null;
  translationOf: string | null;
}

/** What the evidenceSentences columns hold, in statuses.csv and each inspection's file. */
export const EVIDENCE_SENTENCES_DESCRIPTION = `The sentence or sentences of the document each quotation in evidence starts and ends in, in the same order and joined the same way: the quotation with the rest of its sentences, so that what it leaves out can be read (the quoted words are not marked; a quotation that is whole sentences is itself). A context longer than ${SENTENCE_CONTEXT_LIMIT} characters either side of the quotation is cut at a word, with "…". How a sentence is found: docs/content-model.md. Empty where evidence is.`;

/** The fields of a row, in column order, with their meaning and their values in CSV (as RECORD_FIELDS in data-export.ts). */
export const STATUS_RECORD_FIELDS: DataField<StatusRecord>[] = [
  { name: 'document', type: 'string', required: true, description: 'The document\'s id, as in responses.json: <force>/<inspection>, or <force>/<inspection>--<kind>.' },
  { name: 'force', type: 'string', required: true, description: 'The force id, as in content/forces.yaml.' },
  { name: 'forceName', type: 'string', required: true, description: 'The force\'s name.' },
  { name: 'inspection', type: 'string', required: true, description: 'The inspection id.' },
  { name: 'kind', type: 'string', enum: DOCUMENT_KIND_IDS, required: true, description: 'The document kind: pcc-response, force-response or inspectorate-letter.' },
  { name: 'recommendation', type: 'string', required: true, description: 'The recommendation id, as the report numbers it. Every recommendation of the inspection has a row for each document.' },
  { name: 'recommendationTitle', type: 'string', required: true, description: 'A short label for the recommendation.' },
  { name: 'status', ...STATUS, description: 'The status the document itself gives the recommendation; empty where it gives none.' },
  { name: 'statusDate', ...DATE, description: 'The date of that status: the document\'s date, else its publication date; empty when undated.' },
  { name: 'evidence', type: 'string', description: `The document's words the status rests on, copied from its text (the build checks each is there); several quotations are joined with "${EVIDENCE_SEPARATOR.trim()}" and a space either side. Empty where the site quotes none (and always for not-addressed).` },
  { name: 'latestStatus', ...STATUS, description: 'The latest status: from the newest update that gives one, else the document\'s own.' },
  { name: 'latestStatusDate', ...DATE, description: 'The date of the latest status.' },
  { name: 'latestEvidence', type: 'string', description: 'The words the latest status rests on: from the update that gave it (quoted from the update\'s source, named in responses.json\'s updates), else as evidence. Joined like evidence.' },
  { name: 'sectionUrl', type: 'string', format: 'page', required: true, description: 'The address of the document\'s section on the recommendation, on this site; the document\'s page where it has no section of its own.' },
  { name: 'reasons', type: 'string', description: 'The site\'s reasons for reading the document\'s own status (status) this way, as "Why this status" on the pages; empty where it gives none.' },
  { name: 'corrected', ...DATE, description: 'The date of the newest correction of this status since the site first published it (the correction is in responses.json\'s corrections and on the document\'s page); empty where the status was never corrected.' },
  { name: 'evidenceSentences', type: 'string', description: EVIDENCE_SENTENCES_DESCRIPTION },
  { name: 'latestEvidenceSentences', type: 'string', description: 'As evidenceSentences, for the quotations of latestEvidence; empty where the latest status rests on an update\'s quotations, whose source the site does not hold (latestEvidence has them as quoted).' },
  { name: 'translationOf', type: 'string', description: 'The id of the document this one translates, as in responses.json, where the same response is published in two languages (count the rows whose translationOf is empty); empty otherwise.' },
];

/** The quotations of one status as one field, or null when there are none. */
export function joinEvidence(quotes: readonly string[] | undefined): string | null {
  return quotes?.length ? quotes.join(EVIDENCE_SEPARATOR) : null;
}

/** The document's quotations for a recommendation, each as its whole sentence(s), as one field (see `joinEvidence`); null when none. */
export function joinEvidenceSentences(document: { evidence: ResponseDocument['evidence']; evidenceSentences: EvidenceSentences }, recommendationId: string): string | null {
  const found = document.evidenceSentences[recommendationId] ?? [];
  return joinEvidence(document.evidence[recommendationId]?.map((quote, i) => (found[i] ? sentenceText(found[i]) : quote)));
}

/** One row per document and recommendation of its inspection, in the order of the site's documents and the report. */
export function toStatusRecords(site: Site): StatusRecord[] {
  return site.corpus.responses.flatMap((document) => toDocumentRows(site, document));
}

/** The rows of one document: one per recommendation of its inspection, in the report's order. */
export function toDocumentRows(site: Site, document: ResponseDocument): StatusRecord[] {
  const force = site.force(document.force);
  const inspection = site.inspection(document.inspection);
  const page = withBase(site.base, urls.response(document.id));
  return inspection.recommendations.map((rec) => {
    const status = document.recommendations[rec.id] ?? null;
    const latest = getLatestStatus(document, rec.id);
    const update = latest.updated ? document.updates.findLast((u) => u.recommendations[rec.id]) : undefined;
    const section = document.sections.find((s) => s.recommendation === rec.id);
    const path = section ? `${page}#${section.anchor}` : page;
    return {
      document: document.id,
      force: force.id,
      forceName: force.name,
      inspection: inspection.id,
      kind: document.kind,
      recommendation: rec.id,
      recommendationTitle: rec.title,
      status,
      statusDate: status ? getOriginalStatusDate(document) : null,
      evidence: joinEvidence(document.evidence[rec.id]),
      latestStatus: latest.status ?? null,
      latestStatusDate: latest.status ? latest.asOf : null,
      latestEvidence: joinEvidence(update ? update.evidence[rec.id] : document.evidence[rec.id]),
      sectionUrl: site.siteUrl ? new URL(path, site.siteUrl).href : path,
      reasons: getReasons(document, rec.id),
      corrected: newestStatusCorrection(document, rec.id)?.date ?? null,
      evidenceSentences: joinEvidenceSentences(document, rec.id),
      latestEvidenceSentences: update ? null : joinEvidenceSentences(document, rec.id),
      translationOf: document.translationOf ?? null,
    };
  });
}
