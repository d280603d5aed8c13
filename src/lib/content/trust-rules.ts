/**
 * The rules on a document's trust fields (src/schemas/trust.ts): corrections name a real
 * recommendation, come after the document, oldest first, and a status correction ends at the
 * status the file gives now (or, where the status was corrected again later, where that next
 * correction starts); every redaction marker in the body has its entry and every entry its
 * marker, in ordinary text where rendering replaces it; and what looks like personal data in
 * the body or the other published fields is either taken out or recorded as kept (a warning
 * otherwise; an error in a text correction's "from"). Each broken rule is a problem at the field's line.
 */
import type { Root } from 'mdast';
import { formatDate } from '../basics/days.ts';
import { parseMarkdown } from '../text/markdown.ts';
import { plainText } from '../text/markdown-text.ts';
import { containsText, findPersonalData, findPersonalDataInBody, sameText, type PersonalDataFound } from '../text/personal-data.ts';
import { findMarkers } from '../text/redaction.ts';
import { STATUS_IDS, type StatusId } from '../basics/statuses.ts';
import { didYouMean } from '../basics/suggest.ts';
import type { LoadedFrontmatter } from './evidence-rules.ts';
import type { ParsedYaml } from '../basics/frontmatter.ts';
import type { Inspection } from './model.ts';
import type { FileProblem } from '../basics/problems.ts';
import { describeField, report, type Context } from './report.ts';

interface MarkdownFile {
  yaml: ParsedYaml;
  body: string;
  bodyLine: number;
}

/** How a personal-data warning starts: `npm run check` counts them by it. */
export const LOOKS_PERSONAL = 'looks like';

/**
 * The rules on redactions and personal data, for one document that passed its schema: they
 * read nothing but the file, so the content cache keeps their problems (./cache.ts), and a
 * rebuild neither parses the body again nor scans it for contact details.
 */
export function findTrustProblems(md: MarkdownFile, data: LoadedFrontmatter): FileProblem[] {
  const problems: FileProblem[] = [];
  const add = (line: number, field: string, message: string, severity: FileProblem['severity'] = 'error') => problems.push({ severity, line, field, message });
  const tree = parseMarkdown(md.body);
  checkRedactions(add, md, data, tree);
  checkPersonalData(add, md, data, tree);
  return problems;
}

/** Adds a problem at a line of the file. */
type Add = (line: number, field: string, message: string, severity?: FileProblem['severity']) => void;

/**
 * The rules on corrections, for one document that passed its schema: they read the
 * inspection too (its recommendations), so they run on every load.
 */
export function checkCorrections(ctx: Context, file: string, md: MarkdownFile, data: LoadedFrontmatter, inspection: Inspection | undefined) {
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
  const earliest = data.date ?? data.published;
  const what = data.date ? "the document's date" : 'its publication';
  const recIds = inspection?.recommendations.map((r) => r.id);
  data.corrections.forEach((correction, index) => {
    const at = `corrections[#${index + 1}]`;
    const path = (field: string) => line(['corrections', index, field]);
    if (earliest && correction.date < earliest) {
      report(ctx, file, path('date'), `${at}.date`, `${formatDate(correction.date)} is before ${what} (${formatDate(earliest)}); allowed: a date on or after ${formatDate(earliest)}`);
    }
    const previous = data.corrections[index - 1];
    if (previous && correction.date < previous.date) {
      report(ctx, file, path('date'), `${at}.date`, `${formatDate(correction.date)} comes before the correction above it (${formatDate(previous.date)}); allowed: corrections listed oldest first`);
    }
    const rec = correction.recommendation;
    if (rec === undefined) {
      if (correction.field !== 'text') {
        report(ctx, file, line(['corrections', index]), `${at}.recommendation`, `a correction of the ${correction.field} must say which recommendation it is about; allowed: recommendation: "<id>"${recIds?.length ? ` with one of ${recIds.map((id) => `"${id}"`).join(', ')}` : ''} (only a correction of the text may leave it out)`);
      }
      return;
    }
    if (recIds && !recIds.includes(rec)) {
      report(ctx, file, path('recommendation'), `${at}.recommendation`, `unknown recommendation id "${rec}" for ${inspection!.id}${didYouMean(rec, recIds)}; allowed: ${recIds.map((id) => `"${id}"`).join(', ') || 'none'}`);
      return;
    }
    const missing = (['from', 'to'] as const).filter((end) => correction[end] === undefined);
    if (missing.length === 2 || (missing.length && correction.field !== 'evidence')) {
      const allowed = correction.field === 'evidence' ? 'from (the quotation removed) or to (the quotation added), or both (one replaced by the other)' : 'both from and to (only an evidence correction may leave one out)';
      report(ctx, file, line(['corrections', index]), `${at}.${missing[0]}`, `the correction of the ${correction.field} has no ${missing.join(' and no ')}; allowed: ${allowed}`);
      return;
    }
    if (correction.field === 'evidence') checkEvidenceCorrection(ctx, file, path, at, index, data);
    if (correction.field !== 'status') return;
    // A later correction of the same status starts where this one ends; the newest ends at the file's status.
    const laterIndex = data.corrections.findIndex((c, i) => i > index && c.field === 'status' && c.recommendation === rec);
    const end: StatusEnd = laterIndex < 0
      ? { status: data.recommendations[rec], says: `recommendation ${rec} has the status`, allowed: 'the status the recommendation has now' }
      : { status: data.corrections[laterIndex]!.from as StatusId, says: `the next correction of recommendation ${rec}'s status (corrections[#${laterIndex + 1}]) starts from`, allowed: 'the status that next correction starts from' };
    checkStatusCorrection(ctx, file, path, at, correction as { from: string; to: string }, end);
  });
}

/**
 * An evidence correction's `to` (the quotation it put in) is among the recommendation's current
 * quotations and its `from` (the one it took out) is not, unless a later evidence correction of
 * the same recommendation takes it out or puts it back.
 */
function checkEvidenceCorrection(ctx: Context, file: string, path: (field: string) => number, at: string, index: number, data: LoadedFrontmatter) {
  const correction = data.corrections[index]!;
  const rec = correction.recommendation!;
  const current = data.evidence[rec] ?? [];
  const later = data.corrections.slice(index + 1).filter((c) => c.field === 'evidence' && c.recommendation === rec);
  const { from, to } = correction;
  if (to !== undefined && !current.includes(to) && !later.some((c) => c.from === to)) {
    report(ctx, file, path('to'), `${at}.to`, `the quotation the correction put in is not among recommendation ${rec}'s quotations in this file; allowed: to: one of its current quotations word for word, or leave to out if the correction only removed the quotation in from`);
  }
  if (from !== undefined && current.includes(from) && !later.some((c) => c.to === from)) {
    report(ctx, file, path('from'), `${at}.from`, `the quotation the correction took out is still among recommendation ${rec}'s quotations in this file; allowed: from: a quotation no longer quoted, or leave from out if the correction only added the quotation in to`);
  }
}

/** Where a status correction must end: the status the file gives now, or where the next correction of the same status starts. */
interface StatusEnd {
  status: StatusId | undefined;
  says: string;
  allowed: string;
}

/** A status correction's `from` and `to` are status ids, and `to` is where it must end (above). */
function checkStatusCorrection(
  ctx: Context,
  file: string,
  path: (field: string) => number,
  at: string,
  correction: { from: string; to: string },
  end: StatusEnd,
) {
  const current = end.status;
  const ids: readonly string[] = STATUS_IDS;
  for (const end of ['from', 'to'] as const) {
    const value = correction[end];
    if (!ids.includes(value)) {
      report(ctx, file, path(end), `${at}.${end}`, `"${value}" is not a status${didYouMean(value, STATUS_IDS)}; allowed in a status correction: ${STATUS_IDS.join(', ')}`);
      return;
    }
  }
  if (current !== correction.to) {
    report(ctx, file, path('to'), `${at}.to`, `the correction ends at "${correction.to}" but ${end.says} ${current ? `"${current}"` : 'none'} in this file; allowed: to: ${current ?? '<the status the file gives>'}, ${end.allowed}`);
  } else if (correction.from === correction.to) {
    report(ctx, file, path('from'), `${at}.from`, `the correction goes from "${correction.from}" to the same status; allowed: the status the site gave before the correction`);
  }
}

function checkRedactions(add: Add, md: MarkdownFile, data: LoadedFrontmatter, tree: Root) {
  const ids = data.redactions.map((r) => r.id);
  const used = new Set<string>();
  data.redactions.forEach((redaction, index) => {
    if (ids.indexOf(redaction.id) !== index) {
      add(md.yaml.lineOf(['redactions', index, 'id']), `redactions[#${index + 1}].id`, `the redaction id "${redaction.id}" is used twice; allowed: a different id for each redaction`);
    }
  });
  for (const marker of findMarkers(md.body, tree)) {
    if (marker.misplaced) {
      if (ids.includes(marker.id)) used.add(marker.id);
      add(md.bodyLine + marker.line - 1, 'body', `the marker "[redacted: ${marker.id}]" is in ${marker.misplaced}, where it would not be shown as a redaction; allowed: a redaction marker in ordinary text, not in a link, code or image`);
      continue;
    }
    if (ids.includes(marker.id)) {
      used.add(marker.id);
      continue;
    }
    add(md.bodyLine + marker.line - 1, 'body', `the marker "[redacted: ${marker.id}]" names no entry of redactions${didYouMean(marker.id, ids)}; allowed: ${ids.length ? `one of the ids listed under redactions (${ids.join(', ')})` : 'an id listed under redactions'}, each with its date and reason`);
  }
  data.redactions.forEach((redaction, index) => {
    if (used.has(redaction.id) || ids.indexOf(redaction.id) !== index) return;
    add(md.yaml.lineOf(['redactions', index, 'id']), describeField(['redactions', index, 'id'], md.yaml.data), `the redaction "${redaction.id}" is not marked anywhere in the text; allowed: the marker [redacted: ${redaction.id}] where the words were taken out, or remove the entry`);
  });
}

/**
 * Warns at each contact detail in the body, as a reader sees it, and in the other text the site
 * publishes from the file (below) not recorded as kept, and at each kept entry none of them holds.
 * A correction of the text whose `from` holds one is an error: the site shows it as "Was", so it
 * would publish again what a redaction took out.
 */
function checkPersonalData(add: Add, md: MarkdownFile, data: LoadedFrontmatter, tree: Root) {
  const kept = data.personalDataKept;
  const isKept = (words: string) => kept.some((entry) => sameText(entry.text, words));
  const describe = (found: PersonalDataFound) => `${LOOKS_PERSONAL} ${found.kind === 'e-mail address' ? 'an' : 'a'} ${found.kind} ("${found.text}")`;
  const ADVICE = 'redact it with a recorded reason, or record it in personalDataKept with the reason it is kept';
  for (const found of findPersonalDataInBody(tree)) {
    if (!isKept(found.text)) add(md.bodyLine + found.line - 1, 'body', `${describe(found)}; ${ADVICE}`, 'warning');
  }
  const fields = publishedTexts(md.yaml.data).sort((a, b) => md.yaml.lineOf(a.path) - md.yaml.lineOf(b.path));
  for (const { path, text } of fields) {
    const field = describeField(path, md.yaml.data);
    const correction = path[0] === 'corrections' ? data.corrections[path[1] as number] : undefined;
    for (const found of findPersonalData(text)) {
      if (isKept(found.text)) continue;
      if (correction?.field === 'text' && path[2] === 'from') {
        add(md.yaml.lineOf(path), field, `${describe(found)}, and the site shows a correction's "from" as what the text was, so this would publish again what was taken out; allowed: the words as they were with the contact detail left out or described (e.g. "a mobile number"), or record it in personalDataKept if it was never personal`);
      } else {
        add(md.yaml.lineOf(path), field, `${describe(found)} in a field the site publishes; leave it out, or record it in personalDataKept with the reason it is kept`, 'warning');
      }
    }
  }
  const published = [plainText(tree), ...fields.map((f) => f.text)];
  kept.forEach((entry, index) => {
    if (published.some((text) => containsText(text, entry.text))) return;
    add(md.yaml.lineOf(['personalDataKept', index, 'text']), `personalDataKept[#${index + 1}].text`, `"${entry.text}" is not in the document's text, so the entry keeps nothing; allowed: the contact detail exactly as it stands in the text, or remove the entry`, 'warning');
  });
}

/** The fields besides the body whose words the site publishes; of a recommendation's entry only its reasons (its evidence quotes the body). */
const PUBLISHED_FIELDS = ['author', 'recipient', 'title', 'provenance', 'corrections', 'updates', 'redactions', 'recommendations'];

/** Every piece of text in the published fields of a file's frontmatter, with its path. */
function publishedTexts(frontmatter: unknown): { path: PropertyKey[]; text: string }[] {
  const texts: { path: PropertyKey[]; text: string }[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') texts.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  if (!frontmatter || typeof frontmatter !== 'object') return texts;
  for (const key of PUBLISHED_FIELDS) {
    const value = (frontmatter as Record<string, unknown>)[key];
    if (key !== 'recommendations') walk(value, [key]);
    else if (value && typeof value === 'object') {
      for (const [id, entry] of Object.entries(value)) {
        const reasons = (entry as { reasons?: unknown } | null)?.reasons;
        if (typeof reasons === 'string') texts.push({ path: [key, id, 'reasons'], text: reasons });
      }
    }
  }
  return texts;
}
