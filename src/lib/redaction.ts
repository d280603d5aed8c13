/**
 * Redactions: personal data taken out of a document's body. The body holds the marker
 * `[redacted: <id>]` where the words were (the original is not in the file at all), and the
 * frontmatter's `redactions` gives each id its reason. Rendering puts
 * `<span class="redacted">[Redacted: <reason>]</span>` in the marker's place, so the page, the
 * plain text (search, data files' section texts) and the evidence check all see the same words.
 */
import type { Nodes, Root, Text } from 'mdast';

/** A marker as written in a body: `[redacted: mobile]`. Any words inside, so a mistyped id is still found and reported. */
const MARKER = /\[redacted:\s*([^\]\n]*?)\s*\]/gi;

/** The class of the element a redaction renders as. */
export const REDACTED_CLASS = 'redacted';

/** What a reader sees in place of the redacted words. */
export function redactedText(reason: string): string {
  return `[Redacted: ${reason}]`;
}

/** A marker found in a body: the id it names and the line it is on (1-based, within the body). */
export interface MarkerFound {
  id: string;
  line: number;
}

/** Every marker in a Markdown body, in order. */
export function findMarkers(body: string): MarkerFound[] {
  const found: MarkerFound[] = [];
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(MARKER)) found.push({ id: match[1]!, line: index + 1 });
  });
  return found;
}

/**
 * Replaces each marker whose id has a reason with the words a reader sees, rendered as a
 * `<span class="redacted">`; a marker with no reason is left as written (the loader reports it).
 * Changes `tree` in place and returns it.
 */
export function applyRedactions(tree: Root, reasons: ReadonlyMap<string, string>): Root {
  if (reasons.size === 0) return tree;
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text') {
        const parts = splitText(child, reasons);
        if (parts) {
          children.splice(i, 1, ...parts);
          i += parts.length - 1;
        }
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return tree;
}

/** A text node cut at its markers, or null when it has none with a reason. */
function splitText(node: Text, reasons: ReadonlyMap<string, string>): Text[] | null {
  const parts: Text[] = [];
  let at = 0;
  for (const match of node.value.matchAll(MARKER)) {
    const reason = reasons.get(match[1]!);
    if (reason === undefined) continue;
    if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
    parts.push({
      type: 'text',
      value: redactedText(reason),
      data: { hName: 'span', hProperties: { className: [REDACTED_CLASS] } },
    });
    at = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

/** The reasons of a frontmatter's `redactions` that are well formed, by id, whether or not the rest of the file is valid. */
export function redactionReasons(frontmatter: unknown): Map<string, string> {
  const reasons = new Map<string, string>();
  const list = frontmatter && typeof frontmatter === 'object' ? (frontmatter as { redactions?: unknown }).redactions : undefined;
  if (!Array.isArray(list)) return reasons;
  for (const entry of list) {
    const { id, reason } = (entry ?? {}) as { id?: unknown; reason?: unknown };
    if (typeof id === 'string' && typeof reason === 'string' && reason.trim() && !reasons.has(id)) reasons.set(id, reason.trim());
  }
  return reasons;
}
