/**
 * JSON Schemas of the content files, generated from the Zod schemas in src/schemas/ so the two
 * cannot drift: `force` (one entry of content/forces.yaml), `inspection` and `response` (the
 * frontmatter). They describe what an author may write (Zod's input side: fields with a
 * default are optional). Where the generator cannot see what Zod checks, an override says it:
 * a recommendation's entry (short or long form, chosen in code), the date patterns and formats,
 * an update's non-empty map. The descriptions carry the schemas' doc comments.
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

/** The doc comments of the provenance schema (src/schemas/trust.ts), in a response and an inspection. */
const PROVENANCE_DESCRIPTIONS: Record<string, string> = {
  'provenance.from': 'Where the copy was taken from, e.g. the published PDF it was transcribed from, in a sentence.',
  'provenance.changes': 'Each change made in transcribing, and why, one sentence each.',
  'provenance.notes': 'Other facts about the copy, one sentence each, e.g. "No date: the document carries none."',
};

/**
 * The doc comments of the Zod schemas, by field path: `.` between fields, `[]` for a list's
 * items, `*` for the values of a map keyed by recommendation id.
 */
const DESCRIPTIONS: Record<ContentSchemaName, Record<string, string>> = {
  force: {
    '': 'One territorial police force, as listed in content/forces.yaml (a list of these).',
    id: 'The force\'s id: its name lower-cased, words joined by hyphens, without "Police", "Constabulary" or "Service".',
    name: 'The force\'s name as it styles itself, e.g. "Cleveland Police".',
    policingBody: 'The title of the force\'s current local policing body, e.g. "Police and Crime Commissioner for Cleveland".',
    region: 'The region of England, or Wales, the force serves.',
    note: 'A fact about the force in a sentence or two, e.g. how its office styles itself, when its body changed; shown on its page.',
  },
  inspection: {
    '': 'One HMICFRS inspection report.',
    title: "The report's full title.",
    published: 'When HMICFRS published it: YYYY-MM-DD, or YYYY-MM where only the month is known.',
    kind: 'The kind of inspection, lower-case with hyphens: national-thematic, force, peel...',
    scope: 'Which forces it concerns: "all", or a list of force ids.',
    url: "The report on the inspectorate's website.",
    recommendations: "The report's recommendations, in its order.",
    'recommendations[]': 'One recommendation of an inspection report.',
    'recommendations[].id': 'The report\'s own number for it, as text: "1", "4a".',
    'recommendations[].title': 'A short label, a few words, shown in tables and lists.',
    'recommendations[].text': "The recommendation's full words, as the report gives them (Markdown).",
    'recommendations[].addressedTo': 'Who it is for: "all forces", "NPCC lead for vetting", "Home Office"...',
    'recommendations[].due': 'When it is to be done by, if the report says: YYYY-MM-DD or YYYY-MM.',
    'recommendations[].note': 'A fact about the recommendation in a sentence or two, e.g. what its due rests on; shown on the inspection page.',
    provenance: 'Where the recommendation texts were taken from, differences between copies, notes on url and published.',
    ...PROVENANCE_DESCRIPTIONS,
  },
  response: {
    '': 'One published document answering an inspection report.',
    force: 'The force the document is about: an id from content/forces.yaml.',
    inspection: 'The inspection it answers: the id (file name) of a file in content/inspections/.',
    kind: 'What kind of document it is.',
    date: 'The date on the document, YYYY-MM-DD. Leave it out only if the document has no date.',
    published: 'When it was published, YYYY-MM-DD, if known.',
    author: 'Who signed it.',
    'author.name': 'Their name, as signed.',
    'author.role': 'Their title, e.g. "Police and Crime Commissioner for Suffolk".',
    recipient: 'Who it is addressed to, as written on it.',
    source: 'The web address of the original document.',
    title: 'A title to show instead of the one the site makes from the force and inspection.',
    lang: "The document's language: en (the default) or cy (Welsh).",
    recommendations: 'The status the document gives each recommendation, by recommendation id: a status id ("3": awaiting-national), or { status, evidence, reasons } with the words it rests on and the site\'s reasons.',
    updates: "Later changes of status, oldest first; the document's own statuses stay as it gave them.",
    'updates[]': 'A later change of status, from a progress update or a later letter, after the document was published.',
    'updates[].date': 'When the new statuses were given, YYYY-MM-DD: not before the document itself.',
    'updates[].recommendations': "The new status of each recommendation that changed, by recommendation id: a status id, or { status, evidence, reasons } with words quoted from the update's source (see note).",
    'updates[].note': 'Where the update comes from and what it says, in a sentence or two.',
    provenance: 'Where this copy came from and what transcribing it changed: shown under "About this copy".',
    ...PROVENANCE_DESCRIPTIONS,
    corrections: 'Changes of the site\'s reading after first publication, oldest first: shown under "Corrections".',
    'corrections[]': 'One change of the site\'s reading after first publication.',
    'corrections[].date': "When the change was made, YYYY-MM-DD: not before the document's date, and oldest first.",
    'corrections[].recommendation': 'The recommendation whose entry changed, in quotation marks ("3"); left out for a correction of the text.',
    'corrections[].field': "What changed: status, evidence, reasons (of a recommendation's entry) or text (the transcription).",
    'corrections[].from': 'What it was: a status id, a quotation, or words of the text; left out of an evidence correction that added a quotation.',
    'corrections[].to': 'What it became: for the newest correction of a status, what it is now; left out of an evidence correction that removed a quotation.',
    'corrections[].reason': 'Why it was changed, in a sentence or two.',
    redactions: 'Personal data taken out of the body, each replaced there by the marker [redacted: <id>].',
    'redactions[]': 'One piece of personal data taken out of the body, replaced there by [redacted: <id>].',
    'redactions[].id': "The name used in the body's marker [redacted: <id>]: lower-case words joined by hyphens.",
    'redactions[].date': 'When it was taken out, YYYY-MM-DD.',
    'redactions[].reason': 'What was taken out, as the reader sees it: "[Redacted: <reason>]", e.g. "a named official\'s mobile number".',
    personalDataKept: 'Contact details in the body kept on purpose, each with the reason, so the personal-data check does not warn.',
    'personalDataKept[]': 'A contact detail in the body kept on purpose, so the personal-data check does not warn about it.',
    'personalDataKept[].text': "The words exactly as they stand in the body, e.g. an office's shared inbox address.",
    'personalDataKept[].reason': 'Why it is kept, e.g. "the office\'s shared public inbox, printed on its letterhead".',
  },
};

const ENTRY_DESCRIPTION = "A recommendation's entry: a status id (short form) or { status, evidence, reasons } (long form).";
const LONG_FORM_DESCRIPTIONS: Record<string, string> = {
  status: 'The status the document gives the recommendation: one of the status ids.',
  evidence: "The words the status rests on, copied word for word from the document's body: one quotation or a list of them. The loader checks each is in the body (in an update, it is quoted from the update's own source and not checked). Not allowed with not-addressed.",
  reasons: 'The site\'s reasons for reading the status this way, in plain sentences: shown as "Why this status" beside the status. Allowed with every status, not-addressed included.',
};

const DAY_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const PARTIAL_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$';

/** The JSON Schema of what an author may write in a file checked by `schema` (no descriptions). */
export function generate(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // The entry is `z.unknown().transform(...)`: its shape is only in code, so it is written here.
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as JsonSchema;
      if (zodSchema === recommendationEntrySchema) {
        for (const key of Object.keys(json)) delete json[key];
        Object.assign(json, entrySchema());
      } else if (zodSchema === daySchema) {
        // Zod checks the day exists (no 2024-02-30); format "date" says the same to a validator that checks formats.
        Object.assign(json, { pattern: DAY_PATTERN, format: 'date' });
      } else if (zodSchema === partialDateSchema) {
        Object.assign(json, { pattern: PARTIAL_DATE_PATTERN });
      }
    },
  }) as JsonSchema;
}

/** The short form or the long form, exactly one of which an entry must be. */
function entrySchema(): JsonSchema {
  const short = strip(z.toJSONSchema(statusSchema, { io: 'input' }) as JsonSchema);
  const long = strip(z.toJSONSchema(longFormSchema, { io: 'input' }) as JsonSchema);
  const properties = long.properties as Record<string, JsonSchema>;
  for (const [field, description] of Object.entries(LONG_FORM_DESCRIPTIONS)) properties[field]!.description = description;
  return {
    description: ENTRY_DESCRIPTION,
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

/** Sets each description at its field path. */
function describe(json: JsonSchema, descriptions: Record<string, string>): void {
  for (const [path, description] of Object.entries(descriptions)) {
    let node: JsonSchema | undefined = json;
    for (const step of path === '' ? [] : path.split('.')) {
      const isList = step.endsWith('[]');
      node = (node?.properties as Record<string, JsonSchema> | undefined)?.[isList ? step.slice(0, -2) : step];
      if (isList) node = node?.items as JsonSchema | undefined;
    }
    if (!node) throw new Error(`json-schema: no field "${path}" to describe`);
    node.description = description;
  }
}

/** The JSON Schema of one content file (or, for `force`, one entry of the registry). */
export function contentJsonSchema(name: ContentSchemaName): JsonSchema {
  const zodSchema = { force: forceSchema, inspection: inspectionSchema, response: responseSchema }[name];
  const json = generate(zodSchema);
  describe(json, DESCRIPTIONS[name]);
  if (name === 'response') {
    // An update's map is refined to hold at least one entry.
    const updates = (json.properties as Record<string, JsonSchema>).updates!;
    const map = ((updates.items as JsonSchema).properties as Record<string, JsonSchema>).recommendations!;
    map.minProperties = 1;
  }
  const { $schema, ...rest } = json;
  return { $schema, title: TITLES[name], ...rest };
}
