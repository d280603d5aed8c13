/**
 * Each inspection's data files: its records (`toInspectionRecords`) as CSV and as JSON. A build
 * writes them beside the pages (src/astro/inspection-data-steps.ts), as it does the whole-site
 * files, and leaves in place those whose inspection's records are unchanged; the preview serves
 * the same text (src/dev/inspection-data-file.ts). As Astro endpoints, their 243 MB at 10,000
 * documents each went through a response and a copy of its bytes, the highest point of the
 * build's memory (docs/performance.md).
 */
import { urls } from '../../basics/urls.ts';
import type { Inspection } from '../../content/model.ts';
import type { Site } from '../../site/site.ts';
import { toCsv } from './csv.ts';
import { csvColumns } from './data-fields.ts';
import { INSPECTION_RECORD_FIELDS, toInspectionRecords, type InspectionRecord } from './data-export.ts';

export interface InspectionDataFile {
  /** Its address in the site, without the base: `/data/inspections/<id>.csv`. */
  path(inspectionId: string): string;
  contentType: string;
  /** Its text, from the inspection's records. */
  text(records: readonly InspectionRecord[]): string;
}

const COLUMNS = csvColumns(INSPECTION_RECORD_FIELDS);

export const INSPECTION_DATA_FILES: readonly InspectionDataFile[] = [
  { path: urls.inspectionCsv, contentType: 'text/csv; charset=utf-8', text: (records) => toCsv(records, COLUMNS) },
  { path: urls.inspectionJson, contentType: 'application/json; charset=utf-8', text: (records) => `${JSON.stringify(records, null, 2)}\n` },
];

/** The folder, under the built site, that holds them (and nothing else). */
export const INSPECTION_DATA_DIR = 'data/inspections';

/** The addresses of the inspection's files. */
export function inspectionDataPaths(inspectionId: string): string[] {
  return INSPECTION_DATA_FILES.map((file) => file.path(inspectionId));
}

/** Each of the inspection's files, with its text. */
export function inspectionDataTexts(site: Site, inspection: Inspection): { file: InspectionDataFile; path: string; text: string }[] {
  const records = toInspectionRecords(site, inspection);
  return INSPECTION_DATA_FILES.map((file) => ({ file, path: file.path(inspection.id), text: file.text(records) }));
}
