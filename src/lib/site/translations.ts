/**
 * A response published in two languages (a document and its `translationOf`): one response.
 * Each document of the pair knows the other; lists show one of them, the one in the reader's
 * language; and both have the timeliness of the earlier of the two.
 */
import { earliestDay } from '../basics/days.ts';
import type { ResponseDocument } from '../content/model.ts';

/** Each document of a pair by the id of the other; documents without a translation have no key. */
export function findTwins(documents: readonly ResponseDocument[]): Map<string, ResponseDocument> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const twins = new Map<string, ResponseDocument>();
  for (const document of documents) {
    const first = document.translationOf === undefined ? undefined : byId.get(document.translationOf);
    if (!first) continue;
    twins.set(document.id, first);
    twins.set(first.id, document);
  }
  return twins;
}

/**
 * The documents a list in `lang` leaves out: of each pair, the one not in `lang` (where
 * neither is, the translation), so the pair is counted once.
 */
export function hiddenTwins(twins: ReadonlyMap<string, ResponseDocument>, lang: string): Set<string> {
  const hidden = new Set<string>();
  for (const document of twins.values()) {
    const other = twins.get(document.id)!;
    const keep = document.lang === lang ? document : other.lang === lang ? other : document.translationOf === undefined ? document : other;
    hidden.add(keep === document ? other.id : document.id);
  }
  return hidden;
}

/** The document of a pair whose date counts for timeliness: the earlier (by `published`, else `date`); an undated one counts only when both are. */
export function earlierOfPair(document: ResponseDocument, twin: ResponseDocument | undefined): ResponseDocument {
  if (!twin) return document;
  const mine = document.published ?? document.date;
  const theirs = twin.published ?? twin.date;
  if (!theirs) return document;
  if (!mine) return twin;
  return earliestDay(theirs) < earliestDay(mine) ? twin : document;
}
