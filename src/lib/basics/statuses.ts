/**
 * The statuses a document can give a recommendation. This list is the one source: schemas,
 * pages, data files and tests all import it.
 */

export const STATUSES = [
  {
    id: 'complete',
    label: 'Complete',
    description: 'The action has been taken.',
  },
  {
    id: 'in-progress',
    label: 'In progress',
    description: 'Work has started and is not finished.',
  },
  {
    id: 'planned',
    label: 'Planned',
    description: 'Action is planned but has not started.',
  },
  {
    id: 'awaiting-national',
    label: 'Awaiting national action',
    description: 'The recommendation waits on, or is for, national bodies.',
  },
  {
    id: 'no-action',
    label: 'No action',
    description: 'No action will be taken; the document gives the reason.',
  },
  {
    id: 'not-addressed',
    label: 'Not addressed',
    description: 'The document does not deal with this recommendation.',
  },
] as const;

export type StatusId = (typeof STATUSES)[number]['id'];

export const STATUS_IDS = STATUSES.map((status) => status.id) as [StatusId, ...StatusId[]];

const BY_ID = new Map<string, (typeof STATUSES)[number]>(STATUSES.map((s) => [s.id, s]));

/** The plain-English label of a status: `awaiting-national` → "Awaiting national action". */
export function statusLabel(id: StatusId): string {
  return BY_ID.get(id)?.label ?? id;
}

/** What a recommendation shows when its document gives it no status (in English; the catalogue's `status.none`). */
export const NO_STATUS_LABEL = 'No status given';

/** The one-sentence meaning of a status, for legends and the data page. */
export function statusDescription(id: StatusId): string {
  return BY_ID.get(id)?.description ?? '';
}

/** Whether a string is one of the status ids. */
export function isStatus(id: string): id is StatusId {
  return BY_ID.has(id);
}
