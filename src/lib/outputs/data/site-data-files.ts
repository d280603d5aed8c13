/**
 * The data files about the whole site (every document, every status), made a part at a time
 * from the derived site: at 10,000 documents statuses.json is 80 MB and statuses.csv 46 MB.
 * A build writes them to disk as they are made (src/astro/site-data-steps.ts) instead of as
 * Astro pages, which hold a file's whole bytes at least twice before writing them (at 10,000
 * documents the build's highest memory came from these four files: docs/performance.md); the
 * preview serves the same text (src/dev/site-data-file.ts).
 */
import { urls } from '../../basics/urls.ts';
import type { Site } from '../../site/site.ts';
import { csvLines } from './csv.ts';
import { csvColumns } from './data-fields.ts';
import { CSV_RECORD_FIELDS, responseRecords } from './data-export.ts';
import { STATUS_RECORD_FIELDS, statusRecords } from './data-statuses.ts';
import { jsonArrayText } from './text-stream.ts';

export interface SiteDataFile {
  /** Its address in the site, without the base: `/data/statuses.csv`. */
  path: string;
  contentType: string;
  /** Its text, in parts, each made as it is asked for. */
  parts(site: Site): Iterable<string>;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export const SITE_DATA_FILES: readonly SiteDataFile[] = [
  { path: urls.responsesCsv(), contentType: CSV, parts: (site) => csvLines(responseRecords(site), CSV_RECORD_FIELDS) },
  { path: urls.responsesJson(), contentType: JSON_TYPE, parts: (site) => jsonArrayText(responseRecords(site)) },
  { path: urls.statusesCsv(), contentType: CSV, parts: (site) => csvLines(statusRecords(site), csvColumns(STATUS_RECORD_FIELDS)) },
  { path: urls.statusesJson(), contentType: JSON_TYPE, parts: (site) => jsonArrayText(statusRecords(site)) },
];
