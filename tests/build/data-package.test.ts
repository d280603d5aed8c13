/**
 * data/datapackage.json, read by `datapackage` (Frictionless Data's own JavaScript library, with
 * its `tableschema`): the descriptor against the standard's profile, then every row of every
 * CSV file against its Table Schema, as a researcher's tool would load them.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import datapackage from 'datapackage';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toCsv } from '../../src/lib/outputs/data/csv.ts';
import { urls, withBase } from '../../src/lib/basics/urls.ts';
import { readPage, textOf } from '../support/html.ts';
import { AWKWARD, FIXTURE, GENERATED, SHIPPED, type SiteUnderTest } from '../support/sites.ts';

interface Descriptor {
  resources: { name: string; path: string; schema: { fields: { name: string; description: string; constraints?: { pattern?: string } }[] } }[];
}

/** The package folder's descriptor, with each pattern anchored: Table Schema matches a pattern against the whole value, `tableschema` anywhere in it. */
function readDescriptor(dataDir: string): Descriptor {
  const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as Descriptor;
  for (const field of descriptor.resources.flatMap((r) => r.schema.fields)) {
    if (field.constraints?.pattern) field.constraints.pattern = `^(?:${field.constraints.pattern})$`;
  }
  return descriptor;
}

/** Every problem the library finds: in the descriptor, then in each file's rows (types, formats, constraints, keys). */
async function problemsOf(dataDir: string): Promise<string[]> {
  const pkg = await datapackage.Package.load(readDescriptor(dataDir), { basePath: dataDir });
  const problems = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  const describe = (path: string, error: Error & { rowNumber?: number; errors?: Error[] }) =>
    (error.errors?.length ? error.errors : [error]).map((e) => `${path}, row ${error.rowNumber}: ${e.message}`);
  for (const resource of pkg.resources) {
    try {
      const rows = await resource.read({ keyed: true, relations: true, forceCast: true });
      for (const row of rows) if (row instanceof Error) problems.push(...describe(resource.descriptor.path, row));
    } catch (error) {
      // Reading the file a foreign key refers to stops at its first bad row: its own read reports each.
      problems.push(...describe(resource.descriptor.path, error as Error));
    }
  }
  return problems;
}

/** Every CSV file in a built site, by its path from the site's root. */
function csvFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv')).map((f) => f.split('\\').join('/')).sort();
}

const packageFolder = urls.dataPackage().replace(/^\/|[^/]*$/g, '');

describe.each([SHIPPED, FIXTURE, AWKWARD, GENERATED])('data/datapackage.json of $name', (site: SiteUnderTest) => {
  const dataDir = join(site.dir, packageFolder);
  const descriptor = readDescriptor(dataDir);

  test('is a valid Tabular Data Package, and every row of every file it lists matches its schema (types, formats, allowed values, required columns, primary and foreign keys)', async () => {
    expect(await problemsOf(dataDir)).toEqual([]);
  });

  test('lists every CSV file the site publishes, each once', () => {
    const listed = descriptor.resources.map((r) => `${packageFolder}${r.path}`).sort();
    expect(listed).toEqual(csvFilesIn(site.dir));
    expect(listed.length).toBeGreaterThanOrEqual(3);
  });

  test('gives each file\'s columns in the order of its header row', () => {
    for (const resource of descriptor.resources) {
      const [header] = parseCsv(readFileSync(join(dataDir, resource.path), 'utf8'), { to_line: 1 }) as string[][];
      expect(resource.schema.fields.map((f) => f.name), resource.path).toEqual(header);
    }
  });

  test('describes each column in the words of the data page, which links to it', () => {
    const page = readPage(site.dir, urls.data());
    expect(page).toContain(`href="${withBase(site.base, urls.dataPackage())}"`);
    const text = textOf(page);
    for (const field of descriptor.resources.flatMap((r) => r.schema.fields)) expect(text, field.name).toContain(field.description);
  });
});

describe('the validation fails on data that breaks the package\'s schemas', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pcc-datapackage-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let copies = 0;

  /** A copy of the fixture site's data folder with one file's rows changed. */
  function breakFile(file: string, change: (rows: Record<string, string>[]) => void): string {
    const dir = join(scratch, String(copies++));
    cpSync(join(FIXTURE.dir, packageFolder), dir, { recursive: true });
    const text = readFileSync(join(dir, file), 'utf8');
    const header = (parseCsv(text, { to_line: 1 }) as string[][])[0]!;
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    change(rows);
    writeFileSync(join(dir, file), toCsv(rows, header));
    return dir;
  }

  const inspectionFile = csvFilesIn(join(FIXTURE.dir, packageFolder)).find((f) => f.startsWith('inspections/'))!;
  const cases: [string, string, (rows: Record<string, string>[]) => void, RegExp][] = [
    ['a status that is not one of the statuses', 'statuses.csv', (rows) => { rows[0]!.status = 'finished'; }, /"finished" does not conform to the "enum" constraint for column "status"/],
    ['a status pair with an unknown status', 'responses.csv', (rows) => { rows[0]!.statuses = '1=finished'; }, /"pattern" constraint for column "statuses"/],
    ['a date that does not exist', 'responses.csv', (rows) => { rows[0]!.date = '2021-02-30'; }, /column "date" is not type "date"/],
    ['an empty required column', 'statuses.csv', (rows) => { rows[1]!.recommendation = ''; }, /"required" constraint for column "recommendation"/],
    ['a row twice (its primary key repeated)', 'statuses.csv', (rows) => { rows.push({ ...rows[0]! }); }, /unique constraint violation in column "document, recommendation"/],
    ['a document that is not in responses.csv', inspectionFile, (rows) => { rows.find((r) => r.document)!.document = 'nowhere/no-such-inspection'; }, /Foreign key "document" violation/],
    ['a page address that is not a full address on a site built with one', 'statuses.csv', (rows) => { rows[0]!.sectionUrl = '/responses/x/'; }, /column "sectionUrl" is not type "string" and format "uri"/],
  ];

  test.each(cases)('%s', async (_, file, change, expected) => {
    const problems = await problemsOf(breakFile(file, change));
    expect(problems.join('\n')).toMatch(expected);
  });

  test('a descriptor the standard does not allow: a column of an unknown type', async () => {
    const dir = breakFile('statuses.csv', () => {});
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { schema: { fields: { type: string }[] } }[] };
    descriptor.resources[0]!.schema.fields[0]!.type = 'text';
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
    expect((await problemsOf(dir))[0]).toMatch(/^datapackage\.json: /);
  });

  test('the fixture\'s data, copied unchanged, passes', async () => {
    expect(await problemsOf(breakFile('statuses.csv', () => {}))).toEqual([]);
  });
});
