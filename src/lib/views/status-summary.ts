/** A document's statuses in one line: "3 in progress, 1 complete, 1 awaiting national action". */
import type { Inspection, ResponseDocument } from '../content/model.ts';
import { getLatestStatus } from '../site/status-history.ts';
import { listTally, text, type Lang } from '../../i18n/index.ts';
import { STATUSES, type StatusId } from '../basics/statuses.ts';

/**
 * Counts the latest status of each of the inspection's recommendations in the document, the
 * commonest first (the statuses' own order among equals): "3 in progress, 1 complete";
 * "No recommendations" when the report has none.
 */
export function summarizeStatuses(document: Pick<ResponseDocument, 'recommendations' | 'updates' | 'date' | 'published'>, inspection: Pick<Inspection, 'recommendations'>, lang: Lang = 'en'): string {
  if (inspection.recommendations.length === 0) return text(lang, 'statuses.noRecommendations');
  const counts = new Map<StatusId | 'none', number>();
  for (const rec of inspection.recommendations) {
    const id = getLatestStatus(document, rec.id).status ?? 'none';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const order = [...STATUSES.map((s) => s.id), 'none' as const];
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([id, count]) => `${count} ${id === 'none' ? text(lang, 'statuses.noneGiven') : text(lang, `status.${id}`).toLowerCase()}`);
  return listTally(lang, parts);
}
