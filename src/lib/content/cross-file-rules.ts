/**
 * The rules that compare one content file with the others: a force or inspection a file names
 * must exist; a document must sit in its force's folder, name the inspection's recommendations,
 * concern a force in the inspection's scope and come after the report (the rules over all the
 * documents at once are in translation-rules.ts). Each broken rule is a problem at the field's line.
 */
import { earliestDay, formatDate } from '../basics/days.ts';
import { DOCUMENT_KIND_IDS, isStatutoryKind, type DocumentKind } from '../basics/document-kinds.ts';
import { STATUS_IDS } from '../basics/statuses.ts';
import { didYouMean } from '../basics/suggest.ts';
import type { LoadedFrontmatter } from './evidence-rules.ts';
import type { ParsedYaml } from '../basics/frontmatter.ts';
import type { Force, Inspection, ResponseDocument } from './model.ts';
import { describeField, report, type Context } from './report.ts';

/** What the registry declares, even where an entry has errors. */
export interface ForceRegistry {
  /** Entries that passed validation, in file order. */
  valid: Force[];
  /** Every id the file declares; null when the file could not be read at all. */
  ids: string[] | null;
}

export interface InspectionSet {
  valid: Map<string, Inspection>;
  /** Ids of inspection files that exist but have errors. */
  broken: Set<string>;
}

/** Where a rule finds a field's line: the parsed frontmatter, and the line the body starts on. */
interface MarkdownFile {
  yaml: ParsedYaml;
  bodyLine: number;
}

/** An inspection's scope names only forces the registry declares. */
export function checkScope(ctx: Context, file: string, md: MarkdownFile, scope: readonly string[] | 'all', forces: ForceRegistry) {
  if (!Array.isArray(scope) || !forces.ids) return;
  scope.forEach((forceId, index) => {
    if (!forces.ids!.includes(forceId)) {
      report(ctx, file, md.yaml.lineOf(['scope', index]), describeField(['scope', index], md.yaml.data), `unknown force "${forceId}"${didYouMean(forceId, forces.ids!)}; allowed: ${listOrNone(forces.ids!, 'list the force in content/forces.yaml first')}`);
    }
  });
}

/** What a document's file name says: `<inspection>.md` or `<inspection>--<kind>.md`, and the folder it is in. */
export interface ResponseFileName {
  folder: string;
  name: string;
  inspectionPart: string;
  kindPart: string | undefined;
  /** A translation's language, the last part of its name (`…--cy.md`). */
  langPart: string | undefined;
  rest: string[];
}

/**
 * A document against the registry, its folder and file name, and its inspection (when that
 * loaded): every cross-file rule on one document.
 */
export function checkResponse(
  ctx: Context,
  file: string,
  md: MarkdownFile,
  data: LoadedFrontmatter,
  where: ResponseFileName,
  known: { forces: ForceRegistry; inspections: InspectionSet },
  body: { sections: { recommendation: string; line: number }[]; placeholders: string[] },
) {
  const { forces, inspections } = known;
  const { folder, name, kindPart, rest } = where;
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
  if (forces.ids && !forces.ids.includes(data.force)) {
    report(ctx, file, line(['force']), 'force', `unknown force "${data.force}"${didYouMean(data.force, forces.ids)}; allowed: ${listOrNone(forces.ids, 'list the force in content/forces.yaml first')}`);
  } else if (data.force !== folder) {
    report(ctx, file, line(['force']), 'force', `the force is "${data.force}" but the file is in the folder "${folder}"; allowed: a file in responses/${data.force}/, or force: ${folder}`);
  }
  if (rest.length || (kindPart !== undefined && !DOCUMENT_KIND_IDS.includes(kindPart as DocumentKind))) {
    report(ctx, file, undefined, 'file', `the file name "${name}.md" is not allowed; allowed: <inspection-id>.md, or <inspection-id>--<kind>.md where kind is one of ${DOCUMENT_KIND_IDS.join(', ')}, either ending --cy or --en for a translation`);
  } else if (kindPart !== undefined && kindPart !== data.kind) {
    report(ctx, file, line(['kind']), 'kind', `the file name says "${kindPart}" but the kind is "${data.kind}"; allowed: kind: ${kindPart}, or a file name that ends --${data.kind}.md`);
  }
  if (where.langPart !== undefined && where.langPart !== data.lang) {
    report(ctx, file, line(['lang']) ?? line(['force']), 'lang', `the file name ends --${where.langPart} but the language is "${data.lang}"; allowed: lang: ${where.langPart}, or a file name that ends --${data.lang}.md`);
  }

  const inspection = inspections.valid.get(data.inspection);
  if (inspection) {
    checkAgainstInspection(ctx, file, md, data, inspection, where.inspectionPart, body.sections);
    if (isStatutoryKind(data.kind)) checkCoverage(ctx, file, md, data, inspection, body.placeholders);
  } else if (!inspections.broken.has(data.inspection)) {
    const all = [...inspections.valid.keys(), ...inspections.broken];
    report(ctx, file, line(['inspection']), 'inspection', `unknown inspection "${data.inspection}"${didYouMean(data.inspection, all)}; allowed: ${listOrNone(all, 'add the inspection to content/inspections/ first')}`);
  }
}

function listOrNone(ids: readonly string[], otherwise: string): string {
  const unique = [...new Set(ids)];
  return unique.length ? unique.join(', ') : `none yet — ${otherwise}`;
}

function checkAgainstInspection(
  ctx: Context,
  file: string,
  md: MarkdownFile,
  data: LoadedFrontmatter,
  inspection: Inspection,
  fileInspection: string,
  sections: { recommendation: string; line: number }[],
) {
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
  if (fileInspection !== data.inspection) {
    report(ctx, file, line(['inspection']), 'inspection', `the inspection is "${data.inspection}" but the file is named "${fileInspection}.md"; allowed: a file named ${data.inspection}.md, or inspection: ${fileInspection}`);
  }
  const recIds = [...new Set(inspection.recommendations.map((r) => r.id))];
  const allowedIds = recIds.length ? recIds.map((id) => `"${id}"`).join(', ') : `none (${inspection.file} lists no recommendations)`;
  for (const id of Object.keys(data.recommendations)) {
    if (!recIds.includes(id)) {
      report(ctx, file, line(['recommendations', id]), `recommendations.${id}`, `unknown recommendation id "${id}" for ${inspection.id}${didYouMean(id, recIds)}; allowed: ${allowedIds}`);
    }
  }
  for (const section of sections) {
    if (!recIds.includes(section.recommendation)) {
      report(ctx, file, md.bodyLine + section.line - 1, 'body', `the heading names recommendation "${section.recommendation}", which ${inspection.id} does not have${didYouMean(section.recommendation, recIds)}; allowed: headings for ${allowedIds}`);
    }
  }
  if (inspection.scope !== 'all' && !inspection.scope.includes(data.force)) {
    report(ctx, file, line(['force']), 'force', `${inspection.id} does not concern "${data.force}"; allowed: the forces in its scope: ${inspection.scope.join(', ')}`);
  }
  for (const field of ['date', 'published'] as const) {
    const value = data[field];
    if (value && value < earliestDay(inspection.published)) {
      report(ctx, file, line([field]), field, `${formatDate(value)} is before the inspection report was published (${formatDate(inspection.published)}); allowed: a date on or after ${formatDate(inspection.published)}`);
    }
  }
  checkUpdates(ctx, file, md, data, inspection, recIds, allowedIds);
}

/** Updates must name the inspection's recommendations and come after the document, oldest first. */
function checkUpdates(
  ctx: Context,
  file: string,
  md: MarkdownFile,
  data: Pick<ResponseDocument, 'date' | 'published' | 'updates'>,
  inspection: Inspection,
  recIds: string[],
  allowedIds: string,
) {
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
  // An undated document can still be updated; its updates cannot predate the report.
  const [earliest, what] = data.date
    ? [data.date, `the document's date (${formatDate(data.date)})`]
    : data.published
      ? [data.published, `the document's publication (${formatDate(data.published)})`]
      : [earliestDay(inspection.published), `the inspection report's publication (${formatDate(inspection.published)})`];
  data.updates.forEach((update, index) => {
    const at = `updates[#${index + 1}]`;
    if (update.date < earliest) {
      report(ctx, file, line(['updates', index, 'date']), `${at}.date`, `${formatDate(update.date)} is before ${what}; allowed: a date on or after ${formatDate(earliest)}`);
    }
    const previous = data.updates[index - 1];
    if (previous && update.date < previous.date) {
      report(ctx, file, line(['updates', index, 'date']), `${at}.date`, `${formatDate(update.date)} comes before the update above it (${formatDate(previous.date)}); allowed: updates listed oldest first`);
    }
    for (const id of Object.keys(update.recommendations)) {
      if (!recIds.includes(id)) {
        report(ctx, file, line(['updates', index, 'recommendations', id]), `${at}.recommendations.${id}`, `unknown recommendation id "${id}" for ${inspection.id}${didYouMean(id, recIds)}; allowed: ${allowedIds}`);
      }
    }
  });
}

/**
 * Warns where the policing body's comments do not deal with a recommendation: s55(5B)
 * asks them to say, for each one, what has been or will be done, or why nothing.
 */
function checkCoverage(
  ctx: Context,
  file: string,
  md: MarkdownFile,
  data: { recommendations: Record<string, string> },
  inspection: Inspection,
  placeholders: string[],
) {
  for (const rec of inspection.recommendations) {
    const status = data.recommendations[rec.id];
    if (status === 'not-addressed') {
      report(ctx, file, md.yaml.lineOf(['recommendations', rec.id]), `recommendations.${rec.id}`, `the response does not address recommendation ${rec.id}, though section 55(5B) of the Police Act 1996 asks for a comment on every one; allowed: a status saying what has been or will be done, or no-action with the reason in the text`, 'warning');
    } else if (status === undefined && !placeholders.includes(rec.id)) {
      report(ctx, file, md.yaml.lineOf(['recommendations']), `recommendations.${rec.id}`, `the response gives no status for recommendation ${rec.id} ("${rec.title}"); allowed: a line "${rec.id}": <status> with one of ${STATUS_IDS.join(', ')}`, 'warning');
    }
  }
}
