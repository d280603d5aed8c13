/**
 * The placeholder status that `npm run new` and `npm run import` write for every
 * recommendation, so a draft lists them all before the author has decided. It is not a
 * status (the status list is a public contract): the loader takes it out, so the site shows
 * "No status given", and reports it: a warning while drafting (`npm run check`, the preview),
 * and a reason the build refuses to publish.
 */
export const PLACEHOLDER_STATUS = 'todo';

/**
 * Takes the placeholder statuses out of a response's frontmatter (before it is validated)
 * and returns the recommendation ids that had one.
 */
export function takePlaceholders(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const recommendations = (data as { recommendations?: unknown }).recommendations;
  if (!recommendations || typeof recommendations !== 'object' || Array.isArray(recommendations)) return [];
  const map = recommendations as Record<string, unknown>;
  const ids = Object.keys(map).filter((id) => map[id] === PLACEHOLDER_STATUS);
  for (const id of ids) delete map[id];
  return ids;
}
