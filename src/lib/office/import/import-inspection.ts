/**
 * `npm run import-inspection`: an HMICFRS report (its web page saved as HTML, or its PDF) in,
 * a draft of `content/inspections/<id>.md` out. The report's title, publication date and every
 * recommendation, word for word, with whom it is addressed to and when it is due where the
 * text says; kind and scope proposed, with how. Recommendations under a cause of concern are
 * recommendations; areas for improvement are not (s55(5B) asks about recommendations), and
 * are counted, not copied. What it cannot find, it says.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import type { Corpus } from '../../content/model.ts';
import { placeholderTextFor } from '../../content/placeholder.ts';
import { UserError } from '../files.ts';
import { normaliseTree } from './to-markdown.ts';
import { collect, type InspectionRecommendation, toPlain } from './report-parts.ts';
import { readReport } from './report-read.ts';
import { publishedOf } from './report-words.ts';

export type { InspectionRecommendation } from './report-parts.ts';
export { addresseesOf, dueDateOf } from './report-words.ts';

export interface InspectionDraft {
  id: string;
  /** Where the draft goes, relative to the content folder. */
  path: string;
  text: string;
  title: string;
  published?: { value: string; from: string };
  kind: { value: string; from: string };
  scope: { value: 'all' | string[]; from: string };
  recommendations: InspectionRecommendation[];
  /** How many areas for improvement the report has: not copied. */
  skippedImprovements: number;
  /** What it could not decide, one sentence each. */
  undecided: string[];
}

/** The first words of a text, for a title the author will shorten. */
function firstWords(text: string, count = 8): string {
  const words = toPlain(text).split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

/** Kind and scope: a force named in the title makes it that force's inspection; PEEL in the title makes it PEEL; else national. */
function kindAndScope(title: string, corpus: Corpus, recommendations: readonly InspectionRecommendation[]): Pick<InspectionDraft, 'kind' | 'scope'> {
  const lower = title.toLowerCase();
  const force = corpus.forces.find((f) => lower.includes(f.name.toLowerCase()));
  const peel = /\bpeel\b/i.test(title);
  if (force) {
    return {
      kind: peel ? { value: 'peel', from: `the title says "PEEL" and names ${force.name}` } : { value: 'force', from: `the title names ${force.name}` },
      scope: { value: [force.id], from: `the title names ${force.name}` },
    };
  }
  const toAll = recommendations.some((r) => r.addressedTo.some((a) => /^all forces\b/i.test(a)));
  return {
    kind: peel ? { value: 'peel', from: 'the title says "PEEL"' } : { value: 'national-thematic', from: 'the title names no force' },
    scope: { value: 'all', from: toAll ? 'recommendations are addressed to all forces' : 'the title names no force' },
  };
}

/** "3", "3 and 4", "3–5", "2, 4 and 7": recommendation numbers, for a sentence. */
function span(ids: readonly string[]): string {
  const run = ids.every((id, i) => /^\d+$/.test(id) && (i === 0 || Number(id) === Number(ids[i - 1]) + 1));
  if (ids.length > 2 && run) return `${ids[0]}–${ids.at(-1)}`;
  return ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}

/** The whole import of one report, for `corpus`; `id` overrides the id made from the title. */
export async function importInspection(file: { name: string; bytes: Uint8Array }, corpus: Corpus, options: { id?: string | undefined } = {}): Promise<InspectionDraft> {
  const tree = await readReport(file.name, file.bytes);
  normaliseTree(tree, {});
  const found = collect(tree);
  if (!found.title) throw new UserError(`${file.name} has no title that could be found (no top-level heading); allowed: the report's own web page or PDF, whose first heading is its title.`);
  if (found.recommendations.length === 0) {
    // HMICFRS publishes a Welsh force's report in Welsh too; its recommendations read "Argymhelliad N".
    if (/argymhelliad\s+\d|argymhellion/i.test(toString(tree))) {
      throw new UserError(`${file.name} looks like the Welsh version of the report ("Argymhelliad", "Argymhellion"): the import reads a report's recommendations in English; allowed: the English version of the same report (its web page or PDF), or write the inspection by hand from content-model.md.`);
    }
    throw new UserError(`${file.name} has no recommendations that could be found: none is labelled "Recommendation N", and no "should" follows a "Recommendations" or "Cause of concern" heading${found.improvements ? ` (it has ${found.improvements} areas for improvement, which are not recommendations)` : ''}; allowed: the report's own web page or PDF, or write the inspection by hand from content-model.md.`);
  }
  const id = options.id ?? new GithubSlugger().slug(found.title.replace(/[’']/g, ''));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new UserError(`--id "${id}" is not an inspection id; allowed: lower-case letters, digits and hyphens, e.g. vetting-review-2031.`);
  if (corpus.inspections.some((i) => i.id === id)) throw new UserError(`The inspection ${id} is already on the site (content/inspections/${id}.md); allowed: --id with another id, if this is a different report.`);
  const ids = found.recommendations.map((r) => r.id);
  const repeated = ids.filter((x, i) => ids.indexOf(x) !== i);
  if (repeated.length) throw new UserError(`${file.name} numbers more than one recommendation ${repeated[0]}; allowed: a report whose recommendations have different numbers (check it is one report, not two).`);

  const published = publishedOf(tree);
  const { kind, scope } = kindAndScope(found.title, corpus, found.recommendations);
  const undecided: string[] = [];
  if (!published) undecided.push('the publication date: no "Published …" date found; add "published: YYYY-MM-DD" (or YYYY-MM)');
  if (published?.signed) undecided.push(`the publication date: the page says "${published.from}" but the report is signed "${published.signed}"; the web page may be a later edition: give the day the report itself was published`);
  const { numberedHere, split } = found;
  if (numberedHere.length) undecided.push(`the numbers of recommendations ${span(numberedHere)}: the report does not number them, so they are numbered in the order they come; use the inspectorate's numbers if it has any`);
  for (const list of split) undecided.push(`recommendations ${span(list.ids)} are the items of one list after "${list.leadIn}": each is drafted as a recommendation, with those words before it, as the inspectorate's register counts them; join them if the report means one`);
  for (const r of found.recommendations) {
    if (r.addressedTo.length === 0) undecided.push(`whom recommendation ${r.id} is for: its text does not say "… should"; fill in "addressedTo"`);
  }
  undecided.push('each recommendation\'s title: the first words of its text for now; write a short label');
  undecided.push('the summary: write it in your own words in place of the placeholder paragraph');

  const data = {
    title: found.title,
    ...(published ? { published: published.value } : {}),
    kind: kind.value,
    scope: scope.value,
    recommendations: found.recommendations.map((r) => ({
      id: r.id,
      title: firstWords(r.text),
      text: r.text,
      addressedTo: r.addressedTo,
      ...(r.due ? { due: r.due } : {}),
    })),
  };
  const notes = [
    `# Drafted from ${file.name} by npm run import-inspection. Check every field:`,
    ...(published ? [`#   published: from "${published.from}"`] : ['#   published: not found in the report']),
    `#   kind: ${kind.from}; scope: ${scope.from}`,
    '#   each title: the first words of the recommendation; write a short label',
    ...(numberedHere.length ? [`#   ids ${span(numberedHere)}: numbered here in the order they come; the report does not number them`] : []),
    ...(found.improvements ? [`#   ${found.improvements} area${found.improvements === 1 ? '' : 's'} for improvement left out: they are not recommendations`] : []),
    '# url: https://…   (the report on the inspectorate\'s website)',
  ];
  const yaml = stringify(data, { lineWidth: 0, blockQuote: 'literal' }).trimEnd();
  const body = placeholderTextFor('a summary of the report, in your own words');
  return {
    id,
    path: `inspections/${id}.md`,
    text: `---\n${notes.join('\n')}\n${yaml}\n---\n\n${body}\n`,
    title: found.title,
    ...(published ? { published } : {}),
    kind,
    scope,
    recommendations: found.recommendations,
    skippedImprovements: found.improvements,
    undecided,
  };
}
