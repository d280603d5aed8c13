/**
 * data/datapackage.json: a Frictionless Tabular Data Package (version 1 of the standard) that
 * lists every CSV file the site publishes (responses.csv, statuses.csv and one file per
 * inspection) with a Table Schema for each: every column's type, format, meaning and allowed
 * values, the primary keys and the foreign keys between the files. Tools that read Data
 * Packages load all the files, typed and linked, in one step.
 *
 * The schemas are made from the field lists the CSV writers use (RECORD_FIELDS,
 * INSPECTION_RECORD_FIELDS, STATUS_RECORD_FIELDS), which the data page also shows: one
 * description of each column, so the three cannot disagree.
 */
import type { Inspection } from '../../content/model.ts';
import { isColumn, type AnyDataField, type ColumnType } from './data-fields.ts';
import { INSPECTION_RECORD_FIELDS, RECORD_FIELDS } from './data-export.ts';
import { STATUS_RECORD_FIELDS } from './data-statuses.ts';
import type { Site } from '../../site/site.ts';
import { urls, withBase } from '../../basics/urls.ts';

/** A Table Schema field. */
export interface TableField {
  name: string;
  type: ColumnType['type'];
  format?: 'uri';
  description: string;
  constraints?: { required?: true; enum?: string[]; pattern?: string; minimum?: number };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A Tabular Data Resource: one CSV file, with its Table Schema. */
export interface TableResource {
  name: string;
  /** Relative to datapackage.json, so the package works under any base path and any address. */
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: TableField[]; missingValues: ['']; primaryKey?: string[]; foreignKeys?: ForeignKey[] };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage?: string;
  licenses: { name: string; path: string; title: string }[];
  resources: TableResource[];
}

/** The licence the documents may be reused under, as the data page says. */
const OPEN_GOVERNMENT_LICENCE = {
  name: 'OGL-UK-3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  title: 'Open Government Licence v3.0',
};

/** The resource of the site-wide table of documents, which the other files' `document` column refers to. */
export const RESPONSES_RESOURCE = 'responses';
export const STATUSES_RESOURCE = 'statuses';

/** The name of an inspection's file in the package: `inspection-<id>`. */
export function inspectionResourceName(inspectionId: string): string {
  return `inspection-${inspectionId}`;
}

const DOCUMENT_REFERENCE: ForeignKey = { fields: ['document'], reference: { resource: RESPONSES_RESOURCE, fields: ['id'] } };

/** The data package of the site's CSV files, for a site whose name is `title`. */
export function toDataPackage(site: Site, title: string): DataPackage {
  const homepage = site.siteUrl ? new URL(withBase(site.base, urls.data()), site.siteUrl).href : undefined;
  return {
    profile: 'tabular-data-package',
    name: packageName(title),
    title,
    description:
      'Every CSV file this site publishes, with the meaning, type and allowed values of every column and the keys that link the files: ' +
      'one row per document (responses), one row per document and recommendation with the words each status rests on (statuses), ' +
      'and for each inspection one row per force the report concerns and recommendation.',
    ...(homepage ? { homepage } : {}),
    licenses: [OPEN_GOVERNMENT_LICENCE],
    resources: [
      toResource(site, {
        name: RESPONSES_RESOURCE,
        path: urls.responsesCsv(),
        title: 'Documents',
        description: 'One row per document on the site: the force, the inspection, the document\'s dates, its timeliness and the status it gives each recommendation.',
        fields: RECORD_FIELDS,
        primaryKey: ['id'],
      }),
      toResource(site, {
        name: STATUSES_RESOURCE,
        path: urls.statusesCsv(),
        title: 'Every status, with its evidence',
        description: 'One row per document and recommendation of its inspection, across the whole site: the status the document gives, the document\'s own words it rests on, and the latest status with its date.',
        fields: STATUS_RECORD_FIELDS,
        primaryKey: ['document', 'recommendation'],
        foreignKeys: [DOCUMENT_REFERENCE],
      }),
      ...site.corpus.inspections.map((inspection) => toResource(site, inspectionTable(inspection))),
    ],
  };
}

interface Table {
  name: string;
  /** The file's address on the site, from `urls`. */
  path: string;
  title: string;
  description: string;
  fields: readonly AnyDataField[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

// No primary key: a force with no document has one row per recommendation with `document`
// empty, and a key's columns may not be empty.
function inspectionTable(inspection: Inspection): Table {
  return {
    name: inspectionResourceName(inspection.id),
    path: urls.inspectionCsv(inspection.id),
    title: inspection.title,
    description:
      `The inspection "${inspection.title}": one row per force the report concerns and recommendation, with the force's document where there is one. ` +
      'A force with no document on this site has one row per recommendation with the document\'s columns empty; a force with two documents has a row for each.',
    fields: INSPECTION_RECORD_FIELDS,
    foreignKeys: [DOCUMENT_REFERENCE],
  };
}

function toResource(site: Site, table: Table): TableResource {
  return {
    name: table.name,
    path: relativeToPackage(table.path),
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.filter(isColumn).map((field) => toTableField(site, field)),
      missingValues: [''],
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    },
  };
}

function toTableField(site: Site, field: AnyDataField & ColumnType): TableField {
  // A page of the site is a full address only when the site was built with one.
  const format = field.format === 'uri' || (field.format === 'page' && site.siteUrl) ? 'uri' : undefined;
  const constraints: NonNullable<TableField['constraints']> = {
    ...(field.required ? { required: true } : {}),
    ...(field.enum ? { enum: [...field.enum] } : {}),
    ...(field.pattern ? { pattern: field.pattern } : {}),
    ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
  };
  return {
    name: field.name,
    type: field.type,
    ...(format ? { format } : {}),
    description: field.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** A data file's path from the folder datapackage.json is in. */
function relativeToPackage(path: string): string {
  const folder = urls.dataPackage().replace(/[^/]*$/, '');
  if (!path.startsWith(folder)) throw new Error(`${path} is not under ${folder}, where datapackage.json is.`);
  return path.slice(folder.length);
}

/** A package name as the standard allows: lower case, digits, `-`, `.` and `_`. */
function packageName(title: string): string {
  return title.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'responses';
}
