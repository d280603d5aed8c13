/**
 * A link checker for the built site: every link, stylesheet and script address inside the
 * site, and every #fragment, must lead to a file or an element that exists. Addresses on
 * other sites are not fetched. Works under a base path (`/pcc-responses/`): a link that
 * leaves the base path is broken, because on the real host it would lead off the site.
 * The quality gates run it over every test build; `npm run publish` over every release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A built site in memory: its pages' HTML and every file, by URL path (base included). */
export interface BuiltSite {
  /** The base path, starting and ending with `/`. */
  base: string;
  /** HTML pages by URL path: `/pcc-responses/forces/` for `forces/index.html`. */
  pages: Map<string, string>;
  /** Every file's URL path: `/pcc-responses/data/responses.csv`, `/pcc-responses/forces/index.html`. */
  files: Set<string>;
}

export interface BrokenLink {
  /** The URL path of the page the link is on. */
  page: string;
  /** The address as written. */
  href: string;
  /** Why it does not resolve, in words. */
  reason: string;
}

/** Attributes that point at another resource, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  form: ['action'],
};

/** What a page links to and which ids it has. */
export interface PageTargets {
  links: string[];
  ids: Set<string>;
  /** Where the HTML does not parse cleanly, as the parser says it (`Duplicate attribute (line 1)`). */
  parseErrors: string[];
}

/** Reads a page's outgoing addresses, its element ids, and any parse errors. */
export function readTargets(html: string): PageTargets {
  const links: string[] = [];
  const ids = new Set<string>();
  const parseErrors: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const element = node as Element;
      const id = element.properties.id;
      if (typeof id === 'string' && id) ids.add(id);
      for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = element.properties[attribute];
        if (typeof value === 'string') links.push(value);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromHtml(html, { onerror: (error) => void parseErrors.push(`${error.reason ?? error.message} (line ${error.line ?? '?'})`) }));
  return { links, ids, parseErrors };
}

/** Whether an address leads off the site (it has a scheme, or is protocol-relative), so it is not checked. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href.trim()) || href.trim().startsWith('//');
}

/** The URL path of a built file: `forces/index.html` under `/b/` is the page `/b/forces/`. */
export function urlPathOf(file: string, base: string): string {
  const path = `${base}${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every broken internal link and fragment in the site, page by page. `targets` holds pages
 * already read (and receives those read here), so a caller that also wants the parse errors
 * reads each page once.
 */
export function findBrokenLinks(site: BuiltSite, targets = new Map<string, PageTargets>()): BrokenLink[] {
  const targetsOf = (path: string) => {
    let found = targets.get(path);
    if (!found) {
      found = readTargets(site.pages.get(path)!);
      targets.set(path, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const page of site.pages.keys()) {
    for (const href of targetsOf(page).links) {
      const reason = checkLink(site, page, href, targetsOf);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

function checkLink(site: BuiltSite, page: string, href: string, targetsOf: (path: string) => PageTargets): string | null {
  if (isExternal(href)) return null;
  if (href.trim() === '' || href.trim() === '#') return 'it leads nowhere (an empty address or a bare #)';
  const url = new URL(href, `http://site.invalid${page}`);
  let path: string;
  try {
    path = decodeURI(url.pathname);
  } catch {
    return 'its address is not validly encoded';
  }
  if (!path.startsWith(site.base)) return `it leaves the site's base path ${site.base}`;
  const target = resolvePage(site, path);
  if (!target) return `there is no page or file at ${path}`;
  const fragment = url.hash.slice(1);
  if (!fragment) return null;
  if (!site.pages.has(target)) return `it has a fragment #${fragment}, but ${path} is not a page`;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `the fragment #${fragment} is not validly encoded`;
  }
  return targetsOf(target).ids.has(id) ? null : `${target} has no element with id "${id}"`;
}

/** The page (or file) an address path leads to, as a static host would serve it; null if none. */
function resolvePage(site: BuiltSite, path: string): string | null {
  if (site.pages.has(path)) return path;
  if (site.files.has(path)) return path;
  // A host answers /forces (no slash) with a redirect to /forces/.
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) return `${path}/`;
  if (path.endsWith('/index.html') && site.pages.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
  return null;
}

/** Reads a built site from `dir` (every file, and the HTML of every page) for `findBrokenLinks`. */
export function readBuiltSite(dir: string, base = '/'): BuiltSite {
  const normalizedBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const site: BuiltSite = { base: normalizedBase, pages: new Map(), files: new Set() };
  for (const file of listFiles(dir)) {
    const relativePath = relative(dir, file);
    site.files.add(`${normalizedBase}${relativePath.split(sep).join('/')}`);
    if (file.endsWith('.html')) site.pages.set(urlPathOf(relativePath, normalizedBase), readFileSync(file, 'utf8'));
  }
  return site;
}

/** Every file under `dir`, depth first, in name order. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
