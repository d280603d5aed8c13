/** The site's URL patterns: part of the public contract, defined once and used everywhere. */

export const urls = {
  home: () => '/',
  inspections: () => '/inspections/',
  inspection: (id: string) => `/inspections/${id}/`,
  comparison: (inspectionId: string, recommendationId: string) =>
    `/inspections/${inspectionId}/recommendations/${encodeURIComponent(recommendationId)}/`,
  forces: () => '/forces/',
  force: (id: string) => `/forces/${id}/`,
  /** `responseId` is `<force>/<inspection>` or `<force>/<inspection>--<kind>`, like the content path. */
  response: (responseId: string) => `/responses/${responseId}/`,
  data: () => '/data/',
  accessibility: () => '/accessibility/',
  responsesJson: () => '/data/responses.json',
  responsesCsv: () => '/data/responses.csv',
} as const;

/** Prefixes a root-relative path with the site's base path (`/` or `/pcc-responses/`). */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return `${trimmed}${path}`;
}
