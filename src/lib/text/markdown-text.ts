/**
 * The plain text of parsed Markdown, for the data files' `sectionText` and the loader's
 * text of a body: what a reader sees, with the breaks a reader sees kept as line breaks.
 * A hard line break (an address, a signature), each list item, each paragraph of a quotation
 * or list item and each table row start a new line, so that words either side never run
 * together ("Katie Elliott" and "Detective Superintendent" on lines of their own, not
 * "Katie ElliottDetective Superintendent"); inline markup (emphasis, links, code) adds
 * nothing. Footnote references add nothing; a footnote's definition is its text. A line
 * break within a paragraph in the Markdown (a soft break) is a space, as a reader sees it,
 * so every line break in the text is one a reader sees (src/lib/text/quote-sentence.ts ends a
 * sentence at each).
 */
import type { Nodes } from 'mdast';

/** Blocks inside a container (a list item's paragraphs, a quotation's) are this far apart. */
const INNER_BLOCK_SEPARATOR = '\n';

/** A soft line break, with the spaces either side of it. */
const SOFT_BREAK = /[ \t]*\r?\n[ \t]*/g;

/** The text of `node` as a reader sees it, lines kept. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.includes('\n') ? node.value.replace(SOFT_BREAK, ' ') : node.value;
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'footnoteReference':
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return '';
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'footnoteDefinition':
    case 'root':
      return node.children.map(plainText).filter((text) => text !== '').join(INNER_BLOCK_SEPARATOR);
    case 'table':
      return node.children.map(plainText).join('\n');
    case 'tableRow':
      return node.children.map(plainText).join('\t');
    default:
      return 'children' in node ? node.children.map(plainText).join('') : '';
  }
}
