/**
 * The fields that let a reader trust a copy: where it came from (`provenance`), what the site
 * changed in its reading after first publishing it (`corrections`), what personal data it
 * took out (`redactions`) and what contact details it keeps on purpose (`personalDataKept`).
 * Shared by the response and inspection schemas; the loader's rules on them are in
 * src/lib/content/trust-rules.ts.
 */
import { z } from 'zod';
import { daySchema } from './dates.ts';
import { allowed, fieldsObject } from './messages.ts';

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

const textList = (what: string) => z.array(text(what), allowed(`a list of ${what}, each on a line starting "- "`)).min(1, allowed(`a list with at least one of ${what}, or leave the field out`));

/**
 * Where a copy came from and what was done to it: shown under "About this copy". Described
 * where a schema uses it (src/schemas/response.ts, inspection.ts), as each says what it covers.
 */
export const provenanceSchema = fieldsObject({
  from: text('a sentence saying where the copy was taken from')
    .meta({ multiline: true, title: 'From', description: 'Where the copy was taken from, e.g. the published PDF it was transcribed from, in a sentence.' }),
  changes: textList('changes made in transcribing, each with its reason').optional()
    .meta({ multiline: true, title: 'Changes', description: 'Each change made in transcribing, and why, one sentence each.' }),
  notes: textList('facts about the copy').optional()
    .meta({ multiline: true, title: 'Notes', description: 'Other facts about the copy, one sentence each, e.g. "No date: the document carries none."' }),
});

/** What a correction may change. */
export const CORRECTION_FIELDS = ['status', 'evidence', 'reasons', 'text'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const correctionSchema = fieldsObject({
  date: daySchema.meta({ title: 'Date', description: "When the change was made, YYYY-MM-DD: not before the document's date, and oldest first." }),
  recommendation: z.string(allowed('a recommendation id in quotation marks, e.g. "3"')).trim().min(1, allowed('a recommendation id in quotation marks, e.g. "3"')).optional()
    .meta({ title: 'Recommendation', description: 'The recommendation whose entry changed, in quotation marks ("3"); left out for a correction of the text.' }),
  field: z.enum(CORRECTION_FIELDS, allowed(CORRECTION_FIELDS.join(', '))).meta({
    title: 'What changed',
    description: "What changed: status, evidence, reasons (of a recommendation's entry) or text (the transcription).",
  }),
  from: text('what it was: a status id, a quotation or words of the text').optional().meta({ multiline: true,
    title: 'From',
    description: 'What it was: a status id, a quotation, or words of the text; left out of an evidence correction that added a quotation.',
  }),
  to: text('what it became: a status id, a quotation or words of the text').optional().meta({ multiline: true,
    title: 'To',
    description: "What it became: for the newest correction of a status, what it is now (an earlier one's \"to\" is the next one's \"from\"); left out of an evidence correction that removed a quotation.",
  }),
  reason: text('a sentence saying why it was changed').meta({ multiline: true, title: 'Reason', description: 'Why it was changed, in a sentence or two.' }),
}).meta({ description: "One change of the site's reading after first publication." });

const REDACTION_ID = 'lower-case words joined by hyphens, e.g. mobile or officer-email';

export const redactionSchema = fieldsObject({
  id: z.string(allowed(REDACTION_ID)).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed(REDACTION_ID))
    .meta({ title: 'Id', description: "The name used in the body's marker [redacted: <id>]: lower-case words joined by hyphens." }),
  date: daySchema.meta({ title: 'Date', description: 'When it was taken out, YYYY-MM-DD.' }),
  reason: text("what was taken out, e.g. a named official's mobile number").meta({ multiline: true,
    title: 'Reason',
    description: 'What was taken out, as the reader sees it: "[Redacted: <reason>]", e.g. "a named official\'s mobile number".',
  }),
}).meta({ description: 'One piece of personal data taken out of the body, replaced there by [redacted: <id>].' });

export const personalDataKeptSchema = fieldsObject({
  text: text('the contact detail exactly as it stands in the body')
    .meta({ title: 'Text', description: "The words exactly as they stand in the body, e.g. an office's shared inbox address." }),
  reason: text('a sentence saying why it is kept')
    .meta({ multiline: true, title: 'Reason', description: 'Why it is kept, e.g. "the office\'s shared public inbox, printed on its letterhead".' }),
}).meta({ description: 'A contact detail in the body kept on purpose, so the personal-data check does not warn about it.' });

export type Provenance = z.infer<typeof provenanceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Redaction = z.infer<typeof redactionSchema>;
export type PersonalDataKept = z.infer<typeof personalDataKeptSchema>;
