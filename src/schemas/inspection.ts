import { z } from 'zod';
import { partialDateSchema } from './dates.ts';
import { allowed, fieldsObject } from './messages.ts';
import { provenanceSchema } from './trust.ts';

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

export const recommendationSchema = fieldsObject({
  id: z.string(allowed('the recommendation number as text, e.g. "1" or "4a"'))
    .regex(/^[0-9A-Za-z.]+$/, allowed('letters, digits and dots, e.g. "1" or "4a"'))
    .meta({ title: 'Id', description: 'The report\'s own number for it, as text: "1", "4a".' }),
  title: text('a short label as text').meta({ title: 'Title', description: 'A short label, a few words, shown in tables and lists.' }),
  text: text('the full text of the recommendation')
    .meta({ multiline: true, title: 'Text', description: "The recommendation's full words, as the report gives them (Markdown)." }),
  addressedTo: z.array(text('who the recommendation is for, as text'), allowed('a list, e.g. [all forces]'))
    .min(1, allowed('a list with at least one addressee, e.g. [all forces]'))
    .meta({ title: 'Addressed to', description: 'Who it is for: "all forces", "NPCC lead for vetting", "Home Office"...' }),
  due: partialDateSchema.optional()
    .meta({ title: 'Due', description: 'When it is to be done by, if the report says: YYYY-MM-DD or YYYY-MM.' }),
  note: text('a sentence or two about the recommendation').optional().meta({ multiline: true,
    title: 'Note',
    description: 'A fact about the recommendation in a sentence or two, e.g. what its due rests on; shown on the inspection page.',
  }),
}).meta({ description: 'One recommendation of an inspection report.' });

/** The frontmatter of `content/inspections/<id>.md`: one HMICFRS inspection report. */
export const inspectionShape = {
  title: text('the report title as text').meta({ title: 'Title', description: "The report's full title." }),
  published: partialDateSchema
    .meta({ title: 'Published', description: 'When HMICFRS published it: YYYY-MM-DD, or YYYY-MM where only the month is known.' }),
  kind: z.string(allowed('a kind in lower case with hyphens, e.g. national-thematic, force, peel'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed('a kind in lower case with hyphens, e.g. national-thematic, force, peel'))
    .meta({ title: 'Kind', description: 'The kind of inspection, lower-case with hyphens: national-thematic, force, peel...' }),
  scope: z.union([z.literal('all'), z.array(z.string()).min(1)], allowed('all, or a list of force ids'))
    .meta({ title: 'Scope', description: 'Which forces it concerns: "all", or a list of force ids.' }),
  url: z.url(allowed('a full web address starting https://')).optional()
    .meta({ title: 'Url', description: "The report on the inspectorate's website." }),
  recommendations: z.array(recommendationSchema, allowed('a list of recommendations'))
    .meta({ title: 'Recommendations', description: "The report's recommendations, in its order." }),
  provenance: provenanceSchema.optional().meta({
    title: 'Provenance',
    description: 'Where the recommendation texts were taken from, differences between copies, notes on url and published.',
  }),
};

export const inspectionSchema = fieldsObject(inspectionShape).meta({ description: 'One HMICFRS inspection report.' });

export type InspectionData = z.infer<typeof inspectionSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
