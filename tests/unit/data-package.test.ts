import { describe, expect, test } from 'vitest';
import { CSV_RECORD_FIELDS, INSPECTION_RECORD_FIELDS } from '../../src/lib/outputs/data/data-export.ts';
import { csvColumns } from '../../src/lib/outputs/data/data-fields.ts';
import { toDataPackage, type TableResource } from '../../src/lib/outputs/data/data-package.ts';
import { STATUS_RECORD_FIELDS } from '../../src/lib/outputs/data/data-statuses.ts';
import { STATUS_IDS } from '../../src/lib/basics/statuses.ts';
import { makeInspection, makeResponse, makeSite } from './support/factories.ts';

const inspections = [makeInspection({ id: 'lorem-review' }), makeInspection({ id: 'ipsum-inspection' })];
const responses = [makeResponse({ force: 'northshire', inspection: 'lorem-review', recommendations: { '1': 'planned' } })];
const plain = toDataPackage(makeSite({ inspections, responses }), 'Responses to police inspections');
const addressed = toDataPackage(makeSite({ inspections, responses }, { base: '/pcc/', siteUrl: 'https://responses.example.org/' }), 'Ymatebion i’r arolygiadau');

const resource = (name: string, pkg = plain): TableResource => pkg.resources.find((r) => r.name === name)!;
const field = (resourceName: string, name: string, pkg = plain) => resource(resourceName, pkg).schema.fields.find((f) => f.name === name)!;

describe('the data package', () => {
  test('lists responses.csv, statuses.csv and one file per inspection, by paths relative to itself', () => {
    expect(plain.resources.map((r) => [r.name, r.path])).toEqual([
      ['responses', 'responses.csv'],
      ['statuses', 'statuses.csv'],
      ['inspection-lorem-review', 'inspections/lorem-review.csv'],
      ['inspection-ipsum-inspection', 'inspections/ipsum-inspection.csv'],
    ]);
    // The same paths under a sub-path: they are relative.
    expect(addressed.resources.map((r) => r.path)).toEqual(plain.resources.map((r) => r.path));
  });

  test('has a column for each column the CSV writers write, in their order, and none for JSON-only fields', () => {
    expect(resource('responses').schema.fields.map((f) => f.name)).toEqual(CSV_RECORD_FIELDS);
    expect(resource('responses').schema.fields.map((f) => f.name)).not.toContain('updates');
    expect(resource('statuses').schema.fields.map((f) => f.name)).toEqual(csvColumns(STATUS_RECORD_FIELDS));
    expect(resource('inspection-lorem-review').schema.fields.map((f) => f.name)).toEqual(csvColumns(INSPECTION_RECORD_FIELDS));
  });

  test('closes the lists of statuses, kinds and timeliness, and types dates and day counts', () => {
    expect(field('statuses', 'status').constraints?.enum).toEqual(STATUS_IDS);
    expect(field('inspection-lorem-review', 'latestStatus').constraints?.enum).toEqual(STATUS_IDS);
    expect(field('responses', 'kind').constraints).toEqual({ required: true, enum: ['pcc-response', 'force-response', 'inspectorate-letter'] });
    expect(field('responses', 'timeliness').constraints?.enum).toEqual(['on-time', 'late', 'undated', 'unknown', 'not-applicable']);
    expect(field('responses', 'due')).toMatchObject({ type: 'date' });
    expect(field('responses', 'daysLate')).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    // A month-only report date is not a date: it is text of a given shape.
    expect(field('responses', 'inspectionPublished')).toMatchObject({ type: 'string', constraints: { pattern: '[0-9]{4}-[0-9]{2}(-[0-9]{2})?' } });
  });

  test('requires only the columns that are never empty', () => {
    expect(field('responses', 'id').constraints?.required).toBe(true);
    expect(field('responses', 'date').constraints?.required).toBeUndefined();
    // A force with no document has a row with the document columns empty.
    expect(field('inspection-lorem-review', 'document').constraints?.required).toBeUndefined();
    expect(field('inspection-lorem-review', 'url').constraints?.required).toBeUndefined();
  });

  test('keys each table and links statuses and each inspection\'s file to responses by document', () => {
    expect(resource('responses').schema.primaryKey).toEqual(['id']);
    expect(resource('statuses').schema.primaryKey).toEqual(['document', 'recommendation']);
    const toResponses = [{ fields: ['document'], reference: { resource: 'responses', fields: ['id'] } }];
    expect(resource('statuses').schema.foreignKeys).toEqual(toResponses);
    expect(resource('inspection-ipsum-inspection').schema.foreignKeys).toEqual(toResponses);
    // An empty document column cannot be part of a key.
    expect(resource('inspection-ipsum-inspection').schema.primaryKey).toBeUndefined();
  });

  test('gives a page of the site the format uri only when the site has an address', () => {
    expect(field('responses', 'url').format).toBeUndefined();
    expect(field('statuses', 'sectionUrl').format).toBeUndefined();
    expect(field('responses', 'url', addressed).format).toBe('uri');
    expect(field('statuses', 'sectionUrl', addressed).format).toBe('uri');
    // The original's address is always a full one.
    expect(field('responses', 'source').format).toBe('uri');
  });

  test('is named after the site, and links to the data page only when the site has an address', () => {
    expect(plain).toMatchObject({ profile: 'tabular-data-package', name: 'responses-to-police-inspections', title: 'Responses to police inspections' });
    expect(plain.homepage).toBeUndefined();
    expect(addressed).toMatchObject({ name: 'ymatebion-i-r-arolygiadau', homepage: 'https://responses.example.org/pcc/data/' });
  });
});
