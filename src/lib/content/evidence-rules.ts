/**
 * A document's statuses and the evidence for them, as the loader takes them from the
 * frontmatter: both forms of an entry become one shape (a status, and quotations apart),
 * and each quotation is checked against the document's body.
 */
import type { RecommendationEntry, ResponseData } from '../../schemas/response.ts';
import type { StatusId } from '../statuses.ts';
import type { EvidenceMap, ResponseDocument } from './model.ts';

/** Statuses and quotations, apart, from entries in the short or the long form. */
export function splitEntries(entries: Record<string, RecommendationEntry>): { recommendations: Record<string, StatusId>; evidence: EvidenceMap } {
  const recommendations: Record<string, StatusId> = {};
  const evidence: EvidenceMap = {};
  for (const [id, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') {
      recommendations[id] = entry;
      continue;
    }
    recommendations[id] = entry.status;
    const quotes = entry.evidence === undefined ? [] : typeof entry.evidence === 'string' ? [entry.evidence] : entry.evidence;
    if (quotes.length) evidence[id] = [...quotes];
  }
  return { recommendations, evidence };
}

/** The frontmatter as the site uses it: statuses and evidence apart, in the document and in each update. */
export type LoadedFrontmatter = Omit<ResponseDocument, 'id' | 'file' | 'html' | 'text' | 'sections'>;

/** Normalises a validated frontmatter's entries (see `splitEntries`). */
export function toLoadedFrontmatter(data: ResponseData): LoadedFrontmatter {
  return {
    ...data,
    ...splitEntries(data.recommendations),
    updates: data.updates.map((update) => ({ ...update, ...splitEntries(update.recommendations) })),
  };
}
