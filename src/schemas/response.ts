import { z } from 'zod';
import { DEFAULT_DOCUMENT_KIND, DOCUMENT_KIND_IDS } from '../lib/document-kinds.ts';
import { STATUS_IDS } from '../lib/statuses.ts';
import { daySchema } from './dates.ts';
import { allowed, unknownFields } from './messages.ts';

const FIELDS = [
  'force', 'inspection', 'kind', 'date', 'published', 'author', 'recipient', 'source', 'title', 'lang', 'recommendations', 'updates',
] as const;

const UPDATE_FIELDS = ['date', 'recommendations', 'note'] as const;

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

/** Who wrote the document. */
const authorSchema = z.strictObject(
  {
    /** Their name, as signed. */
    name: text('the name of the person who signed it'),
    /** Their title, e.g. "Police and Crime Commissioner for Suffolk". */
    role: text('their title, e.g. Police and Crime Commissioner for Suffolk').optional(),
  },
  unknownFields(['name', 'role']),
);

/** A status for each recommendation, by recommendation id. */
const statusMapSchema = z.record(
  z.string(),
  z.enum(STATUS_IDS, allowed(STATUS_IDS.join(', '))),
  allowed('a group of "recommendation id: status" lines'),
);

/** A later change of status, from a progress update or a later letter, after the document was published. */
const updateSchema = z.strictObject(
  {
    /** When the new statuses were given, `YYYY-MM-DD`: not before the document itself. */
    date: daySchema,
    /** The new status of each recommendation that changed, by recommendation id. */
    recommendations: statusMapSchema.refine((map) => Object.keys(map).length > 0, allowed('at least one "recommendation id: status" line')),
    /** Where the update comes from and what it says, in a sentence or two. */
    note: text('a sentence saying where the update comes from').optional(),
  },
  unknownFields(UPDATE_FIELDS),
);

/** The frontmatter of `content/responses/<force>/<inspection>.md`: one published document. */
export const responseSchema = z.strictObject(
  {
    /** The force the document is about: an id from `content/forces.yaml`. */
    force: text('a force id from content/forces.yaml'),
    /** The inspection it answers: the id (file name) of a file in `content/inspections/`. */
    inspection: text('an inspection id from content/inspections/'),
    /** What kind of document it is. */
    kind: z.enum(DOCUMENT_KIND_IDS, allowed(DOCUMENT_KIND_IDS.join(', '))).default(DEFAULT_DOCUMENT_KIND),
    /** The date on the document, `YYYY-MM-DD`. Leave it out only if the document has no date. */
    date: daySchema.optional(),
    /** When it was published, `YYYY-MM-DD`, if known. */
    published: daySchema.optional(),
    /** Who signed it. */
    author: authorSchema.optional(),
    /** Who it is addressed to, as written on it. */
    recipient: text('who the document is addressed to, as text').optional(),
    /** The web address of the original document. */
    source: z.url(allowed('a full web address, e.g. https://www.example.gov.uk/response.pdf')).optional(),
    /** A title to show instead of the one the site makes from the force and inspection. */
    title: text('a title as text').optional(),
    /** The document's language: `en` (the default) or `cy` (Welsh). */
    lang: z.enum(['en', 'cy'], allowed('en or cy')).default('en'),
    /** The status the document gives each recommendation, by recommendation id. */
    recommendations: statusMapSchema,
    /** Later changes of status, oldest first; the document's own statuses stay as it gave them. */
    updates: z.array(updateSchema, allowed('a list of updates, each with date, recommendations and note')).default([]),
  },
  unknownFields(FIELDS),
);

export type ResponseData = z.infer<typeof responseSchema>;
export type StatusUpdate = z.infer<typeof updateSchema>;
