import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/lib/basics/frontmatter.ts';
import { CONTENT_SCHEMA_NAMES, contentJsonSchema, type ContentSchemaName } from '../../src/lib/outputs/data/json-schema.ts';
import { z } from 'zod';
import { forceSchema } from '../../src/schemas/force.ts';
import { inspectionSchema } from '../../src/schemas/inspection.ts';
import { longFormSchema, recommendationEntrySchema, responseSchema } from '../../src/schemas/response.ts';

// ajv, not Zod: the published schemas are checked by an independent validator, the kind an
// editor or a researcher's script would use, so a schema that only Zod's own reading accepts fails here.
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = Object.fromEntries(CONTENT_SCHEMA_NAMES.map((name) => [name, ajv.compile(contentJsonSchema(name))])) as Record<
  ContentSchemaName,
  ReturnType<typeof ajv.compile>
>;

/** Reads YAML as the loader does (every value as text). */
function yaml(source: string): unknown {
  const result = parseYaml(source);
  if (!result.ok) throw new Error(result.message);
  return result.yaml.data;
}

function frontmatter(file: string): unknown {
  return yaml(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '');
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
}

function errorsOf(name: ContentSchemaName, data: unknown): string {
  const validate = validators[name];
  return validate(data) ? '' : ajv.errorsText(validate.errors);
}

describe.each(['content', 'tests/fixtures/valid'])('every file in %s validates against the published schemas', (root) => {
  test('each force in forces.yaml', () => {
    const forces = yaml(readFileSync(join(root, 'forces.yaml'), 'utf8')) as unknown[];
    expect(forces.length).toBeGreaterThan(0);
    for (const force of forces) expect(errorsOf('force', force), JSON.stringify(force)).toBe('');
  });

  test.each(['inspections', 'responses'] as const)('each file in %s/', (dir) => {
    const files = markdownFiles(join(root, dir));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(errorsOf(dir === 'inspections' ? 'inspection' : 'response', frontmatter(file)), file).toBe('');
  });
});

describe('the response schema rejects what Zod rejects', () => {
  const base = { force: 'northshire', inspection: 'vetting-review-2021', date: '2021-06-01' };
  const cases: [string, Record<string, unknown>][] = [
    ['an unknown status in the short form', { recommendations: { '1': 'done' } }],
    ['an unknown status in the long form', { recommendations: { '1': { status: 'done', evidence: 'Placeholder words.' } } }],
    ['a long form without a status', { recommendations: { '1': { evidence: 'Placeholder words.' } } }],
    ['an unknown key in the long form', { recommendations: { '1': { status: 'complete', evidnce: 'Placeholder words.' } } }],
    ['an unknown top-level field', { recommendations: { '1': 'complete' }, athor: { name: 'A. Placeholder' } }],
    ['an empty list of quotations', { recommendations: { '1': { status: 'complete', evidence: [] } } }],
    ['a date in another format', { recommendations: { '1': 'complete' }, date: '01/06/2021' }],
    ['a date that does not exist', { recommendations: { '1': 'complete' }, date: '2021-02-30' }],
    ['an update with no statuses', { recommendations: { '1': 'complete' }, updates: [{ date: '2022-01-01', recommendations: {} }] }],
    ['an unknown status in an update', { recommendations: { '1': 'complete' }, updates: [{ date: '2022-01-01', recommendations: { '1': 'finished' } }] }],
    ['empty reasons', { recommendations: { '1': { status: 'complete', reasons: '' } } }],
    ['provenance without from', { recommendations: { '1': 'complete' }, provenance: { notes: ['Placeholder note.'] } }],
    ['a correction of an unknown field', { recommendations: { '1': 'complete' }, corrections: [{ date: '2022-01-01', field: 'wording', from: 'a', to: 'b', reason: 'Placeholder.' }] }],
    ['a correction without its reason', { recommendations: { '1': 'complete' }, corrections: [{ date: '2022-01-01', field: 'text', from: 'a', to: 'b' }] }],
    ['a redaction id with a space', { recommendations: { '1': 'complete' }, redactions: [{ id: 'officer mobile', date: '2022-01-01', reason: 'Placeholder.' }] }],
    ['a kept contact detail with an unknown field', { recommendations: { '1': 'complete' }, personalDataKept: [{ text: '01632 960000', reason: 'Placeholder.', why: 'Placeholder.' }] }],
  ];

  test.each(cases)('%s', (_, change) => {
    const data = { ...base, ...change };
    expect(responseSchema.safeParse(data).success).toBe(false);
    expect(errorsOf('response', data)).not.toBe('');
  });

  test('accepts every trust field, as Zod does', () => {
    const data = {
      ...base,
      recommendations: { '1': { status: 'not-addressed', reasons: 'Placeholder reasons.' }, '2': { status: 'planned', evidence: 'Placeholder.', reasons: 'Placeholder.' } },
      updates: [{ date: '2022-01-01', recommendations: { '2': { status: 'complete', reasons: 'Placeholder reasons of an update.' } } }],
      provenance: { from: 'Placeholder: a fictional PDF.', changes: ['Placeholder change.'], notes: ['Placeholder note.'] },
      corrections: [{ date: '2022-02-01', recommendation: '2', field: 'status', from: 'in-progress', to: 'planned', reason: 'Placeholder.' }],
      redactions: [{ id: 'officer-mobile', date: '2022-02-01', reason: "a fictional officer's mobile number" }],
      personalDataKept: [{ text: '01632 960000', reason: 'Placeholder: the fictional switchboard.' }],
    };
    expect(responseSchema.safeParse(data).success).toBe(true);
    expect(errorsOf('response', data)).toBe('');
  });

  test('accepts both forms of an entry, as Zod does', () => {
    const data = {
      ...base,
      recommendations: { '1': 'complete', '2': { status: 'in-progress', evidence: ['Placeholder one.', 'Placeholder two.'] }, '3': { status: 'planned' } },
    };
    expect(responseSchema.safeParse(data).success).toBe(true);
    expect(errorsOf('response', data)).toBe('');
  });
});

describe('the other schemas reject what Zod rejects', () => {
  test('a force with an unknown region or an unknown field', () => {
    const force = { id: 'northshire', name: 'Northshire Police', policingBody: 'Police and Crime Commissioner for Northshire', region: 'North West' };
    expect(errorsOf('force', force)).toBe('');
    expect(errorsOf('force', { ...force, region: 'Atlantis' })).not.toBe('');
    expect(errorsOf('force', { ...force, colour: 'blue' })).not.toBe('');
  });

  test('an inspection whose published date is not YYYY-MM or YYYY-MM-DD', () => {
    const inspection = { title: 'A placeholder review', published: '2021-05', kind: 'national-thematic', scope: 'all', recommendations: [] };
    expect(errorsOf('inspection', inspection)).toBe('');
    expect(errorsOf('inspection', { ...inspection, published: 'May 2021' })).not.toBe('');
  });
});

/**
 * Every field of a Zod object, by path (`a.b`, `list[].c`, `map.*.d` for a recommendation
 * entry's long form), with the description its meta gives: read from the Zod schemas
 * themselves, not from the generator under test.
 */
function zodFields(schema: z.ZodType, path = ''): [string, string | undefined][] {
  const def = schema._zod.def as unknown as Record<string, z.ZodType & Record<string, unknown>>;
  switch (schema._zod.def.type) {
    case 'optional':
    case 'default':
      return zodFields(def.innerType!, path);
    case 'array':
      return zodFields(def.element!, `${path}[]`);
    case 'record':
      return zodFields(longFormSchema, `${path}.*.`.replace(/^\./, ''));
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([name, field]) => {
        const at = path && !path.endsWith('.') ? `${path}.${name}` : `${path}${name}`;
        return [[at, z.globalRegistry.get(field)?.description] as [string, string | undefined], ...zodFields(field, at)];
      });
    default:
      return [];
  }
}

/** The published schema's node at a path written as `zodFields` writes it. */
function nodeAt(json: Record<string, unknown>, path: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = json;
  for (const step of path.split('.')) {
    if (step === '*') {
      const entry = node?.additionalProperties as { oneOf: Record<string, unknown>[] } | undefined;
      node = entry?.oneOf.find((form) => form.type === 'object');
      continue;
    }
    const name = step.replace(/(\[\])+$/, '');
    node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[name];
    for (let lists = (step.length - name.length) / 2; lists > 0; lists--) node = node?.items as Record<string, unknown> | undefined;
  }
  return node;
}

describe('the schemas explain themselves', () => {
  test.each([
    ['force', forceSchema],
    ['inspection', inspectionSchema],
    ['response', responseSchema],
  ] as const)('every field of the %s schema has a description in its meta, published as it is written there', (name, schema) => {
    const fields = zodFields(schema);
    expect(fields.length).toBeGreaterThan(name === 'force' ? 4 : 10);
    const published = contentJsonSchema(name);
    for (const [path, description] of fields) {
      expect(description, `${name}: ${path} has no description in its .meta()`).toMatch(/\S/);
      expect(nodeAt(published, path)?.description, `${name}: ${path}`).toBe(description);
    }
  });

  test('the response schema reaches every nested field: the author, an entry\'s long form, the trust fields', () => {
    const paths = zodFields(responseSchema).map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['author.name', 'recommendations.*.evidence', 'updates[].recommendations.*.reasons', 'provenance.from', 'corrections[].to', 'personalDataKept[].reason']));
  });

  test('an entry says what its two forms are', () => {
    const response = contentJsonSchema('response') as { properties: Record<string, { description?: string }> };
    const entry = (response.properties.recommendations as { additionalProperties: { description: string; oneOf: { description: string }[] } }).additionalProperties;
    expect(entry.description).toBe(z.globalRegistry.get(recommendationEntrySchema)?.description);
    expect(entry.oneOf.map((form) => form.description)).toEqual(['Short form: the status id alone.', 'Long form: the status with the words it rests on.']);
  });

  test('publishes no editor label or draft example: the keywords a strict validator does not know stay out', () => {
    const schemas = { force: forceSchema, inspection: inspectionSchema, response: responseSchema };
    for (const name of CONTENT_SCHEMA_NAMES) {
      const published = contentJsonSchema(name);
      expect(published.title, name).toMatch(/^The frontmatter|^One force/);
      for (const [path] of zodFields(schemas[name])) expect(Object.keys(nodeAt(published, path)!), `${name}: ${path}`).not.toEqual(expect.arrayContaining(['title']));
      expect(JSON.stringify(published), name).not.toMatch(/"draft":/);
    }
    // The meta is there to leave out: the response's date has both.
    expect(z.globalRegistry.get(responseSchema.shape.date)).toMatchObject({ title: expect.any(String), draft: 'YYYY-MM-DD' });
  });
});
