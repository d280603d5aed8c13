/**
 * A rendered body's headings and ids, fitted to the page that shows it: the headings
 * renumbered into an outline under the page's own, and the footnotes' ids kept apart from
 * other documents' on the same page.
 */
import type { Element, Root as HastRoot } from 'hast';

const FOOTNOTE_LABEL = 'footnote-label';

/**
 * Renumbers rendered headings (h1–h6 as the author wrote them, wherever they sit) into an
 * outline without gaps under the page's own headings: a heading with no heading of a higher
 * author's level before it takes level `top`; any other, one level below the nearest such
 * heading before it (never below h6). So `####` then `##` both become `top`, and `##`,
 * `####` become `top` and `top + 1`: a screen reader moving by headings never hears a
 * level skipped. The footnotes' label starts a part of its own at `top`.
 */
export function renumberHeadings(root: HastRoot | Element, top: number): void {
  // The headings the next one may fall under: the author's depth and the level given.
  const open: { depth: number; level: number }[] = [];
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const depth = /^h([1-6])$/.exec(child.tagName)?.[1];
      if (depth !== undefined) {
        if (child.properties.id === FOOTNOTE_LABEL) {
          open.splice(0, open.length, { depth: 0, level: top });
          child.tagName = `h${top}`;
        } else {
          while (open.length && open.at(-1)!.depth >= Number(depth)) open.pop();
          const level = Math.min(6, (open.at(-1)?.level ?? top - 1) + 1);
          open.push({ depth: Number(depth), level });
          child.tagName = `h${level}`;
        }
      }
      visit(child);
    }
  };
  visit(root);
}

/**
 * Gives the footnotes' label (and the references that point to it) an id with `prefix`, so
 * several documents' footnotes can stand on one page; with `dropHeadingIds`, removes the
 * headings' ids, as a section shown beside other documents' sections must not repeat them.
 */
export function fixIds(node: HastRoot | Element, prefix: string, dropHeadingIds: boolean): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { properties } = child;
    if (properties.id === FOOTNOTE_LABEL) properties.id = `${prefix}${FOOTNOTE_LABEL}`;
    else if (dropHeadingIds && /^h[1-6]$/.test(child.tagName)) delete properties.id;
    if (Array.isArray(properties.ariaDescribedBy)) {
      properties.ariaDescribedBy = properties.ariaDescribedBy.map((id) => (id === FOOTNOTE_LABEL ? `${prefix}${FOOTNOTE_LABEL}` : id));
    }
    fixIds(child, prefix, dropHeadingIds);
  }
}
