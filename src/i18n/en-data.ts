/**
 * The data files' field descriptions, as the data page shows them. Each field is described
 * once in English, where the data files take it from (RECORD_FIELDS and INSPECTION_RECORD_FIELDS
 * in src/lib/outputs/data/data-export.ts, STATUS_RECORD_FIELDS in data-statuses.ts; the same words
 * go into data/datapackage.json), and comes into the catalogue from there under a key per file
 * and field: `dataField.responses.id`. The key type is made from each record's fields, so the
 * Welsh (cy-data.ts) is a type error until it describes every field of every record.
 */
import type { DataField } from '../lib/outputs/data/data-fields.ts';
import { INSPECTION_RECORD_FIELDS, RECORD_FIELDS, type InspectionRecord, type ResponseRecord } from '../lib/outputs/data/data-export.ts';
import { STATUS_RECORD_FIELDS, type StatusRecord } from '../lib/outputs/data/data-statuses.ts';

/** The data files whose fields the data page describes, each with the record that is one of its rows. */
interface DataRecords {
  /** responses.csv and responses.json. */
  responses: ResponseRecord;
  /** data/inspections/<id>.csv and .json. */
  inspection: InspectionRecord;
  /** statuses.csv and statuses.json. */
  statuses: StatusRecord;
}

/** The catalogue's key of each field of `F`'s records. */
export type DataFieldKey<F extends keyof DataRecords = keyof DataRecords> = { [K in F]: `dataField.${K}.${keyof DataRecords[K] & string}` }[F];

/** The fields' descriptions under their keys. A field the list lacks is missing here, which tests/unit/i18n.test.ts finds (the Welsh has every key). */
function described<F extends keyof DataRecords>(file: F, fields: readonly DataField<DataRecords[F]>[]): Record<DataFieldKey<F>, string> {
  return Object.fromEntries(fields.map((field) => [`dataField.${file}.${field.name}`, field.description])) as Record<DataFieldKey<F>, string>;
}

export const enData = {
  ...described('responses', RECORD_FIELDS),
  ...described('inspection', INSPECTION_RECORD_FIELDS),
  ...described('statuses', STATUS_RECORD_FIELDS),
};
