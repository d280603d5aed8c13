/**
 * `npm run new`: the text of a new response draft, with the frontmatter filled in, every
 * recommendation listed with the placeholder status, a heading per recommendation and the
 * due date in a comment. Pure: the command does the asking and the writing.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { responseSchema } from '../../schemas/response.ts';
import { PLACEHOLDER_STATUS, PLACEHOLDER_TEXT, placeholderTextFor } from '../content/placeholder.ts';
import type { Corpus, Force, Inspection } from '../content/model.ts';
import { formatDate } from '../basics/days.ts';
import { getDueDate, STATUTORY_PERIOD_DAYS } from '../site/deadline.ts';
import { DEFAULT_DOCUMENT_KIND, DOCUMENT_KIND_IDS, type DocumentKind } from '../basics/document-kinds.ts';
import { generate } from '../outputs/data/json-schema.ts';
import { getForcesInScope } from '../site/site.ts';
import { STATUS_IDS } from '../basics/statuses.ts';
import { didYouMean } from '../basics/suggest.ts';
import { UserError } from './files.ts';

export interface DraftChoice {
  force: string;
  inspection: string;
  kind?: string | undefined;
  /** The document's language, when not English: `cy` writes `lang: cy` and "Argymhelliad N" headings. */
  lang?: string | undefined;
}

/** The languages a document can be in (the response schema's `lang`). */
const DOCUMENT_LANGS = ['en', 'cy'] as const;

/** Where a document lives, relative to the content folder. */
export function responsePath(force: string, inspection: string, kind: DocumentKind): string {
  return `responses/${force}/${inspection}${kind === DEFAULT_DOCUMENT_KIND ? '' : `--${kind}`}.md`;
}

/** One of `allowed`, or a UserError naming what was given and what is allowed. */
export function pickChoice(value: string | undefined, allowed: readonly string[], what: string, flag: string): string {
  if (value === undefined || value.trim() === '') {
    throw new UserError(`No ${what} was given; allowed: ${flag} followed by one of ${allowed.join(', ')}.`);
  }
  if (allowed.includes(value)) return value;
  throw new UserError(`Unknown ${what} "${value}"${didYouMean(value, allowed)}; allowed: ${allowed.join(', ')}.`);
}

/** Checks the force, inspection and kind against the content; returns them resolved. */
export function resolveDraftChoice(corpus: Corpus, choice: DraftChoice): { force: Force; inspection: Inspection; kind: DocumentKind } {
  const inspectionId = pickChoice(choice.inspection, corpus.inspections.map((i) => i.id), 'inspection', '--inspection');
  const inspection = corpus.inspections.find((i) => i.id === inspectionId)!;
  const inScope = getForcesInScope(inspection, corpus.forces).map((f) => f.id);
  if (choice.force && corpus.forces.some((f) => f.id === choice.force) && !inScope.includes(choice.force)) {
    throw new UserError(`The inspection ${inspection.id} does not concern the force "${choice.force}"; allowed: ${inScope.join(', ')}.`);
  }
  const forceId = pickChoice(choice.force, inScope, 'force', '--force');
  const kind = pickChoice(choice.kind ?? DEFAULT_DOCUMENT_KIND, DOCUMENT_KIND_IDS, 'kind', '--kind') as DocumentKind;
  return { force: corpus.forces.find((f) => f.id === forceId)!, inspection, kind };
}

/** The due date, as a sentence for the draft's comment. */
export function describeDueDate(inspection: Pick<Inspection, 'published' | 'title'>): string {
  const due = getDueDate(inspection.published);
  return due
    ? `Comments on this report are due by ${formatDate(due)}: day ${STATUTORY_PERIOD_DAYS}, counting ${formatDate(inspection.published)}, the day it was published, as day 1 (Police Act 1996 s55(5A)).`
    : `Only the month the report was published (${formatDate(inspection.published)}) is recorded, so the ${STATUTORY_PERIOD_DAYS}-day deadline cannot be worked out.`;
}

/** Values found for a draft's fields (by `npm run import`), by field name. */
export type DraftFields = Record<string, unknown>;

type JsonSchema = Record<string, unknown>;
type Properties = Record<string, JsonSchema>;

/** The fields a new draft offers: those whose schema meta gives a `draft` example, in the schema's order. */
export function draftFieldNames(schema: z.ZodType = responseSchema): string[] {
  return Object.entries(generate(schema).properties as Properties).filter(([, p]) => typeof p.draft === 'string').map(([name]) => name);
}

/**
 * A field a draft offers, commented out: its description, then its name and example (an
 * object's fields each so, indented). `known` gives, by field path, an example better than the schema's.
 */
function offeredField(name: string, property: JsonSchema, known: Record<string, string>, path = name, indent = ''): string[] {
  const example = known[path] ?? (property.draft as string);
  const fields = Object.entries((property.properties ?? {}) as Properties).filter(([, p]) => typeof p.draft === 'string');
  return [
    `# ${indent}${property.description as string}`,
    `# ${indent}${name}:${example ? ` ${example}` : ''}`,
    ...fields.flatMap(([field, p]) => offeredField(field, p, known, `${path}.${field}`, `${indent}  `)),
  ];
}

/**
 * The frontmatter of a draft: force, inspection, kind and the recommendations filled in; each
 * field the schema offers a draft (its meta's `draft`) filled in from `fields`, or else commented
 * out with its description, to fill in.
 */
export function draftFrontmatter(force: Force, inspection: Inspection, kind: DocumentKind, fields: DraftFields = {}, notes: string[] = [], schema: z.ZodType = responseSchema): string {
  const filled: Record<string, string[]> = {
    force: [yamlLine({ force: force.id })],
    inspection: [yamlLine({ inspection: inspection.id })],
    kind: [yamlLine({ kind })],
    // A document's language only where it is not the default (a letter in Welsh): an English draft has no line for it.
    ...(fields.lang !== undefined ? { lang: [yamlLine({ lang: fields.lang })] } : {}),
    recommendations: ['recommendations:', ...inspection.recommendations.flatMap((rec) => [`  # ${rec.id}. ${rec.title}`, ...draftEntry(rec.id)])],
  };
  const known = { 'author.role': force.policingBody };
  const lines = [
    `# A draft. ${describeDueDate(inspection)}`,
    `# Replace each "${PLACEHOLDER_STATUS}" with one of: ${STATUS_IDS.join(', ')}.`,
    '# After "evidence:", copy the words the status rests on, word for word from the text below, in',
    '# quotation marks (or a list of them, each on a line starting "- "); leave the line out for not-addressed.',
    '# `npm run check` lists what is still to do; the site cannot be published while a "todo" is left.',
    ...notes.map((n) => `# ${n}`),
    ...Object.entries(generate(schema).properties as Properties).flatMap(([name, property]) => {
      if (filled[name]) return filled[name];
      if (typeof property.draft !== 'string') return [];
      return fields[name] !== undefined ? yamlLine({ [name]: fields[name] }).split('\n') : offeredField(name, property, known);
    }),
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A recommendation's entry in a draft: the long form, the placeholder status and an empty evidence line to fill in. */
export function draftEntry(id: string): string[] {
  return [`  ${JSON.stringify(id)}:`, `    status: ${PLACEHOLDER_STATUS}`, '    evidence:'];
}

function yamlLine(value: Record<string, unknown>): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A new draft: frontmatter, an opening paragraph to replace, and a heading per recommendation. */
export function scaffoldResponse(corpus: Corpus, choice: DraftChoice): { path: string; text: string } {
  const { force, inspection, kind } = resolveDraftChoice(corpus, choice);
  const lang = choice.lang === undefined ? 'en' : pickChoice(choice.lang, DOCUMENT_LANGS, 'language', '--lang');
  // A Welsh document's sections open with HMICFRS's Welsh word, which the site reads as "Recommendation".
  const word = lang === 'cy' ? 'Argymhelliad' : 'Recommendation';
  const body = [
    PLACEHOLDER_TEXT,
    ...inspection.recommendations.flatMap((rec) => [`## ${word} ${rec.id}`, placeholderTextFor(`the response to recommendation ${rec.id} (${rec.title})`)]),
  ];
  return {
    path: responsePath(force.id, inspection.id, kind),
    text: `${draftFrontmatter(force, inspection, kind, lang === 'cy' ? { lang } : {})}\n${body.join('\n\n')}\n`,
  };
}
