/**
 * The site's own account of its reading, as pages, data files and feeds show it: the reasons
 * behind a status, and the corrections made to a document's reading since it was first
 * published (src/schemas/trust.ts describes the fields).
 */
import type { ReasonsMap, ResponseDocument } from '../content/model.ts';
import type { Correction } from '../../schemas/trust.ts';

/** The site's reasons for the status a document itself gives a recommendation; null when none. */
export function getReasons(document: { reasons: ReasonsMap }, recommendationId: string): string | null {
  return document.reasons[recommendationId] ?? null;
}

/**
 * The reasons behind the latest status: those of the last update that gives one (null if that
 * update gives none), else the document's own.
 */
export function getLatestReasons(document: Pick<ResponseDocument, 'reasons' | 'updates'>, recommendationId: string): string | null {
  const update = document.updates.findLast((u) => u.recommendations[recommendationId]);
  return update ? getReasons(update, recommendationId) : getReasons(document, recommendationId);
}

/** The newest correction of the status of a recommendation, or null when its status was never corrected. */
export function newestStatusCorrection(document: Pick<ResponseDocument, 'corrections'>, recommendationId: string): Correction | null {
  return document.corrections.findLast((c) => c.field === 'status' && c.recommendation === recommendationId) ?? null;
}

/** The newest correction's date, `YYYY-MM-DD`, or null for a document never corrected. */
export function newestCorrectionDate(document: Pick<ResponseDocument, 'corrections'>): string | null {
  return document.corrections.reduce<string | null>((newest, c) => (newest === null || c.date > newest ? c.date : newest), null);
}

const CORRECTED: Record<Correction['field'], [string, string]> = {
  status: ['The status', 'of'],
  evidence: ['The quoted evidence', 'for'],
  reasons: ['The reasons', 'for'],
  text: ['The text', 'on'],
};

/** What a correction changed, in words: "The status of recommendation 3", "The text". */
export function describeCorrected(correction: Pick<Correction, 'field' | 'recommendation'>): string {
  const [what, preposition] = CORRECTED[correction.field];
  return correction.recommendation ? `${what} ${preposition} recommendation ${correction.recommendation}` : what;
}
