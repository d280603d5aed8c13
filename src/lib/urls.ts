/** The site's URL patterns: part of the public contract, defined once and used everywhere. */

export const urls = {
  home: () => '/',
  inspections: () => '/inspections/',
  inspection: (id: string) => `/inspections/${id}/`,
  /** The inspection's table of forces in another order than by region: `name` or `timeliness`. */
  inspectionOrdered: (id: string, order: 'name' | 'timeliness') => `/inspections/${id}/by-${order}/`,
  comparison: (inspectionId: string, recommendationId: string) =>
    `/inspections/${inspectionId}/recommendations/${encodeURIComponent(recommendationId)}/`,
  forces: () => '/forces/',
  force: (id: string) => `/forces/${id}/`,
  /** `responseId` is `<force>/<inspection>` or `<force>/<inspection>--<kind>`, like the content path. */
  response: (responseId: string) => `/responses/${responseId}/`,
  data: () => '/data/',
  accessibility: () => '/accessibility/',
  search: () => '/search/',
  responsesJson: () => '/data/responses.json',
  responsesCsv: () => '/data/responses.csv',
  /** One row per force in scope and recommendation of one inspection. */
  inspectionCsv: (id: string) => `/data/inspections/${id}.csv`,
  inspectionJson: (id: string) => `/data/inspections/${id}.json`,
  /** Atom feeds of new and updated documents. */
  feed: () => '/feeds/all.xml',
  forceFeed: (id: string) => `/feeds/forces/${id}.xml`,
  inspectionFeed: (id: string) => `/feeds/inspections/${id}.xml`,
  sitemap: () => '/sitemap.xml',
} as const;

/** Prefixes a root-relative path with the site's base path (`/` or `/pcc-responses/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}
