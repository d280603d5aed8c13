/**
 * What a Markdown body may not hold, because the site could not publish it safely: raw HTML,
 * links whose scheme could run code, and images (which would load from elsewhere).
 */
import type { Nodes, Root } from 'mdast';

/** Schemes a link in a document may use. Relative links and #fragments are fine too. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export interface BodyIssue {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

/** Finds what cannot be published: raw HTML, scripts in links, images from elsewhere. */
export function findUnsafeMarkdown(tree: Root): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const htmlLines = new Set<number>();
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      // An inline element is two HTML nodes (its opening and closing tags): report the line once.
      if (htmlLines.has(line)) return;
      htmlLines.add(line);
      issues.push({
        line,
        message: `raw HTML (${JSON.stringify(node.value.trim().slice(0, 40))}) is not allowed in content; allowed: Markdown only — write the text without tags`,
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      if (!isSafeUrl(node.url)) {
        issues.push({
          line,
          message: `the link address ${JSON.stringify(node.url.slice(0, 60))} is not allowed; allowed: https://, http://, mailto: or tel: addresses, or links within the site`,
        });
      }
    } else if (node.type === 'image' || node.type === 'imageReference') {
      issues.push({
        line,
        message: 'images are not allowed in content; allowed: text only — describe the image in words, or link to the original document',
      });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return issues;
}

function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  // Browsers ignore tabs and newlines inside schemes ("java\tscript:"), so judge without them.
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return true;
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
}
