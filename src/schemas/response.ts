import { z } from 'zod';
import { DEFAULT_DOCUMENT_KIND, DOCUMENT_KIND_IDS } from '../lib/document-kinds.ts';
import { STATUS_IDS } from '../lib/statuses.ts';
import { daySchema } from './dates.ts';
import { allowed, unknownFields } from './messages.ts';

const FIELDS = [
  'force', 'inspection', 'kind', 'date', 'published', 'author', 'recipient', 'source', 'title', 'lang', 'recommendations',
] as const;

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
    recommendations: z.record(
      z.string(),
      z.enum(STATUS_IDS, allowed(STATUS_IDS.join(', '))),
      allowed('a group of "recommendation id: status" lines'),
    ),
  },
  unknownFields(FIELDS),
);

export type ResponseData = z.infer<typeof responseSchema>;
