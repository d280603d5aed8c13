/**
 * The placeholder status that `npm run new` and `npm run import` write for every
 * recommendation, so a draft lists them all before the author has decided. It is not a
 * status (the status list is a public contract): the loader takes it out, so the site shows
 * "No status given", and reports it: a warning while drafting (`npm run check`, the preview),
 * and a reason the build refuses to publish.
 */
export const PLACEHOLDER_STATUS = 'todo';

const PLACEHOLDER_TEXT_START = 'Replace this paragraph with the text of';

/** The paragraph that stands where the author's words go in a new draft. */
export function placeholderTextFor(what: string): string {
  return `${PLACEHOLDER_TEXT_START} ${what}.`;
}

/** The paragraph a new draft opens with. */
export const PLACEHOLDER_TEXT = placeholderTextFor('the document');

/**
 * The 1-based lines of a body that still hold a placeholder paragraph. Searched for, not read
 * line by line: every body is looked at on every load, cached or not, and nearly none has one.
 */
export function findPlaceholderText(body: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (let at = body.indexOf(PLACEHOLDER_TEXT_START); at >= 0; ) {
    for (let newline = body.indexOf('\n', counted); newline >= 0 && newline < at; newline = body.indexOf('\n', newline + 1)) {
      line++;
      counted = newline + 1;
    }
    lines.push(line);
    const end = body.indexOf('\n', at);
    if (end < 0) break;
    at = body.indexOf(PLACEHOLDER_TEXT_START, end + 1);
  }
  return lines;
}

/** Whether an entry still has the placeholder status, in the short form or the long (`status: todo`). */
function isPlaceholder(entry: unknown): boolean {
  if (entry === PLACEHOLDER_STATUS) return true;
  return !!entry && typeof entry === 'object' && (entry as { status?: unknown }).status === PLACEHOLDER_STATUS;
}

/**
 * Takes the placeholder statuses out of a response's frontmatter (before it is validated),
 * whole entries with their evidence line, and returns the recommendation ids that had one.
 */
export function takePlaceholders(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const recommendations = (data as { recommendations?: unknown }).recommendations;
  if (!recommendations || typeof recommendations !== 'object' || Array.isArray(recommendations)) return [];
  const map = recommendations as Record<string, unknown>;
  const ids = Object.keys(map).filter((id) => isPlaceholder(map[id]));
  for (const id of ids) delete map[id];
  return ids;
}
