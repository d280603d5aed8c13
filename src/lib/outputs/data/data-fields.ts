/**
 * What a column of a data file holds, beside its meaning: the one description of each column,
 * from which the data page's tables and data/datapackage.json are both made. The CSV writers
 * take their column lists from the same entries, so a column cannot be written undescribed.
 */
import { STATUS_IDS } from '../../basics/statuses.ts';

/** A column's values in CSV, in Table Schema's terms (a type, and what else they must be). */
export interface ColumnType {
  /** Table Schema type: `date` is `YYYY-MM-DD`; `integer` is digits with an optional minus sign. */
  type: 'string' | 'integer' | 'date';
  /**
   * `uri`: a full web address. `page`: a page of this site, a full address when the site was
   * built with its address, else a path from the site's root (then not a URI).
   */
  format?: 'uri' | 'page';
  /** The only values allowed, where the list is closed (statuses, kinds, timeliness...). */
  enum?: readonly string[];
  /** A regular expression the whole value matches (Table Schema: XML Schema's regular expressions). */
  pattern?: string;
  /** The smallest value, for an integer. */
  minimum?: number;
}

/**
 * One documented field of a record: a field of `T`, its meaning and, for a column of the CSV
 * file, what its values are. `required` (never empty) may be claimed only for a field whose type
 * cannot be null. A field only the JSON file has says so with `jsonOnly` and has no column type.
 */
export type DataField<T> = {
  [K in keyof T & string]: { name: K; description: string } & (null extends T[K] ? { required?: never } : { required?: true }) &
    (({ jsonOnly: true } & { [P in keyof ColumnType]?: never }) | ({ jsonOnly?: never } & ColumnType));
}[keyof T & string];

/** A documented field of any record, as the data page and data/datapackage.json read it. */
export type AnyDataField = { name: string; description: string; required?: true; jsonOnly?: true } & Partial<ColumnType>;

/** Whether a field is a column of the CSV file (not JSON-only). */
export function isColumn(field: AnyDataField): field is AnyDataField & ColumnType {
  return !field.jsonOnly && field.type !== undefined;
}

/** A document's date, or a status's: a full day. */
export const DATE = { type: 'date' } as const satisfies ColumnType;

/** The report's publication: a day, or only a month. */
export const DAY_OR_MONTH = { type: 'string', pattern: '[0-9]{4}-[0-9]{2}(-[0-9]{2})?' } as const satisfies ColumnType;

/** One recommendation's status, where there is one. */
export const STATUS = { type: 'string', enum: STATUS_IDS } as const satisfies ColumnType;

const statusPair = `[^=;]+=(${STATUS_IDS.join('|')})?`;

/** A status for each recommendation, in CSV: `1=in-progress; 2=; 3=complete` (empty after `=` where none is given). */
export const STATUS_PAIRS = { type: 'string', pattern: `${statusPair}(; ${statusPair})*` } as const satisfies ColumnType;

/** The fields of `T` that the CSV file has, in column order: all but the JSON-only ones. */
export function csvColumns<T>(fields: readonly DataField<T>[]): (keyof T & string)[] {
  return fields.filter((f) => isColumn(f)).map((f) => f.name);
}
