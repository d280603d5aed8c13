/** The data page: every file, every field, the statuses, timeliness and the licence. */
import { text, type Lang } from '../../i18n/index.ts';
import { INSPECTION_RECORD_FIELDS, RECORD_FIELDS } from '../outputs/data/data-export.ts';
import { STATUS_RECORD_FIELDS } from '../outputs/data/data-statuses.ts';
import { TIMELINESS_DESCRIPTIONS, type TimelinessStatus } from '../site/deadline.ts';
import { SITE_FEED_SIZE } from '../outputs/feeds/feeds.ts';
import { CONTENT_SCHEMA_NAMES } from '../outputs/data/json-schema.ts';
import type { Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { siteFeedLinks, siteLink, type Alternate, type Link } from './format.ts';

export interface DataView {
  files: Link[];
  /** Where each inspection's own files are linked from: the inspections' pages by year. */
  inspectionsPage: Link;
  recordFields: { name: string; description: string }[];
  inspectionFields: { name: string; description: string }[];
  /** The site-wide table of statuses with their evidence: CSV, then JSON. */
  statusFiles: Link[];
  statusFields: { name: string; description: string }[];
  /** The JSON Schemas of the content files: force, inspection, response. */
  schemaFiles: Link[];
  /** The Frictionless Data Package describing every CSV file. */
  dataPackage: Link;
  timeliness: { id: string; label: string; description: string }[];
  feeds: { site: Link; note: string } | null;
  sitemap: Link | null;
  alternates: Alternate[];
}

/** The data page: every file, every field, the statuses, timeliness and the licence. */
export function toDataView(site: Site, lang: Lang = 'en'): DataView {
  const { feed, alternates } = siteFeedLinks(site, 'all.xml', lang);
  return {
    files: [siteLink(site, urls.responsesCsv(), 'responses.csv'), siteLink(site, urls.responsesJson(), 'responses.json')],
    inspectionsPage: siteLink(site, urls.inspections(), text(lang, 'data.inspectionsLink')),
    recordFields: RECORD_FIELDS.map((f) => ({ name: f.name, description: text(lang, `dataField.responses.${f.name}`) })),
    inspectionFields: INSPECTION_RECORD_FIELDS.map((f) => ({ name: f.name, description: text(lang, `dataField.inspection.${f.name}`) })),
    statusFiles: [siteLink(site, urls.statusesCsv(), 'statuses.csv'), siteLink(site, urls.statusesJson(), 'statuses.json')],
    statusFields: STATUS_RECORD_FIELDS.map((f) => ({ name: f.name, description: text(lang, `dataField.statuses.${f.name}`) })),
    schemaFiles: CONTENT_SCHEMA_NAMES.map((name) => siteLink(site, urls.contentSchema(name), `${name}.json`)),
    dataPackage: siteLink(site, urls.dataPackage(), 'datapackage.json'),
    timeliness: (Object.keys(TIMELINESS_DESCRIPTIONS) as TimelinessStatus[]).map((id) => ({ id, label: text(lang, `timeliness.${id}`), description: text(lang, `timeliness.${id}.description`) })),
    feeds: feed
      ? { site: feed, note: text(lang, 'data.feedNote', { n: SITE_FEED_SIZE }) }
      : null,
    sitemap: site.siteUrl ? siteLink(site, urls.sitemap(), 'sitemap.xml') : null,
    alternates,
  };
}
