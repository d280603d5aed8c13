/**
 * The data files about the whole site (every document, every status), made a document's part
 * at a time from the derived site: at 10,000 documents statuses.json is 80 MB and statuses.csv
 * 46 MB. A build writes them to disk as they are made (src/astro/site-data-steps.ts) instead of
 * as Astro pages, which hold a file's whole bytes at least twice before writing them (at 10,000
 * documents the build's highest memory came from these four files: docs/performance.md), and
 * copies the parts of the documents whose inputs did not change from the last build's files;
 * the preview serves the same text (src/dev/site-data-file.ts).
 */
import { urls } from '../../basics/urls.ts';
import type { ResponseDocument } from '../../content/model.ts';
import type { Site } from '../../site/site.ts';
import { csvHeader, csvRows } from './csv.ts';
import { csvColumns } from './data-fields.ts';
import { CSV_RECORD_FIELDS, toResponseRecord } from './data-export.ts';
import { STATUS_RECORD_FIELDS, toDocumentRows } from './data-statuses.ts';
import { JSON_ARRAY, jsonRecords, laidOut, type TextLayout } from './text-stream.ts';

export interface SiteDataFile {
  /** Its address in the site, without the base: `/data/statuses.csv`. */
  path: string;
  contentType: string;
  /** How the documents' parts make the file. */
  layout: TextLayout;
  /**
   * One document's part: the text of its records, '' when it has none. It is made from what
   * the document's inspection's pages are made from (src/astro/page-inputs.ts), so it is the
   * same while their key is.
   */
  part(site: Site, document: ResponseDocument): string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const STATUS_COLUMNS = csvColumns(STATUS_RECORD_FIELDS);

/** A CSV file's layout: the header row, then the rows. */
const csvLayout = (fields: readonly PropertyKey[]): TextLayout => ({ head: csvHeader(fields), between: '', tail: '', empty: csvHeader(fields) });

export const SITE_DATA_FILES: readonly SiteDataFile[] = [
  { path: urls.responsesCsv(), contentType: CSV, layout: csvLayout(CSV_RECORD_FIELDS), part: (site, document) => csvRows([toResponseRecord(site, document)], CSV_RECORD_FIELDS) },
  { path: urls.responsesJson(), contentType: JSON_TYPE, layout: JSON_ARRAY, part: (site, document) => jsonRecords([toResponseRecord(site, document)]) },
  { path: urls.statusesCsv(), contentType: CSV, layout: csvLayout(STATUS_COLUMNS), part: (site, document) => csvRows(toDocumentRows(site, document), STATUS_COLUMNS) },
  { path: urls.statusesJson(), contentType: JSON_TYPE, layout: JSON_ARRAY, part: (site, document) => jsonRecords(toDocumentRows(site, document)) },
];

/** The whole text of `file`, a document's part at a time, each made only when asked for. */
export function siteDataText(file: SiteDataFile, site: Site): Iterable<string> {
  return laidOut(file.layout, site.corpus.responses.values().map((document) => file.part(site, document)));
}
