/**
 * A document's statuses over time: the statuses it gave when published, then each later
 * update. The document's own statuses are never overwritten; the latest status is worked out.
 */
import type { ResponseDocument } from '../content/model.ts';
import type { StatusId } from '../basics/statuses.ts';

export interface DatedStatus {
  status: StatusId | undefined;
  /** The day the status was given, `YYYY-MM-DD`; null for an undated document's own status. */
  asOf: string | null;
  /** Whether it comes from an update rather than the document itself. */
  updated: boolean;
}

type Dated = Pick<ResponseDocument, 'recommendations' | 'updates' | 'date' | 'published'>;

/** The day a document's own statuses were given: its date, else when it was published. */
export function getOriginalStatusDate(document: Pick<ResponseDocument, 'date' | 'published'>): string | null {
  return document.date ?? document.published ?? null;
}

/** The status the document itself gives a recommendation, with its date. */
export function getOriginalStatus(document: Dated, recommendationId: string): DatedStatus {
  return { status: document.recommendations[recommendationId], asOf: getOriginalStatusDate(document), updated: false };
}

/** The newest status for a recommendation: from the last update that mentions it, else the document's own. */
export function getLatestStatus(document: Dated, recommendationId: string): DatedStatus {
  for (let i = document.updates.length - 1; i >= 0; i--) {
    const update = document.updates[i]!;
    const status = update.recommendations[recommendationId];
    if (status) return { status, asOf: update.date, updated: true };
  }
  return getOriginalStatus(document, recommendationId);
}

/** The day of the last change to any status: the newest update, else the document's own date. */
export function getLastStatusDate(document: Dated): string | null {
  return document.updates.at(-1)?.date ?? getOriginalStatusDate(document);
}

export interface HistoryStep {
  /** `YYYY-MM-DD`, or null for an undated document's own statuses. */
  date: string | null;
  /** `document` for the statuses the document gave, `update` for a later change. */
  source: 'document' | 'update';
  note: string | null;
  /** The statuses given at this step, in the inspection's recommendation order. */
  changes: { recommendation: string; from: StatusId | undefined; to: StatusId }[];
}

/** Every step of a document's status history, oldest first, saying what each step changed. */
export function getStatusHistory(document: Dated, recommendationIds: readonly string[]): HistoryStep[] {
  const current = new Map<string, StatusId | undefined>(recommendationIds.map((id) => [id, document.recommendations[id]]));
  const steps: HistoryStep[] = [{
    date: getOriginalStatusDate(document),
    source: 'document',
    note: null,
    changes: recommendationIds.flatMap((id) => {
      const to = document.recommendations[id];
      return to ? [{ recommendation: id, from: undefined, to }] : [];
    }),
  }];
  for (const update of document.updates) {
    const changes = recommendationIds.flatMap((id) => {
      const to = update.recommendations[id];
      if (!to) return [];
      const from = current.get(id);
      current.set(id, to);
      return [{ recommendation: id, from, to }];
    });
    steps.push({ date: update.date, source: 'update', note: update.note ?? null, changes });
  }
  return steps;
}
