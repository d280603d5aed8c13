/**
 * The shape of a content file's fields as the editor sees them, read from the JSON Schema that
 * src/lib/outputs/data/json-schema.ts generates from the Zod schemas: so a field added to a schema is a
 * field in the editor, with no list written by hand. Both the editor's configuration
 * (config.ts) and its file format (format.ts) walk this one shape.
 *
 * Three kinds of YAML value have no form of their own in the editor and become lists:
 * a map of recommendation entries (`"3": planned` or `"3": { status, evidence }`) is a list of
 * `{ id, status, evidence, ... }`; "one quotation or a list of them" is a list; "`all` or a list
 * of force ids" is a list whose only item may be `all`.
 */

type JsonSchema = Record<string, unknown>;

export type Shape =
  | { kind: 'text'; options?: readonly string[]; pattern?: string; url?: boolean; defaultValue?: string }
  | { kind: 'list'; item: Shape }
  /** One value or a list of them in the file; always a list in the editor. */
  | { kind: 'one-or-list'; item: Shape }
  /** A fixed word (`all`) or a list in the file; a list in the editor, `[word]` for the word. */
  | { kind: 'word-or-list'; word: string; item: Shape }
  | { kind: 'object'; fields: readonly Field[] }
  /** A map by recommendation id of a status alone (short form) or an object holding `status` (long form). */
  | { kind: 'entries'; long: readonly Field[] };

export interface Field {
  name: string;
  shape: Shape;
  required: boolean;
  description?: string;
  /** The field's short label, from its schema's meta. */
  title?: string;
  /** A field of sentences (its schema's meta says `multiline`): written in a text area. */
  multiline?: boolean;
}

/** The name the editor gives a recommendation entry's key. */
export const ENTRY_ID = 'id';

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: JsonSchema): Field[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    shape: shapeOf(property, name),
    required: required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    ...(typeof property.title === 'string' ? { title: property.title } : {}),
    ...(property.multiline === true ? { multiline: true } : {}),
  }));
}

/** The editor's shape of one JSON Schema node; an unknown node is an error, never a silent guess. */
export function shapeOf(schema: JsonSchema, where: string): Shape {
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives) return alternativeShape(alternatives, where);
  if (schema.type === 'string') {
    const shape: Shape = { kind: 'text' };
    if (Array.isArray(schema.enum)) shape.options = schema.enum as string[];
    if (typeof schema.pattern === 'string') shape.pattern = schema.pattern;
    if (schema.format === 'uri') shape.url = true;
    if (typeof schema.default === 'string') shape.defaultValue = schema.default;
    return shape;
  }
  if (schema.type === 'array') return { kind: 'list', item: shapeOf(schema.items as JsonSchema, `${where}[]`) };
  if (schema.type === 'object' && schema.properties) return { kind: 'object', fields: fieldsOf(schema) };
  if (schema.type === 'object' && isEntry(schema.additionalProperties)) {
    const long = ((schema.additionalProperties as JsonSchema).oneOf as JsonSchema[]).find((s) => s.type === 'object')!;
    return { kind: 'entries', long: fieldsOf(long) };
  }
  throw new Error(`editor: the field "${where}" has a schema the editor cannot show: ${JSON.stringify(schema).slice(0, 200)}`);
}

function alternativeShape(alternatives: JsonSchema[], where: string): Shape {
  const list = alternatives.find((s) => s.type === 'array');
  const word = alternatives.find((s) => typeof s.const === 'string');
  const single = alternatives.find((s) => s.type === 'string' && s.const === undefined);
  if (alternatives.length === 2 && list && word) return { kind: 'word-or-list', word: word.const as string, item: shapeOf(list.items as JsonSchema, `${where}[]`) };
  if (alternatives.length === 2 && list && single) return { kind: 'one-or-list', item: shapeOf(single, where) };
  throw new Error(`editor: the field "${where}" is a choice the editor cannot show: ${JSON.stringify(alternatives).slice(0, 200)}`);
}

/** A recommendation entry: a status alone, or an object with a `status`. */
function isEntry(schema: unknown): boolean {
  const oneOf = (schema as JsonSchema | undefined)?.oneOf as JsonSchema[] | undefined;
  return Boolean(oneOf?.some((s) => s.type === 'string') && oneOf.some((s) => s.type === 'object' && (s.properties as JsonSchema | undefined)?.status));
}
