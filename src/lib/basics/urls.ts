/** The site's URL patterns: part of the public contract, defined once and used everywhere. */

export const urls = {
  home: () => '/',
  inspections: () => '/inspections/',
  /** The inspections published in one year (`by-year` cannot clash with an inspection's own pages). */
  inspectionsOfYear: (year: string) => `/inspections/by-year/${year}/`,
  inspection: (id: string) => `/inspections/${id}/`,
  /** The inspection's table of forces and statuses, by `region`, `name` or `timeliness`. */
  inspectionOrdered: (id: string, order: 'region' | 'name' | 'timeliness') => `/inspections/${id}/by-${order}/`,
  comparison: (inspectionId: string, recommendationId: string) =>
    `/inspections/${inspectionId}/recommendations/${encodeURIComponent(recommendationId)}/`,
  forces: () => '/forces/',
  force: (id: string) => `/forces/${id}/`,
  /** A force's documents on the inspections published in one year. */
  forceYear: (id: string, year: string) => `/forces/${id}/${year}/`,
  /** `responseId` is `<force>/<inspection>` or `<force>/<inspection>--<kind>`, like the content path. */
  response: (responseId: string) => `/responses/${responseId}/`,
  data: () => '/data/',
  accessibility: () => '/accessibility/',
  /** Where to report a security problem (RFC 9116). */
  securityTxt: () => '/.well-known/security.txt',
  search: () => '/search/',
  responsesJson: () => '/data/responses.json',
  responsesCsv: () => '/data/responses.csv',
  /** One row per document and recommendation, with the evidence for each status. */
  statusesJson: () => '/data/statuses.json',
  statusesCsv: () => '/data/statuses.csv',
  /** The Frictionless Data Package describing every CSV file above (its paths are relative to it). */
  dataPackage: () => '/data/datapackage.json',
  /** The JSON Schema of one kind of content file: force, inspection or response. */
  contentSchema: (name: string) => `/data/schema/${name}.json`,
  /** One row per force in scope and recommendation of one inspection. */
  inspectionCsv: (id: string) => `/data/inspections/${id}.csv`,
  inspectionJson: (id: string) => `/data/inspections/${id}.json`,
  /** Atom feeds of new and updated documents. */
  feed: () => '/feeds/all.xml',
  forceFeed: (id: string) => `/feeds/forces/${id}.xml`,
  inspectionFeed: (id: string) => `/feeds/inspections/${id}.xml`,
  sitemap: () => '/sitemap.xml',
  /** What is due: open comment periods and those ended in the last 12 months, and its Atom feed. */
  due: () => '/due/',
  dueFeed: () => '/feeds/due.xml',
  /** iCalendar files of comments' due dates: every inspection on the site, and those concerning one force. */
  calendar: () => '/calendars/all.ics',
  forceCalendar: (id: string) => `/calendars/${id}.ics`,
} as const;

/** Prefixes a root-relative path with the site's base path (`/` or `/pcc-responses/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}

/** A page's address: absolute when the site's address is configured, else from the site's root. */
export function permanentUrl(site: { base: string; siteUrl?: string | undefined }, path: string): string {
  const withinSite = withBase(site.base, path);
  return site.siteUrl ? new URL(withinSite, site.siteUrl).href : withinSite;
}

/**
 * A page's or a feed's address in the reader's language, as `permanentUrl`: under `pagesBase`
 * where the site gives one (the Welsh pages and their feeds and calendars, `/cy/`).
 */
export function languageUrl(site: { base: string; pagesBase?: string | undefined; siteUrl?: string | undefined }, path: string): string {
  return permanentUrl({ base: site.pagesBase ?? site.base, siteUrl: site.siteUrl }, path);
}

/**
 * The link from one page of the site to another, relative: `../recommendations/3/` from
 * `/inspections/x/by-name/` to `/inspections/x/recommendations/3/`. For links repeated many
 * times on a page, where the full path would cost bytes; it works under any base path.
 */
export function relativeUrl(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean);
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const path = '../'.repeat(fromParts.length - common) + toParts.slice(common).join('/');
  if (!path) return './';
  return to.endsWith('/') && toParts.length > common ? `${path}/` : path;
}
