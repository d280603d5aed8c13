/**
 * The parts of several pages that account for the site's reading: "About this copy" (a
 * document's or an inspection's provenance), a document's "Corrections", and the "Corrected
 * <date>" mark beside a status whose reading changed since it was first published.
 */
import type { ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { text, type Lang } from '../../i18n/index.ts';
import type { Site } from '../site/site.ts';
import { isStatus } from '../basics/statuses.ts';
import { newestStatusCorrection } from '../site/reasons-and-corrections.ts';
import { urls } from '../basics/urls.ts';
import type { Correction, Provenance, Redaction } from '../../schemas/trust.ts';
import { siteLink, toStatusCell, type Link, type StatusCell } from './format.ts';

/** The id of a document page's "Corrections" section, which the comparison pages link to. */
export const CORRECTIONS_ANCHOR = 'corrections';

export interface ProvenanceView {
  /** Where the copy was taken from. */
  from: string;
  /** Each change made in transcribing, with its reason. */
  changes: string[];
  /** Other facts about the copy. */
  notes: string[];
  /** Each piece of personal data taken out of the text: when, and what it was (its reason). */
  redactions: { date: string; datetime: string; reason: string }[];
}

/** "About this copy", with the document's redactions, or null when the file says nothing of where it came from. */
export function toProvenanceView(provenance: Provenance | undefined, redactions: readonly Redaction[] = [], lang: Lang = 'en'): ProvenanceView | null {
  if (!provenance) return null;
  return {
    from: provenance.from,
    changes: provenance.changes ?? [],
    notes: provenance.notes ?? [],
    redactions: redactions.map((r) => ({ date: formatDateIn(lang, r.date), datetime: r.date, reason: r.reason })),
  };
}

/** One end of a correction: a status as a tag, or words. */
export type CorrectionEnd = { status: StatusCell; text?: never } | { text: string; status?: never };

export interface CorrectionView {
  date: string;
  /** The day, `YYYY-MM-DD`, for a `<time>` element. */
  datetime: string;
  /** What changed: "The status of recommendation 3", "The text". */
  what: string;
  /** What it was and what it is now, each with its label: "Was" and "Changed to", or one of "Quotation removed" and "Quotation added" alone. */
  ends: { label: string; end: CorrectionEnd }[];
  reason: string;
}

/** A document's corrections as its page lists them, oldest first. */
export function toCorrectionViews(corrections: readonly Correction[], lang: Lang = 'en'): CorrectionView[] {
  return corrections.map((c) => ({
    date: formatDateIn(lang, c.date),
    datetime: c.date,
    what: c.recommendation
      ? text(lang, `corrections.whatOf.${c.field}`, { id: c.recommendation })
      : text(lang, `corrections.what.${c.field}`),
    ends: correctionEnds(c, lang),
    reason: c.reason,
  }));
}

/** A substitution's two ends, "Was" and "Changed to"; a quotation only removed or only added, alone. */
function correctionEnds(c: Correction, lang: Lang): { label: string; end: CorrectionEnd }[] {
  if (c.to === undefined) return [{ label: text(lang, 'corrections.removed'), end: toEnd(c.field, c.from!, lang) }];
  if (c.from === undefined) return [{ label: text(lang, 'corrections.added'), end: toEnd(c.field, c.to, lang) }];
  return [{ label: text(lang, 'corrections.was'), end: toEnd(c.field, c.from, lang) }, { label: text(lang, 'corrections.changedTo'), end: toEnd(c.field, c.to, lang) }];
}

function toEnd(field: Correction['field'], value: string, lang: Lang): CorrectionEnd {
  return field === 'status' && isStatus(value) ? { status: toStatusCell(value, lang) } : { text: value };
}

/**
 * "Corrected 6 December 2026", linking to the corrections on the document's page (`inPage`: on
 * that page itself), for a status whose reading was corrected; null otherwise.
 */
export function correctedMark(site: Site, document: Pick<ResponseDocument, 'id' | 'corrections'>, recommendationId: string, inPage = false, lang: Lang = 'en'): Link | null {
  const correction = newestStatusCorrection(document, recommendationId);
  if (!correction) return null;
  const words = text(lang, 'corrections.corrected', { date: formatDateIn(lang, correction.date) });
  return inPage ? { href: `#${CORRECTIONS_ANCHOR}`, text: words } : siteLink(site, `${urls.response(document.id)}#${CORRECTIONS_ANCHOR}`, words);
}
