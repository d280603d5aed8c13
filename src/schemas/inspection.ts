import { z } from 'zod';
import { partialDateSchema } from './dates.ts';
import { allowed, unknownFields } from './messages.ts';
import { provenanceSchema } from './trust.ts';

const RECOMMENDATION_FIELDS = ['id', 'title', 'text', 'addressedTo', 'due', 'note'] as const;
const FIELDS = ['title', 'published', 'kind', 'scope', 'url', 'recommendations', 'provenance'] as const;

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

/** One recommendation of an inspection report. */
export const recommendationSchema = z.strictObject(
  {
    /** The report's own number for it, as text: "1", "4a". */
    id: z.string(allowed('the recommendation number as text, e.g. "1" or "4a"'))
      .regex(/^[0-9A-Za-z.]+$/, allowed('letters, digits and dots, e.g. "1" or "4a"')),
    /** A short label, a few words, shown in tables and lists. */
    title: text('a short label as text'),
    /** The recommendation's full words, as the report gives them (Markdown). */
    text: text('the full text of the recommendation'),
    /** Who it is for: "all forces", "NPCC lead for vetting", "Home Office"... */
    addressedTo: z.array(text('who the recommendation is for, as text'), allowed('a list, e.g. [all forces]')).min(1, allowed('a list with at least one addressee, e.g. [all forces]')),
    /** When it is to be done by, if the report says: `YYYY-MM-DD` or `YYYY-MM`. */
    due: partialDateSchema.optional(),
    /** A fact about the recommendation in a sentence or two, e.g. what its `due` rests on; shown on the inspection page. */
    note: text('a sentence or two about the recommendation').optional(),
  },
  unknownFields(RECOMMENDATION_FIELDS),
);

/** The frontmatter of `content/inspections/<id>.md`: one HMICFRS inspection report. */
export const inspectionSchema = z.strictObject(
  {
    /** The report's full title. */
    title: text('the report title as text'),
    /** When HMICFRS published it: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
    published: partialDateSchema,
    /** The kind of inspection, lower-case with hyphens: national-thematic, force, peel... */
    kind: z.string(allowed('a kind in lower case with hyphens, e.g. national-thematic, force, peel'))
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed('a kind in lower case with hyphens, e.g. national-thematic, force, peel')),
    /** Which forces it concerns: `all`, or a list of force ids. */
    scope: z.union([z.literal('all'), z.array(z.string()).min(1)], allowed('all, or a list of force ids')),
    /** The report on the inspectorate's website. */
    url: z.url(allowed('a full web address starting https://')).optional(),
    /** The report's recommendations, in its order. */
    recommendations: z.array(recommendationSchema, allowed('a list of recommendations')),
    /** Where the recommendation texts were taken from, differences between copies, notes on `url` and `published`. */
    provenance: provenanceSchema.optional(),
  },
  unknownFields(FIELDS),
);

export type InspectionData = z.infer<typeof inspectionSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
