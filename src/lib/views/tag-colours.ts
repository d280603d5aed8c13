/**
 * The colours of statuses and timeliness, apart from the words (format.ts, in the page's
 * language): the editor's preview, which runs in the browser, takes them without the catalogues.
 */
import type { TimelinessStatus } from '../site/deadline.ts';
import type { StatusId } from '../basics/statuses.ts';

/**
 * The class that colours a status or timeliness (site.css): one letter per colour, because an
 * inspection's matrix carries one per force and recommendation (up to 43 × 12) and every
 * byte of it counts against the page's markup budget (docs/performance.md). The label
 * always says what the colour means.
 */
export type TagColour = 'g' | 'b' | 'p' | 'y' | 'k' | 'r';

/** Each status's colour: green, blue, purple, yellow, grey, red; no status given is red. */
export const STATUS_COLOURS: Record<StatusId | 'none', TagColour> = {
  complete: 'g',
  'in-progress': 'b',
  planned: 'p',
  'awaiting-national': 'y',
  'no-action': 'k',
  'not-addressed': 'r',
  none: 'r',
};

/** Each timeliness's colour: on time green, late red, the rest grey. */
export const TIMELINESS_COLOURS: Record<TimelinessStatus, TagColour> = {
  'on-time': 'g',
  late: 'r',
  undated: 'k',
  unknown: 'k',
  'not-applicable': 'k',
};

export interface StatusCell {
  /** The status id; `none` when the document gives no status. */
  id: StatusId | 'none';
  label: string;
  /** The class that colours it. */
  colour: TagColour;
}

/** A status as the tables show it, with `label` the words for it in the page's language ("No status given" for `none`). */
export function statusCellOf(status: StatusId | undefined, label: (id: StatusId | 'none') => string): StatusCell {
  const id = status ?? 'none';
  return { id, label: label(id), colour: STATUS_COLOURS[id] };
}
