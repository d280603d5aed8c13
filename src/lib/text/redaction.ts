/**
 * Redactions: personal data taken out of a document's body. The body holds the marker
 * `[redacted: <id>]` where the words were (the original is not in the file at all), and the
 * frontmatter's `redactions` gives each id its reason. Rendering puts
 * `<span class="redacted">[Redacted: <reason>]</span>` in the marker's place, so the page, the
 * plain text (search, data files' section texts) and the evidence check all see the same words.
 */
import type { Nodes, Root, Text } from 'mdast';
import { parseMarkdown } from './markdown.ts';

/** A marker as written in a body: `[redacted: mobile]`. Any words inside, so a mistyped id is still found and reported. */
const MARKER = /\[redacted:\s*([^\]\n]*?)\s*\]/gi;

/** The class of the element a redaction renders as. */
export const REDACTED_CLASS = 'redacted';

/** What a reader sees in place of the redacted words. */
export function redactedText(reason: string): string {
  return `[Redacted: ${reason}]`;
}

/**
 * A marker found in a body: the id it names, the line it is on (1-based, within the body) and,
 * where it stands somewhere rendering does not replace it (a link, code, an image, HTML), what
 * that is.
 */
export interface MarkerFound {
  id: string;
  line: number;
  /** Where the marker is when it is not in ordinary text: "a link", "code", "an image", "HTML". */
  misplaced?: string;
}

/** Nodes whose markers rendering would not replace, and what a reader calls them. */
const MISPLACED: Partial<Record<Nodes['type'], string>> = {
  link: 'a link',
  linkReference: 'a link',
  definition: 'a link reference definition',
  inlineCode: 'code',
  code: 'code',
  image: 'an image',
  imageReference: 'an image',
  html: 'HTML',
};

/**
 * Every marker in a Markdown body, in order, from the same tree rendering walks: a marker in a
 * text node is one `applyRedactions` replaces; one anywhere in a link (its words, address or
 * title), a definition, code, an image or HTML is found in that node's Markdown and marked
 * `misplaced`, since it would not be shown as a redaction (and the original may sit in the link).
 */
export function findMarkers(body: string, tree: Root = parseMarkdown(body)): MarkerFound[] {
  const found: MarkerFound[] = [];
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length;
  const visit = (node: Nodes) => {
    const misplaced = MISPLACED[node.type];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (misplaced && start !== undefined && end !== undefined) {
      for (const match of body.slice(start, end).matchAll(MARKER)) found.push({ id: match[1]!, line: lineAt(start + match.index), misplaced });
      return;
    }
    if (node.type === 'text') {
      const first = node.position?.start.line ?? 1;
      for (const match of node.value.matchAll(MARKER)) found.push({ id: match[1]!, line: first + node.value.slice(0, match.index).split('\n').length - 1 });
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
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
