/**
 * The quoted words a status rests on, as the pages show them: the document's own quotations
 * (checked against its body when the content is loaded), or an update's, for the latest status.
 */
import type { EvidenceMap, ResponseDocument } from '../content/model.ts';

/** What a page says where a status has no quotation behind it. */
export const NO_EVIDENCE = 'No quoted evidence';

/** How many characters of evidence a summary shows before it shortens the rest to an ellipsis. */
export const EVIDENCE_SUMMARY_LENGTH = 160;

/** What separates two quotations when they are run together in one line. */
export const QUOTE_SEPARATOR = ' … ';

type WithEvidence = Pick<ResponseDocument, 'evidence' | 'updates'>;

/**
 * The id of a document's own quotation on its page: `q-3-1` for the first quotation behind
 * recommendation 3's status, so `/responses/<force>/<id>/#q-3-1` opens the page at those words.
 */
export function quoteAnchor(recommendationId: string, index: number): string {
  return `q-${recommendationId}-${index + 1}`;
}

/** Each of the document's own quotations with its id, recommendation by recommendation. */
export function quotesWithIds(document: { evidence: EvidenceMap }): { id: string; text: string; recommendation: string; index: number }[] {
  return Object.entries(document.evidence).flatMap(([recommendation, quotes]) =>
    quotes.map((text, index) => ({ id: quoteAnchor(recommendation, index), text, recommendation, index })));
}

/** The quotations the document itself gives for a recommendation's status (empty when none). */
export function getEvidence(document: { evidence: EvidenceMap }, recommendationId: string): string[] {
  return document.evidence[recommendationId] ?? [];
}

/**
 * The quotations behind the latest status: those of the last update that gives one, else the
 * document's own. `fromUpdate` says they come from the update's own source, not the body.
 */
export function getLatestEvidence(document: WithEvidence, recommendationId: string): { quotes: string[]; fromUpdate: boolean } {
  for (let i = document.updates.length - 1; i >= 0; i--) {
    const update = document.updates[i]!;
    if (update.recommendations[recommendationId]) return { quotes: update.evidence[recommendationId] ?? [], fromUpdate: true };
  }
  return { quotes: getEvidence(document, recommendationId), fromUpdate: false };
}

/**
 * The quotations as one line for a summary: joined with " … ", cut at a word before `max`
 * characters with an ellipsis when longer. `null` when there are none.
 */
export function summarizeEvidence(quotes: readonly string[], max = EVIDENCE_SUMMARY_LENGTH): { text: string; shortened: boolean } | null {
  if (quotes.length === 0) return null;
  const full = quotes.map((q) => q.replace(/\s+/g, ' ').trim()).join(QUOTE_SEPARATOR);
  if (full.length <= max) return { text: full, shortened: false };
  const cut = full.slice(0, max);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max);
  return { text: `${atWord.replace(/[\s,;:.…]+$/u, '')}…`, shortened: true };
}
