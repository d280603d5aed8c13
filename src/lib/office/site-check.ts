/**
 * Checks on a built site before it goes live: every page the content calls for exists, every
 * page's HTML parses, and every link within the site leads somewhere. Pure: it works on the
 * files' paths and text, so it is tested without building anything.
 * (Issue 6 brings a fuller link checker; this is the small one `npm run publish` needs.)
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { Site } from '../site.ts';
import { urls } from '../urls.ts';

/** Every page and data file the content calls for, as paths from the site's root (`/forces/`). */
export function expectedPaths(site: Site): string[] {
  const { corpus } = site;
  return [
    urls.home(), urls.inspections(), urls.forces(), urls.data(), urls.responsesJson(), urls.responsesCsv(),
    ...corpus.inspections.map((i) => urls.inspection(i.id)),
    ...corpus.inspections.flatMap((i) => i.recommendations.map((r) => urls.comparison(i.id, r.id))),
    ...corpus.forces.map((f) => urls.force(f.id)),
    ...corpus.responses.map((r) => urls.response(r.id)),
  ];
}

/** The file a path is served from: `/forces/` → `forces/index.html`. */
export function fileForPath(path: string): string {
  const clean = decodeURIComponent(path.replace(/^\/+/, ''));
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', link: 'href', script: 'src', img: 'src', source: 'src', form: 'action' };

function linksOf(node: Nodes, found: string[] = []): string[] {
  if (node.type === 'element') {
    const attribute = LINK_ATTRIBUTES[(node as Element).tagName];
    const value = attribute ? (node as Element).properties[attribute] : undefined;
    if (typeof value === 'string') found.push(value);
  }
  if ('children' in node) for (const child of node.children) linksOf(child as Nodes, found);
  return found;
}

/**
 * The problems with a built site, one sentence each; none means it may go live.
 * `files` maps each file's path in the output (`forces/index.html`) to its text (HTML files)
 * or to null (other files); `base` is the path the site is served under.
 */
export function checkBuiltSite(files: ReadonlyMap<string, string | null>, expected: readonly string[], base: string): string[] {
  const problems: string[] = [];
  const exists = (path: string) => files.has(path) || files.has(`${path.replace(/\/?$/, '/')}index.html`);
  for (const path of expected) {
    if (!files.has(fileForPath(path))) problems.push(`The page ${path} is missing from the build.`);
  }
  for (const [file, text] of files) {
    if (!file.endsWith('.html') || text === null) continue;
    const errors: string[] = [];
    const tree = fromHtml(text, { onerror: (error) => void errors.push(`${error.reason ?? error.message} (line ${error.line ?? '?'})`) });
    if (errors.length) problems.push(`${file} is not well-formed HTML: ${errors[0]}${errors.length > 1 ? ` and ${errors.length - 1} more` : ''}.`);
    const page = `/${file.replace(/index\.html$/, '')}`;
    for (const href of new Set(linksOf(tree))) {
      const target = internalTarget(href, page, base);
      if (target !== null && !exists(target)) problems.push(`${file} links to ${href}, which is not in the build.`);
    }
  }
  return problems;
}

/**
 * The file path (relative to the output) a link leads to, or null for a link that leaves the
 * site, stays on the page (`#…`) or is outside the base path.
 */
export function internalTarget(href: string, page: string, base: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#') || href === '') return null;
  const url = new URL(href, `http://site${base}${page.replace(/^\//, '')}`);
  if (!url.pathname.startsWith(base)) return null;
  return fileForPath(url.pathname.slice(base.length));
}
