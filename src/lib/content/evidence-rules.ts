/**
 * A document's statuses and the evidence for them, as the loader takes them from the
 * frontmatter: both forms of an entry become one shape (a status, and quotations apart),
 * and each quotation is checked against the document's body.
 */
import { recommendationEntrySchema, type RecommendationEntry, type ResponseData } from '../../schemas/response.ts';
import { findQuotes } from '../text/evidence.ts';
import { toHtmlText } from '../text/html-text.ts';
import type { FileProblem, Problem } from '../basics/problems.ts';
import { STATUS_IDS, type StatusId } from '../basics/statuses.ts';
import type { EvidenceMap, ReasonsMap, ResponseDocument } from './model.ts';

/** Statuses, quotations and reasons, apart, from entries in the short or the long form. */
export function splitEntries(entries: Record<string, RecommendationEntry>): { recommendations: Record<string, StatusId>; evidence: EvidenceMap; reasons: ReasonsMap } {
  const recommendations: Record<string, StatusId> = {};
  const evidence: EvidenceMap = {};
  const reasons: ReasonsMap = {};
  for (const [id, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') {
      recommendations[id] = entry;
      continue;
    }
    recommendations[id] = entry.status;
    const quotes = entry.evidence === undefined ? [] : typeof entry.evidence === 'string' ? [entry.evidence] : entry.evidence;
    if (quotes.length) evidence[id] = [...quotes];
    if (entry.reasons !== undefined) reasons[id] = entry.reasons;
  }
  return { recommendations, evidence, reasons };
}

/** The frontmatter as the site uses it: statuses and evidence apart, in the document and in each update. */
export type LoadedFrontmatter = Omit<ResponseDocument, 'id' | 'file' | 'sourceDigest' | 'html' | 'text' | 'sections' | 'evidenceSentences'>;

/** Normalises a validated frontmatter's entries (see `splitEntries`). */
export function toLoadedFrontmatter(data: ResponseData): LoadedFrontmatter {
  return {
    ...data,
    ...splitEntries(data.recommendations),
    updates: data.updates.map((update) => ({ ...update, ...splitEntries(update.recommendations) })),
  };
}

/** A problem with a document's evidence, for the loader to report with the file's name. */
export type EvidenceProblem = FileProblem;

/** How the loader's checks see a document. */
export interface EvidenceInput {
  /** The frontmatter as parsed from YAML (placeholders taken out), whether or not it passed the schema. */
  raw: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The body as HTML; undefined when it could not be rendered (its problems are reported already). */
  html: string | undefined;
}

/** How the warning for a status without evidence starts: `npm run check` counts them by it. */
export const NO_EVIDENCE = 'no quoted evidence';

/** How many statuses a list of problems says have no quoted evidence. */
export function countWithoutEvidence(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === 'warning' && p.message.startsWith(NO_EVIDENCE)).length;
}

/** Longest stretch of a quotation or passage repeated in a message. */
const QUOTE_IN_MESSAGE = 120;

const OTHER_STATUSES = STATUS_IDS.filter((id) => id !== 'not-addressed').join(', ');

/**
 * Checks a document's evidence: each quotation is in the body, `not-addressed` has none
 * (in the document or an update), and every other status of the document has some (a
 * warning only, so content written before evidence existed still builds).
 */
export function checkEvidence({ raw, lineOf, html }: EvidenceInput): EvidenceProblem[] {
  // Entry by entry, so that one wrong field elsewhere in the file (reported by the schema)
  // does not hide a quotation that is not in the body.
  const data = splitEntries(validEntries(fieldOf(raw, 'recommendations')));
  const updates = fieldOf(raw, 'updates');
  const updateData = Array.isArray(updates) ? updates.map((update) => splitEntries(validEntries(fieldOf(update, 'recommendations')))) : [];
  const problems: EvidenceProblem[] = [];
  for (const [id, status] of Object.entries(data.recommendations)) {
    problems.push(...checkStatus(status, data.evidence[id] ?? [], ['recommendations', id], `recommendations.${id}`, lineOf, "document's words"));
  }
  if (html !== undefined) problems.push(...checkQuotesInBody(raw, data, lineOf, html));
  // An update's evidence is quoted from its own source, so it is neither looked for in the
  // body nor required (its note names the source); words on not-addressed are still wrong.
  updateData.forEach((update, index) => {
    for (const [id, status] of Object.entries(update.recommendations)) {
      if (status !== 'not-addressed') continue;
      problems.push(...checkStatus(status, update.evidence[id] ?? [], ['updates', index, 'recommendations', id], `updates[#${index + 1}].recommendations.${id}`, lineOf, ''));
    }
  });
  return problems;
}

/** An error for each quotation not in the body (none for `not-addressed`, whose evidence is an error already). */
function checkQuotesInBody(raw: unknown, data: { recommendations: Record<string, StatusId>; evidence: EvidenceMap }, lineOf: EvidenceInput['lineOf'], html: string): EvidenceProblem[] {
  const quotes = Object.entries(data.evidence)
    .filter(([id]) => data.recommendations[id] !== 'not-addressed')
    .flatMap(([id, list]) => list.map((quote, index) => ({ id, quote, index })));
  if (!quotes.length) return [];
  const matches = findQuotes(toHtmlText(html), quotes.map((q) => q.quote));
  return quotes.flatMap(({ id, quote, index }, n) => {
    const match = matches[n]!;
    if (match.found) return [];
    const listed = Array.isArray(fieldOf(fieldOf(fieldOf(raw, 'recommendations'), id), 'evidence'));
    const path = listed ? ['recommendations', id, 'evidence', index] : ['recommendations', id, 'evidence'];
    return [{
      severity: 'error' as const,
      line: lineOf(path),
      field: `recommendations.${id}.evidence${listed ? `[#${index + 1}]` : ''}`,
      message: `the quotation "${shorten(quote)}" is not in the document's text${match.nearest ? ` (did you mean "${shorten(match.nearest)}"?)` : ''}; allowed: words copied word for word from the document (spacing, line breaks, curly or straight quotes, dashes and the * or _ of emphasis may differ)`,
    }];
  });
}

/** Evidence on `not-addressed` is an error; any other status without evidence, a warning. */
function checkStatus(status: StatusId, quotes: readonly string[], path: PropertyKey[], field: string, lineOf: EvidenceInput['lineOf'], words: string): EvidenceProblem[] {
  if (status === 'not-addressed' && quotes.length) {
    return [{
      severity: 'error',
      line: lineOf([...path, 'evidence']),
      field: `${field}.evidence`,
      message: `"not-addressed" means the document does not deal with the recommendation, so no words can show it; allowed: no evidence with not-addressed, or a status saying what the document does about it (${OTHER_STATUSES}) with these words`,
    }];
  }
  if (status !== 'not-addressed' && !quotes.length) {
    return [{
      severity: 'warning',
      line: lineOf(path),
      field,
      message: `${NO_EVIDENCE} for the status "${status}", so a reader cannot check it; allowed: the long form, "status: ${status}" with "evidence:" quoting the ${words} it rests on`,
    }];
  }
  return [];
}

/** A field of a YAML mapping, or undefined. */
function fieldOf(node: unknown, key: string): unknown {
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
}

/** The entries of a `recommendations` mapping that pass the schema (the schema reports the others). */
function validEntries(map: unknown): Record<string, RecommendationEntry> {
  const entries: Record<string, RecommendationEntry> = {};
  if (!map || typeof map !== 'object' || Array.isArray(map)) return entries;
  for (const [id, value] of Object.entries(map)) {
    const parsed = recommendationEntrySchema.safeParse(value);
    if (parsed.success) entries[id] = parsed.data;
  }
  return entries;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > QUOTE_IN_MESSAGE ? `${line.slice(0, QUOTE_IN_MESSAGE - 1).trimEnd()}…` : line;
}
