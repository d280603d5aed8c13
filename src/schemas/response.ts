import { z } from 'zod';
import { DEFAULT_DOCUMENT_KIND, DOCUMENT_KIND_IDS } from '../lib/basics/document-kinds.ts';
import { STATUS_IDS, type StatusId } from '../lib/basics/statuses.ts';
import { daySchema } from './dates.ts';
import { allowed, describeValue, fieldsObject, unknownFields } from './messages.ts';
import { correctionSchema, personalDataKeptSchema, provenanceSchema, redactionSchema } from './trust.ts';

/*
 * Each field is named and described here once, in its `.meta()`: `description` (the field's
 * meaning, carried into the JSON Schemas, the editor's hints and the `npm run new` template),
 * `title` (the editor's label) and, for a field a new draft offers, `draft` (the example
 * `npm run new` writes after the field's name).
 */

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

const authorSchema = fieldsObject({
  name: text('the name of the person who signed it').meta({ title: 'Name', description: 'Their name, as signed.', draft: '' }),
  role: text('their title, e.g. Police and Crime Commissioner for Suffolk').optional()
    .meta({ title: 'Role', description: 'Their title, e.g. "Police and Crime Commissioner for Suffolk".', draft: '' }),
});

const STATUS_ALLOWED = STATUS_IDS.join(', ');

/** A status id: the short form of a recommendation's entry. */
export const statusSchema = z.enum(STATUS_IDS, allowed(STATUS_ALLOWED));

const QUOTE_ALLOWED = 'words copied from the document, in quotation marks, e.g. "The Constabulary will await further information." (or remove the evidence line)';

/** One quotation: words copied from the document, word for word. */
const quoteSchema = z.string(allowed(QUOTE_ALLOWED)).trim().min(1, allowed(QUOTE_ALLOWED));

const EVIDENCE_ALLOWED = 'one quotation, or a list of quotations each on a line starting "- ", copied word for word from the document';

/** The words a status rests on: one quotation or a list of them. */
const evidenceSchema = z.union([quoteSchema, z.array(quoteSchema, allowed(EVIDENCE_ALLOWED)).min(1, allowed(EVIDENCE_ALLOWED))]);

const REASONS_ALLOWED = 'one or more sentences saying why the site reads the status this way';

const longFormShape = {
  status: statusSchema.meta({ title: 'Status', description: 'The status the document gives the recommendation: one of the status ids.' }),
  evidence: evidenceSchema.optional().meta({
    title: 'Evidence',
    description: "The words the status rests on, copied word for word from the document's body: one quotation or a list of them. The loader checks each is in the body (in an update, it is quoted from the update's own source and not checked). Not allowed with not-addressed.",
  }),
  reasons: z.string(allowed(REASONS_ALLOWED)).trim().min(1, allowed(REASONS_ALLOWED)).optional().meta({ multiline: true,
    title: 'Why this status',
    description: 'The site\'s reasons for reading the status this way, in plain sentences: shown as "Why this status" beside the status. Allowed with every status, not-addressed included.',
  }),
};
const LONG_FORM_FIELDS = Object.keys(longFormShape);

/** The long form of a recommendation's entry: its status with the words it rests on and the site's reasons. */
export const longFormSchema = z.strictObject(
  longFormShape,
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return unknownFields(LONG_FORM_FIELDS).error(issue);
      return allowed(`a status (${STATUS_ALLOWED}), or a group of the fields status, evidence and reasons`).error(issue);
    },
  },
);

/** What a recommendation's entry may be: a status id (short form) or `{ status, evidence, reasons }` (long form). */
export type RecommendationEntry = StatusId | z.infer<typeof longFormSchema>;

/**
 * A recommendation's entry, short or long form. Chosen by the value's type rather than with
 * `z.union`, whose failure is one "invalid_union" for the whole entry: this way a wrong
 * status, an unknown key or an empty quotation is reported at its own field and line.
 */
export const recommendationEntrySchema = z.unknown().transform((value, ctx): RecommendationEntry => {
  const result = typeof value === 'string' ? statusSchema.safeParse(value) : longFormSchema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // Re-issued as custom, an unknown key would lose its name: it goes into the path instead.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    ctx.issues.push({ code: 'custom', input: value, path, message: evidenceMessage(issue, value) });
  }
  return z.NEVER;
}).meta({ description: "A recommendation's entry: a status id (short form) or { status, evidence, reasons } (long form)." });

/** A quotation's type error says what evidence may be, wherever in the entry it was found. */
function evidenceMessage(issue: z.core.$ZodIssue, entry: unknown): string {
  if (issue.path[0] !== 'evidence' || issue.code !== 'invalid_union') return issue.message;
  const evidence = (entry as { evidence?: unknown }).evidence;
  const what = Array.isArray(evidence) ? 'a list holding something other than quotations' : describeValue(evidence);
  return `is ${what}; allowed: ${EVIDENCE_ALLOWED}`;
}

/** A status for each recommendation, by recommendation id: short form or long form. */
const statusMapSchema = z.record(
  z.string(),
  recommendationEntrySchema,
  allowed('a group of "recommendation id: status" lines'),
);

const updateSchema = fieldsObject({
  date: daySchema.meta({ title: 'Date', description: 'When the new statuses were given, YYYY-MM-DD: not before the document itself.' }),
  recommendations: statusMapSchema.refine((map) => Object.keys(map).length > 0, allowed('at least one "recommendation id: status" line')).meta({
    title: 'Recommendations',
    description: "The new status of each recommendation that changed, by recommendation id: a status id, or { status, evidence, reasons } with words quoted from the update's source (see note).",
  }),
  note: text('a sentence saying where the update comes from').optional()
    .meta({ multiline: true, title: 'Note', description: 'Where the update comes from and what it says, in a sentence or two.' }),
}).meta({ description: 'A later change of status, from a progress update or a later letter, after the document was published.' });

/** The frontmatter of `content/responses/<force>/<inspection>.md`: one published document. */
export const responseShape = {
  force: text('a force id from content/forces.yaml').meta({ title: 'Force', description: 'The force the document is about: an id from content/forces.yaml.' }),
  inspection: text('an inspection id from content/inspections/')
    .meta({ title: 'Inspection', description: 'The inspection it answers: the id (file name) of a file in content/inspections/.' }),
  kind: z.enum(DOCUMENT_KIND_IDS, allowed(DOCUMENT_KIND_IDS.join(', '))).default(DEFAULT_DOCUMENT_KIND)
    .meta({ title: 'Kind of document', description: 'What kind of document it is.' }),
  date: daySchema.optional().meta({
    title: 'Date on the document',
    description: 'The date on the document, YYYY-MM-DD. Leave it out only if the document has no date.',
    draft: 'YYYY-MM-DD',
  }),
  published: daySchema.optional().meta({ title: 'Published', description: 'When it was published, YYYY-MM-DD, if known.' }),
  author: authorSchema.optional().meta({ title: 'Author', description: 'Who signed it.', draft: '' }),
  recipient: text('who the document is addressed to, as text').optional()
    .meta({ title: 'Recipient', description: 'Who it is addressed to, as written on it.', draft: 'The Home Secretary' }),
  source: z.url(allowed('a full web address, e.g. https://www.example.gov.uk/response.pdf')).optional()
    .meta({ title: 'Source', description: 'The web address of the original document.', draft: 'https://…' }),
  title: text('a title as text').optional()
    .meta({ title: 'Title', description: 'A title to show instead of the one the site makes from the force and inspection.' }),
  lang: z.enum(['en', 'cy'], allowed('en or cy')).default('en')
    .meta({ title: 'Language', description: "The document's language: en (the default) or cy (Welsh)." }),
  translationOf: text('the id of the same document in the other language, e.g. dyffryn/vetting-review-2021').optional().meta({
    title: 'Translation of',
    description: 'For the same document published in the other language: the id (<force>/<file name without .md>) of the first, which has the same force, inspection, kind and statuses. The pair counts as one response.',
  }),
  recommendations: statusMapSchema.meta({
    title: 'Recommendations',
    description: 'The status the document gives each recommendation, by recommendation id: a status id ("3": awaiting-national), or { status, evidence, reasons } with the words it rests on and the site\'s reasons.',
  }),
  updates: z.array(updateSchema, allowed('a list of updates, each with date, recommendations and note')).default([])
    .meta({ title: 'Updates', description: "Later changes of status, oldest first; the document's own statuses stay as it gave them." }),
  provenance: provenanceSchema.optional()
    .meta({ title: 'Provenance', description: 'Where this copy came from and what transcribing it changed: shown under "About this copy".' }),
  corrections: z.array(correctionSchema, allowed('a list of corrections, each with date, field, from, to and reason')).default([])
    .meta({ title: 'Corrections', description: 'Changes of the site\'s reading after first publication, oldest first: shown under "Corrections".' }),
  redactions: z.array(redactionSchema, allowed('a list of redactions, each with id, date and reason')).default([])
    .meta({ title: 'Redactions', description: 'Personal data taken out of the body, each replaced there by the marker [redacted: <id>].' }),
  personalDataKept: z.array(personalDataKeptSchema, allowed('a list of contact details kept, each with text and reason')).default([]).meta({
    title: 'Personal data kept',
    description: 'Contact details in the body kept on purpose, each with the reason, so the personal-data check does not warn.',
  }),
};

export const responseSchema = fieldsObject(responseShape).meta({ description: 'One published document answering an inspection report.' });

/** A document's frontmatter as written: each recommendation's entry in the short or the long form. */
export type ResponseData = z.infer<typeof responseSchema>;
/** An update as written: entries in the short or the long form. */
export type StatusUpdateData = z.infer<typeof updateSchema>;
