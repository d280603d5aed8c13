/**
 * Checks on a built site before it goes live: every page the content calls for exists, every
 * page's HTML parses, and every link and #fragment within the site leads somewhere (by the
 * same link checker the quality gates use, src/lib/office/links.ts). Pure but for reading the
 * build: it works on a BuiltSite, so it is tested without building anything.
 */
import { findBrokenLinks, type BuiltSite, type PageTargets } from './links.ts';
import type { Site } from '../site/site.ts';
import { urls, withBase } from '../basics/urls.ts';

/** Every page and data file the content calls for, as paths from the site's root (`/forces/`). */
export function expectedPaths(site: Site): string[] {
  const { corpus } = site;
  return [
    urls.home(), urls.inspections(), urls.forces(), urls.data(), urls.accessibility(), urls.securityTxt(), urls.due(), urls.responsesJson(), urls.responsesCsv(),
    ...corpus.inspections.map((i) => urls.inspection(i.id)),
    ...corpus.inspections.flatMap((i) => i.recommendations.map((r) => urls.comparison(i.id, r.id))),
    ...corpus.forces.map((f) => urls.force(f.id)),
    ...corpus.responses.map((r) => urls.response(r.id)),
  ];
}

/**
 * The problems with a built site, one sentence each; none means it may go live. `expected`
 * are paths from the site's root (as `expectedPaths` gives them), found under the site's base.
 */
export function checkBuiltSite(site: BuiltSite, expected: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of expected) {
    const address = withBase(site.base, path);
    if (!site.pages.has(address) && !site.files.has(address)) problems.push(`The page ${address} is missing from the build.`);
  }
  const targets = new Map<string, PageTargets>();
  const broken = findBrokenLinks(site, targets);
  for (const [page, { parseErrors }] of targets) {
    if (parseErrors.length) problems.push(`${page} is not well-formed HTML: ${parseErrors[0]}${parseErrors.length > 1 ? ` and ${parseErrors.length - 1} more` : ''}.`);
  }
  for (const link of broken) problems.push(`${link.page} links to ${link.href}, which is broken: ${link.reason}.`);
  return problems;
}
