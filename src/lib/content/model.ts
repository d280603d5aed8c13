/** The loaded, validated content: what every page, data file and check works from. */
import type { Force } from '../../schemas/force.ts';
import type { InspectionData, Recommendation } from '../../schemas/inspection.ts';
import type { ResponseData, StatusUpdateData } from '../../schemas/response.ts';
import type { Section } from '../text/markdown.ts';
import type { Problem } from '../basics/problems.ts';
import type { QuoteInSentence } from '../text/quote-sentence.ts';
import type { StatusId } from '../basics/statuses.ts';

export type { Force, Recommendation };

/** The site's reasons for each status, by recommendation id; a recommendation without reasons has no key. */
export type ReasonsMap = Record<string, string>;

export interface RecommendationWithHtml extends Recommendation {
  /** The recommendation's text rendered from Markdown (it may hold a list of parts). */
  html: string;
  /** The recommendation's text as plain text (src/lib/text/markdown-text.ts), for search; `text` is its Markdown as written. */
  plainText: string;
}

export interface Inspection extends Omit<InspectionData, 'recommendations'> {
  recommendations: RecommendationWithHtml[];
  /** The file name without `.md`: the inspection's id in URLs and in responses. */
  id: string;
  /** Path of the source file, relative to the project. */
  file: string;
  /** The summary, as HTML. */
  html: string;
  /** The summary, as plain text (src/lib/text/markdown-text.ts), for search. */
  text: string;
}

/**
 * Quotations by recommendation id, in the order written; a recommendation without evidence
 * has no key.
 */
export type EvidenceMap = Record<string, string[]>;

/**
 * Each quotation of an `EvidenceMap` in its sentence(s) in the body (src/lib/text/quote-sentence.ts),
 * by recommendation id, in the same order; null for a quotation not found in the body's text.
 */
export type EvidenceSentences = Record<string, (QuoteInSentence | null)[]>;

/** A later change of status, loaded: statuses and their evidence apart (both forms give the same shape). */
export interface StatusUpdate extends Omit<StatusUpdateData, 'recommendations'> {
  /** The new status of each recommendation that changed, by recommendation id. */
  recommendations: Record<string, StatusId>;
  /** The words each new status rests on, quoted from the update's source (not checked against the body). */
  evidence: EvidenceMap;
  /** The site's reasons for each new status, where given. */
  reasons: ReasonsMap;
}

export interface ResponseDocument extends Omit<ResponseData, 'recommendations' | 'updates'> {
  /** The status the document gives each recommendation, by recommendation id (from either form). */
  recommendations: Record<string, StatusId>;
  /** The words each status rests on, found in the body, by recommendation id. */
  evidence: EvidenceMap;
  /** The site's reasons for each status, by recommendation id (from the long form). */
  reasons: ReasonsMap;
  /** The same quotations, each with the rest of the sentence(s) it starts and ends in, worked out once when loading. */
  evidenceSentences: EvidenceSentences;
  /** Later changes of status, oldest first. */
  updates: StatusUpdate[];
  /** `<force>/<inspection>` or `<force>/<inspection>--<kind>`: mirrors the content path and URL. */
  id: string;
  /** Path of the source file, relative to the project. */
  file: string;
  /**
   * A digest of the source file's text, as read: with the loader's code, it decides everything
   * loaded from the file, its HTML and text above all, so the build keys its pages by this
   * rather than by hashing those (src/astro/page-inputs.ts).
   */
  sourceDigest: string;
  /** The document's text, as HTML. */
  html: string;
  /**
   * The document's text, as plain text (src/lib/text/markdown-text.ts): blocks a blank line apart,
   * list items, table rows and hard line breaks on lines of their own. Search indexes it, and
   * the data files' section texts are cut from it.
   */
  text: string;
  /** Its sections that answer recommendations, in document order. */
  sections: Section[];
}

export interface Corpus {
  /** Forces in the order of `forces.yaml`. */
  forces: Force[];
  /** Inspections, newest first. */
  inspections: Inspection[];
  /** Documents, ordered by force and inspection. */
  responses: ResponseDocument[];
}

export interface LoadResult {
  corpus: Corpus;
  /** Every problem found, errors and warnings; the corpus holds only what passed. */
  problems: Problem[];
}
