/**
 * JSON Schemas of the content files, generated from the Zod schemas in src/schemas/ so the two
 * cannot drift: `force` (one entry of content/forces.yaml), `inspection` and `response` (the
 * frontmatter). They describe what an author may write (Zod's input side: fields with a
 * default are optional). Where the generator cannot see what Zod checks, an override says it:
 * a recommendation's entry (short or long form, chosen in code), the date patterns and formats,
 * an update's non-empty map. Every field's description is the one in its schema's `.meta()`,
 * carried by Zod's generator; a field without one is an error, so none is published undescribed.
 */
import { z } from 'zod';
import { daySchema, partialDateSchema } from '../../../schemas/dates.ts';
import { forceSchema } from '../../../schemas/force.ts';
import { inspectionSchema } from '../../../schemas/inspection.ts';
import { longFormSchema, recommendationEntrySchema, responseSchema, statusSchema } from '../../../schemas/response.ts';

type JsonSchema = Record<string, unknown>;

/** The published schemas, by file name under `/data/schema/`. */
export const CONTENT_SCHEMA_NAMES = ['force', 'inspection', 'response'] as const;
export type ContentSchemaName = (typeof CONTENT_SCHEMA_NAMES)[number];

const TITLES: Record<ContentSchemaName, string> = {
  force: 'One force in content/forces.yaml',
  inspection: 'The frontmatter of content/inspections/<id>.md',
  response: 'The frontmatter of content/responses/<force>/<inspection>.md',
};

const DAY_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const PARTIAL_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$';

/**
 * The JSON Schema of what an author may write in a file checked by `schema`, with each field's
 * meta: its `description`, and the `title` (the editor's label), `multiline` (a field of
 * sentences, written in a text area) and `draft` (the `npm run new` example) that
 * `contentJsonSchema` leaves out of the published schemas.
 */
export function generate(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // The entry is `z.unknown().transform(...)`: its shape is only in code, so it is written here.
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as JsonSchema;
      if (zodSchema === recommendationEntrySchema) {
        const { description } = json;
        for (const key of Object.keys(json)) delete json[key];
        Object.assign(json, { description, ...entrySchema() });
      } else if (isOrCopies(zodSchema, daySchema)) {
        // Zod checks the day exists (no 2024-02-30); format "date" says the same to a validator that checks formats.
        Object.assign(json, { pattern: DAY_PATTERN, format: 'date' });
      } else if (isOrCopies(zodSchema, partialDateSchema)) {
        Object.assign(json, { pattern: PARTIAL_DATE_PATTERN });
      }
      // The description last, where the published schemas have always had it.
      if (zodSchema !== recommendationEntrySchema && 'description' in json) {
        const { description } = json;
        delete json.description;
        json.description = description;
      }
    },
  }) as JsonSchema;
}

/** Whether `schema` is `original` or a copy of it made by `.meta()` or `.describe()`. */
function isOrCopies(schema: z.core.$ZodType, original: z.ZodType): boolean {
  for (let s: z.core.$ZodType | undefined = schema; s; s = s._zod.parent) if (s === original) return true;
  return false;
}

/** The short form or the long form, exactly one of which an entry must be. */
function entrySchema(): JsonSchema {
  const short = strip(z.toJSONSchema(statusSchema, { io: 'input' }) as JsonSchema);
  const long = strip(generate(longFormSchema));
  return {
    oneOf: [
      { ...short, description: 'Short form: the status id alone.' },
      { ...long, description: 'Long form: the status with the words it rests on.' },
    ],
  };
}

function strip(json: JsonSchema): JsonSchema {
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

/** Meta that the published schemas leave out: the editor's labels and text areas, and the draft's examples. */
const UNPUBLISHED_META = ['title', 'draft', 'multiline'];

/**
 * Every node below the root, with its path (`.` between fields, `[]` for a list's items, `*`
 * for the values of a map keyed by recommendation id, `|n` for the nth alternative).
 */
function* nodes(json: JsonSchema, path = ''): Generator<[string, JsonSchema, boolean]> {
  for (const [name, property] of Object.entries((json.properties ?? {}) as Record<string, JsonSchema>)) {
    const at = path ? `${path}.${name}` : name;
    yield [at, property, true];
    yield* nodes(property, at);
  }
  if (json.items) yield* nodes(json.items as JsonSchema, `${path}[]`);
  if (typeof json.additionalProperties === 'object') yield* nodes(json.additionalProperties as JsonSchema, `${path}.*`);
  for (const [index, alternative] of ((json.oneOf ?? json.anyOf ?? []) as JsonSchema[]).entries()) yield* nodes(alternative, `${path}|${index}`);
}

/** The published JSON Schema of `schema`: every field described, the editor's and draft's meta left out. */
export function publishedJsonSchema(schema: z.ZodType, title: string): JsonSchema {
  const json = generate(schema);
  for (const [path, node, isField] of nodes(json)) {
    if (isField && typeof node.description !== 'string') {
      throw new Error(`json-schema: the field "${path}" has no description; allowed: a .meta({ description }) on the field in src/schemas/`);
    }
    for (const key of UNPUBLISHED_META) delete node[key];
  }
  const { $schema, title: _title, draft: _draft, ...rest } = json;
  return { $schema, title, ...rest };
}

/** The JSON Schema of one content file (or, for `force`, one entry of the registry). */
export function contentJsonSchema(name: ContentSchemaName, schema?: z.ZodType): JsonSchema {
  const zodSchema = schema ?? { force: forceSchema, inspection: inspectionSchema, response: responseSchema }[name];
  const json = publishedJsonSchema(zodSchema, TITLES[name]);
  if (name === 'response') {
    // An update's map is refined to hold at least one entry.
    const updates = (json.properties as Record<string, JsonSchema>).updates!;
    const map = ((updates.items as JsonSchema).properties as Record<string, JsonSchema>).recommendations!;
    map.minProperties = 1;
  }
  return json;
}
