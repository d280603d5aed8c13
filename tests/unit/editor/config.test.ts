/** The editor's configuration is made from the schemas and the content: nothing in it can drift from them. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contentFields, editorConfig, WIDGETS } from '../../../src/lib/editor/config.ts';
import { contentJsonSchema } from '../../../src/lib/outputs/data/json-schema.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { responseSchema } from '../../../src/schemas/response.ts';
import { STATUS_IDS } from '../../../src/lib/basics/statuses.ts';
import { VALID } from '../../fixtures/fixtures.ts';

type Json = Record<string, unknown>;

/** Every field path of a JSON Schema: `a.b`, `list[].c`, `map.*.d` (a recommendation entry's long form). */
function schemaPaths(schema: Json, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const path = `${prefix}${name}`;
    paths.push(path, ...childPaths(property, path));
  }
  return paths;
}

function childPaths(node: Json, path: string): string[] {
  const alternatives = (node.oneOf ?? node.anyOf) as Json[] | undefined;
  if (alternatives) return alternatives.flatMap((a) => childPaths(a, path));
  if (node.type === 'array') return childPaths(node.items as Json, `${path}[]`);
  if (node.type === 'object' && node.properties) return schemaPaths(node, `${path}.`);
  if (node.type === 'object' && node.additionalProperties) return childPaths(node.additionalProperties as Json, `${path}.*`);
  return [];
}

/** Every field path of the editor's widgets, written the same way (a recommendation list's items as `.*`). */
function configPaths(widgets: Json[], prefix = ''): string[] {
  return widgets.flatMap((widget) => {
    const path = `${prefix}${widget.name as string}`;
    const isEntries = (widget.fields as Json[] | undefined)?.some((f) => f.widget === WIDGETS.recommendation);
    const inner = widget.widget === 'list' ? `${path}${isEntries ? '.*' : '[]'}` : path;
    const children = widget.fields ? configPaths((widget.fields as Json[]).filter((f) => f.widget !== WIDGETS.recommendation), `${inner}.`) : [];
    return [path, ...children];
  });
}

const content = {
  forces: [{ id: 'northshire', name: 'Northshire Constabulary' }, { id: 'westmere', name: 'Westmere Police' }],
  inspections: [{ id: 'vetting-review-2021', title: 'Fictional vetting review', recommendations: [{ id: '1', title: 'One' }] }],
};
const options = { contentFolder: 'content', backend: { name: 'github', repo: 'example/site', branch: 'main' } as const, editorialWorkflow: true };
const collection = (config: Json, name: string) => (config.collections as Json[]).find((c) => c.name === name)!;
const field = (fields: Json[], name: string) => fields.find((f) => f.name === name)!;

describe('the editor configuration', () => {
  test('has a field for every field of the response and inspection schemas, at the same place', () => {
    const config = editorConfig(content, options);
    for (const name of ['response', 'inspection'] as const) {
      const fields = collection(config, `${name}s`).fields as Json[];
      const paths = configPaths(fields.filter((f) => f.name !== 'body'));
      expect(paths.sort(), name).toEqual([...new Set(schemaPaths(contentJsonSchema(name)))].sort());
    }
  });

  test('gains a field added to a copy of the schema, with its description as the hint', () => {
    const extended = responseSchema.extend({ reviewedBy: z.string().optional().describe('Who checked the statuses.') });
    const config = editorConfig(content, options, contentFields({ response: extended }));
    const fields = collection(config, 'responses').fields as Json[];
    expect(field(fields, 'reviewedBy')).toMatchObject({ widget: 'string', required: false, label: 'Reviewed by', hint: 'Who checked the statuses.' });
    const without = collection(editorConfig(content, options), 'responses').fields as Json[];
    expect(without.map((f) => f.name)).not.toContain('reviewedBy');
  });

  test('offers the forces and inspections of the content, and the statuses of the content model', async () => {
    const { corpus } = await loadContent(VALID);
    const made = {
      forces: corpus.forces.map((f) => ({ id: f.id, name: f.name })),
      inspections: corpus.inspections.map((i) => ({ id: i.id, title: i.title, recommendations: i.recommendations })),
    };
    const fields = collection(editorConfig(made, options), 'responses').fields as Json[];
    const values = (f: Json) => (f.options as { value: string }[]).map((o) => o.value);
    expect(values(field(fields, 'force'))).toEqual(corpus.forces.map((f) => f.id));
    expect(values(field(fields, 'inspection'))).toEqual(corpus.inspections.map((i) => i.id));
    const entry = field(fields, 'recommendations').fields as Json[];
    expect(values(field(entry, 'status'))).toEqual([...STATUS_IDS]);
    expect(field(entry, 'evidence')).toMatchObject({ widget: 'list', field: { widget: WIDGETS.quotation } });
  });

  test('requires what the schema requires, and checks dates and addresses as the schema does', () => {
    const fields = collection(editorConfig(content, options), 'responses').fields as Json[];
    expect(field(fields, 'force').required).toBe(true);
    expect(field(fields, 'date')).toMatchObject({ required: false, pattern: [expect.stringContaining('[0-9]{4}'), expect.any(String)] });
    expect(new RegExp((field(fields, 'date').pattern as string[])[0]!).test('2026-12-06')).toBe(true);
    expect(new RegExp((field(fields, 'date').pattern as string[])[0]!).test('6 December 2026')).toBe(false);
  });

  test('keeps drafts unpublished on the hosted editor, and uses the local proxy only when asked', () => {
    expect(editorConfig(content, options)).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github', repo: 'example/site' } });
    const local = editorConfig(content, { ...options, editorialWorkflow: false, localBackend: 'http://localhost:8081/api/v1' });
    expect(local).not.toHaveProperty('publish_mode');
    expect(local).toMatchObject({ local_backend: { url: 'http://localhost:8081/api/v1' } });
  });
});
