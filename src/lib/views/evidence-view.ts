/**
 * The quoted words a status rests on, as the pages show them: the document's own quotations
 * (checked against its body when the content is loaded), each in its sentence, or an
 * update's, for the latest status.
 */
import { en } from '../../i18n/en.ts';
import { text, type Lang } from '../../i18n/index.ts';
import type { EvidenceMap, EvidenceSentences, ResponseDocument } from '../content/model.ts';
import type { QuoteInSentence } from '../text/quote-sentence.ts';
import { quoteHash } from '../text/quote-id.ts';

/** What separates two quotations when they are run together in one line. */
export const QUOTE_SEPARATOR = ' … ';

/**
 * A quotation as a page shows it: `quoted` with the rest of its sentence either side, to be
 * marked when `before` or `after` is not empty (src/components/QuoteInSentence.astro); an
 * update's quotation, whose source the site does not hold, has both empty.
 */
export type QuoteView = QuoteInSentence;

/** What a page says once, above its quotations, where some are shown in their sentence. */
export const IN_SENTENCE_NOTE = en['evidence.inSentenceNote'];

/** `IN_SENTENCE_NOTE` (in the page's language) where any of `quotes` is shown with words around it; null where none is. */
export function describeMarks(quotes: readonly QuoteView[], lang: Lang = 'en'): string | null {
  return quotes.some((quote) => quote.before || quote.after) ? text(lang, 'evidence.inSentenceNote') : null;
}

type WithEvidence = Pick<ResponseDocument, 'evidence' | 'evidenceSentences' | 'updates'>;

/**
 * The ids of a document's own quotations for a recommendation on its page, in the order of
 * `quotes`: `q-3-1a2b3c` for recommendation 3's quotation whose normalised words hash to
 * `1a2b3c` (quoteHash), so `/responses/<force>/<id>/#q-3-1a2b3c` opens the page at those
 * words. The id comes from the words, not their place: the same words keep it in every build,
 * and corrected words get a new one, so an old link stops matching rather than opening at other
 * words. A second quotation with the same words (or hash) gets `-2`, a third `-3`.
 */
export function quoteAnchors(recommendationId: string, quotes: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return quotes.map((quote) => {
    const id = `q-${recommendationId}-${quoteHash(quote)}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/** The ids of the document's own quotations for a recommendation (quoteAnchors). */
export function evidenceAnchors(document: { evidence: EvidenceMap }, recommendationId: string): string[] {
  return quoteAnchors(recommendationId, getEvidence(document, recommendationId));
}

/** Each of the document's own quotations with its id, recommendation by recommendation. */
export function quotesWithIds(document: { evidence: EvidenceMap }): { id: string; text: string; recommendation: string; index: number }[] {
  return Object.entries(document.evidence).flatMap(([recommendation, quotes]) => {
    const ids = quoteAnchors(recommendation, quotes);
    return quotes.map((text, index) => ({ id: ids[index]!, text, recommendation, index }));
  });
}

/** The quotations the document itself gives for a recommendation's status (empty when none). */
export function getEvidence(document: { evidence: EvidenceMap }, recommendationId: string): string[] {
  return document.evidence[recommendationId] ?? [];
}

/**
 * The document's own quotations for a recommendation, each in its sentence (worked out when
 * the content was loaded); one the loader did not find stands alone.
 */
export function getEvidenceInSentences(document: { evidence: EvidenceMap; evidenceSentences: EvidenceSentences }, recommendationId: string): QuoteView[] {
  const found = document.evidenceSentences[recommendationId] ?? [];
  return getEvidence(document, recommendationId).map((quote, i) => found[i] ?? alone(quote));
}

/** An update's quotations: the site does not hold the update's source, so each stands alone. */
export function quotesAlone(quotes: readonly string[]): QuoteView[] {
  return quotes.map(alone);
}

function alone(quote: string): QuoteView {
  return { before: '', quoted: quote.replace(/\s+/g, ' ').trim(), after: '' };
}

/**
 * The quotations behind the latest status: those of the last update that gives one, else the
 * document's own. `fromUpdate` says they come from the update's own source, not the body;
 * `inSentences` are the same quotations as the pages show them.
 */
export function getLatestEvidence(document: WithEvidence, recommendationId: string): { quotes: string[]; inSentences: QuoteView[]; fromUpdate: boolean } {
  for (let i = document.updates.length - 1; i >= 0; i--) {
    const update = document.updates[i]!;
    if (update.recommendations[recommendationId]) {
      const quotes = update.evidence[recommendationId] ?? [];
      return { quotes, inSentences: quotesAlone(quotes), fromUpdate: true };
    }
  }
  return { quotes: getEvidence(document, recommendationId), inSentences: getEvidenceInSentences(document, recommendationId), fromUpdate: false };
}
