/**
 * A field is named and described once, in its Zod schema's meta: a field added to a copy of the
 * response schema appears, with its description, in every place made from the schema (the
 * allowed-fields message, the published JSON Schema, the editor's configuration, the
 * `npm run new` template and what `npm run import` fills in), and a field without a
 * description is refused where the JSON Schemas are made.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadContent } from '../../src/lib/content/load.ts';
import { contentFields, widgetFor } from '../../src/lib/editor/config.ts';
import { contentJsonSchema, generate } from '../../src/lib/outputs/data/json-schema.ts';
import { draftFieldNames, draftFrontmatter } from '../../src/lib/office/scaffold.ts';
import { forceSchema } from '../../src/schemas/force.ts';
import { inspectionSchema } from '../../src/schemas/inspection.ts';
import { fieldsObject } from '../../src/schemas/messages.ts';
import { responseSchema, responseShape } from '../../src/schemas/response.ts';
import { VALID } from '../fixtures/fixtures.ts';

type Json = Record<string, unknown>;

const DESCRIPTION = 'Who checked the statuses before publication (a fictional field for this test).';
const reviewedBy = z.string().optional().meta({ title: 'Checked by', description: DESCRIPTION, draft: 'A. Placeholder' });
const extended = fieldsObject({ ...responseShape, reviewedBy });

const { corpus } = loadContent(VALID);
const force = corpus.forces.find((f) => f.id === 'eastmarch')!;
const inspection = corpus.inspections.find((i) => i.id === 'vetting-review-2021')!;
const frontmatter = { force: force.id, inspection: inspection.id, recommendations: { '1': 'complete' } };

describe('a field added to a copy of the response schema', () => {
  test('is a field the schema allows, and the allowed-fields message names it', () => {
    expect(extended.safeParse({ ...frontmatter, reviewedBy: 'A. Placeholder' }).success).toBe(true);
    const typo = extended.safeParse({ ...frontmatter, reviewdBy: 'A. Placeholder' });
    expect(typo.error?.issues[0]?.message).toMatch(/unknown field "reviewdBy" \(did you mean "reviewedBy"\?\).*allowed fields: .*personalDataKept, reviewedBy$/);
    expect(responseSchema.safeParse({ ...frontmatter, reviewedBy: 'A. Placeholder' }).success).toBe(false);
  });

  test('is in the published JSON Schema with its description, and without the editor\'s and draft\'s meta', () => {
    const properties = contentJsonSchema('response', extended).properties as Record<string, Json>;
    expect(properties.reviewedBy).toEqual({ type: 'string', description: DESCRIPTION });
    expect(contentJsonSchema('response').properties).not.toHaveProperty('reviewedBy');
  });

  test('is in the editor with its title as the label and its description as the hint', () => {
    const field = contentFields({ response: extended }).response.find((f) => f.name === 'reviewedBy')!;
    expect(widgetFor(field, { top: true, choices: {}, quotations: false })).toEqual({
      name: 'reviewedBy', label: 'Checked by', required: false, hint: DESCRIPTION, widget: 'string',
    });
    expect(contentFields().response.map((f) => f.name)).not.toContain('reviewedBy');
  });

  test('is written in a text area when its meta says it runs to sentences, and the published schema does not say so', () => {
    const notes = z.string().optional().meta({ title: 'Checker\'s notes', description: DESCRIPTION, multiline: true });
    const withNotes = fieldsObject({ ...responseShape, checkerNotes: notes });
    const field = contentFields({ response: withNotes }).response.find((f) => f.name === 'checkerNotes')!;
    expect(widgetFor(field, { top: true, choices: {}, quotations: false })).toMatchObject({ label: 'Checker\'s notes', widget: 'text' });
    expect((contentJsonSchema('response', withNotes).properties as Record<string, Json>).checkerNotes).toEqual({ type: 'string', description: DESCRIPTION });
  });

  test('is offered, under its description, by npm run new, and filled in by npm run import when given', () => {
    expect(draftFieldNames(extended)).toEqual(['date', 'author', 'recipient', 'source', 'reviewedBy']);
    const draft = draftFrontmatter(force, inspection, 'pcc-response', {}, [], extended);
    // In the schema's order: after the recommendations, as the field comes after them.
    expect(draft).toMatch(new RegExp(`\n# source: https://…\nrecommendations:\n[^]*\n    evidence:\n# ${DESCRIPTION.replace(/[()]/g, '\\$&')}\n# reviewedBy: A. Placeholder\n---\n$`));
    const filled = draftFrontmatter(force, inspection, 'pcc-response', { reviewedBy: 'B. Placeholder' }, [], extended);
    expect(filled).toMatch(/\n    evidence:\nreviewedBy: B. Placeholder\n---\n$/);
    expect(draftFrontmatter(force, inspection, 'pcc-response')).not.toContain('reviewedBy');
  });
});

describe('a field without a description', () => {
  test('at the top of a file stops the JSON Schema, naming the field', () => {
    const undescribed = fieldsObject({ ...responseShape, reviewedBy: z.string().optional() });
    expect(() => contentJsonSchema('response', undescribed)).toThrow(/the field "reviewedBy" has no description/);
  });

  test('inside a list of groups stops it too, named by its path', () => {
    const checks = z.array(fieldsObject({ by: z.string().meta({ description: 'Who checked.' }), on: z.string() })).optional();
    const undescribed = fieldsObject({ ...responseShape, checks: checks.meta({ description: 'The checks made (fictional).' }) });
    expect(() => contentJsonSchema('response', undescribed)).toThrow(/the field "checks\[\]\.on" has no description/);
  });
});

/**
 * docs/content-model.md is the contract people read, in words of its own: the one other place a
 * field is described. Each field of a file, and each field of the groups listed in it, must have
 * a row ("| `name` |") in that file's section.
 */
const CONTRACT = readFileSync(resolve(import.meta.dirname, '../../docs/content-model.md'), 'utf8');

function section(heading: string): string {
  const start = CONTRACT.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = CONTRACT.indexOf('\n## ', start + 1);
  return CONTRACT.slice(start, end < 0 ? undefined : end);
}

/**
 * The fields of a file's JSON Schema, of the groups in it (an author, a provenance, each item of
 * a list, an entry's long form) and of an update's, that have no row in `text` (a group's fields
 * may be named in its own row instead, as "`{ name, role }`").
 */
function undocumented(schema: z.ZodType, text: string): string[] {
  const missing = new Set<string>();
  const isNamed = (name: string, inGroup: boolean) =>
    text.includes(`| \`${name}\` |`) || (inGroup && new RegExp(`\`\\{[^\`]*\\b${name}\\b[^\`]*\\}\``).test(text));
  const walk = (json: Json, depth: number) => {
    for (const [name, property] of Object.entries((json.properties ?? {}) as Record<string, Json>)) {
      if (!isNamed(name, depth > 0)) missing.add(name);
      const entry = (property.additionalProperties as { oneOf?: Json[] } | undefined)?.oneOf?.find((f) => f.type === 'object');
      const group = (property.items ?? entry ?? property) as Json;
      if (group.properties && depth < 2) walk(group, depth + 1);
    }
  };
  walk(generate(schema), 0);
  return [...missing];
}

describe('docs/content-model.md', () => {
  test.each([
    ['`content/forces.yaml`', forceSchema],
    ['`content/inspections/<id>.md`', inspectionSchema],
    ['`content/responses/<force-id>/<inspection-id>.md`', responseSchema],
  ] as const)('has a row for every field of %s', (heading, schema) => {
    expect(undocumented(schema, section(heading))).toEqual([]);
  });

  test('misses the field added to a copy of the schema, until it is documented', () => {
    const responses = section('`content/responses/<force-id>/<inspection-id>.md`');
    expect(undocumented(extended, responses)).toEqual(['reviewedBy']);
    expect(undocumented(extended, `${responses}\n| \`reviewedBy\` | no | ${DESCRIPTION} |\n`)).toEqual([]);
  });
});
