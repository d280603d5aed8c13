/**
 * `npm run import-inspection`: an HMICFRS report (its web page saved as HTML, or its PDF) in,
 * a draft of `content/inspections/<id>.md` out. The report's title, publication date and every
 * recommendation, word for word, with whom it is addressed to and when it is due where the
 * text says; kind and scope proposed, with how. Recommendations under a cause of concern are
 * recommendations; areas for improvement are not (s55(5B) asks about recommendations), and
 * are counted, not copied. What it cannot find, it says.
 */
import { extname } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { stringify } from 'yaml';
import type { Corpus } from '../../content/model.ts';
import { placeholderTextFor } from '../../content/placeholder.ts';
import { isDay } from '../../dates.ts';
import { UserError } from '../files.ts';
import { htmlToMarkdownTree, normaliseTree, stringifyMarkdown } from './markdown.ts';
import { layOutPdf } from './pdf-layout.ts';
import { readPdfPages } from './pdf-read.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = MONTHS.join('|');
const FULL_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\s+(\\d{4})\\b`, 'i');
const MONTH_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`, 'i');
const RECOMMENDATION_LABEL = /^\s*recommendation\s+([0-9]+[a-z]?(?:\.[0-9]+)?)\b\s*[:.–—-]?\s*/i;
const IMPROVEMENT_LABEL = /^\s*areas?\s+for\s+improvement\b\s*([0-9]+[a-z]?)?\s*[:.–—-]?\s*/i;
const CONCERN_LABEL = /^\s*causes?\s+of\s+concern\b/i;

export interface InspectionRecommendation {
  /** The report's number for it, as the report gives it. */
  id: string;
  /** Its words, as Markdown (lists kept). */
  text: string;
  addressedTo: string[];
  due?: string;
  /** "cause of concern" when it sits under one. */
  under?: string;
}

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

/** The report as a Markdown tree, and its title where the file names one (an HTML page's h1 or title). */
async function readReport(name: string, bytes: Uint8Array): Promise<{ tree: Root; title?: string }> {
  const extension = extname(name).toLowerCase();
  if (extension === '.pdf') {
    const pages = await readPdfPages(name, bytes, { instead: 'the report\'s PDF as the inspectorate publishes it, or its web page saved as .html' });
    if (!pages.some((p) => p.runs.some((r) => r.text.trim()))) {
      throw new UserError(`${name} is a scanned image with no text in it; allowed: the report's web page saved as .html, or its PDF from the inspectorate's website.`);
    }
    return { tree: layOutPdf(pages).tree };
  }
  if (extension === '.html' || extension === '.htm') {
    const html = new TextDecoder('utf-8').decode(bytes);
    // Only the report's own text: the site's header, navigation and footer are not the report.
    const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? /<body\b[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
    const tree = htmlToMarkdownTree(main.replace(/<(script|style|nav|header|footer|aside)\b[\s\S]*?<\/\1>/gi, ''));
    return { tree };
  }
  throw new UserError(`${name} is not a report this command can read; allowed: the report's web page saved as .html, or its .pdf.`);
}

/** "By April 2020" → 2020-04, "by 31 March 2022" → 2022-03-31: the first deadline the text sets. */
export function dueDateOf(text: string): string | undefined {
  const by = new RegExp(`\\b(?:by|before|no later than)\\s+(?:the\\s+end\\s+of\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH})\\s+\\d{4})`, 'i').exec(text);
  if (!by) return undefined;
  const full = FULL_DATE.exec(by[1]!);
  if (full) {
    const day = `${full[3]}-${String(MONTHS.indexOf(full[2]!.toLowerCase()) + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
    return isDay(day) ? day : undefined;
  }
  const month = MONTH_DATE.exec(by[1]!)!;
  return `${month[2]}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
}

/**
 * Whom a recommendation is addressed to, from the words before its first "should":
 * "By April 2020, the NPCC lead for vetting and the College of Policing should…" →
 * ["NPCC lead for vetting", "College of Policing"]. Empty when the text does not say.
 */
export function addresseesOf(text: string): string[] {
  const sentence = text.replace(/\s+/g, ' ');
  const before = /^(.*?)\s+(?:should|must|need to|needs to)\b/i.exec(sentence)?.[1];
  if (!before) return [];
  const subject = before
    .replace(/^.*\bwe recommend that\s+/i, '')
    .replace(new RegExp(`^(?:by|before|within|no later than)\\s+[^,]*,\\s*`, 'i'), '')
    .replace(/^(?:immediately|now|also),?\s+/i, '');
  const parts = subject.split(/,\s*|\s+and\s+(?=the\b|all\b|every\b|[A-Z])/).map((part) => part
    .replace(/\s+(?:that|who|which)\s+.*$/i, '')
    .replace(/^(?:the|all of the)\s+/i, '')
    .trim()).filter((part) => part && part.split(' ').length <= 10);
  return parts.map((part) => (/^all\s/i.test(part) ? part[0]!.toLowerCase() + part.slice(1) : part));
}

/** The first words of a text, for a title the author will shorten. */
function firstWords(text: string, count = 8): string {
  const words = toPlain(text).split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

function toPlain(markdown: string): string {
  return markdown.replace(/[*_`>#]|^\s*[-+]\s+|^\s*\d+[.)]\s+/gm, '').replace(/\s+/g, ' ').trim();
}

interface Found {
  title?: string;
  recommendations: InspectionRecommendation[];
  improvements: number;
  concerns: number;
}

/** Walks the report's blocks in order, collecting labelled recommendations and counting areas for improvement. */
function collect(tree: Root): Found {
  const found: Found = { recommendations: [], improvements: 0, concerns: 0 };
  let open: { id: string; blocks: RootContent[]; under?: string } | undefined;
  let openImprovement = false;
  let section: 'recommendations' | 'improvements' | 'concern' | 'other' = 'other';
  let underConcern = false;

  const close = () => {
    if (open && open.blocks.length) {
      const text = stringifyMarkdown({ type: 'root', children: open.blocks }).trim();
      const recommendation: InspectionRecommendation = { id: open.id, text, addressedTo: addresseesOf(toPlain(text)) };
      const due = dueDateOf(toPlain(text));
      if (due) recommendation.due = due;
      if (open.under) recommendation.under = open.under;
      found.recommendations.push(recommendation);
    }
    open = undefined;
    openImprovement = false;
  };

  for (const node of tree.children) {
    const text = toString(node).trim();
    if (node.type === 'heading' && !found.title && node.depth === 1) {
      found.title = text;
      continue;
    }
    const recommendation = node.type === 'heading' || node.type === 'paragraph' ? RECOMMENDATION_LABEL.exec(text) : null;
    const improvement = node.type === 'heading' || node.type === 'paragraph' ? IMPROVEMENT_LABEL.exec(text) : null;
    if (recommendation && !(node.type === 'heading' && /^recommendations\b/i.test(text))) {
      close();
      open = { id: recommendation[1]!, blocks: [], ...(underConcern ? { under: 'cause of concern' } : {}) };
      const rest = withoutLabel(node, recommendation[0].length);
      if (rest) open.blocks.push(rest);
      continue;
    }
    if (improvement && (improvement[1] || node.type === 'heading')) {
      close();
      if (improvement[1]) {
        found.improvements++;
        openImprovement = true;
      } else {
        section = 'improvements';
        underConcern = false;
      }
      continue;
    }
    // In a PDF a sub-heading is often bold type of the ordinary size: a short paragraph of its own.
    const headingLike = node.type === 'heading' || (node.type === 'paragraph' && text.split(/\s+/).length <= 6 && (CONCERN_LABEL.test(text) || /^recommendations$/i.test(text)));
    if (headingLike) {
      close();
      if (CONCERN_LABEL.test(text)) {
        found.concerns++;
        underConcern = true;
        section = 'concern';
      } else if (/^recommendations?\b/i.test(text)) {
        const depth = node.type === 'heading' ? node.depth : 6;
        section = underConcern && depth > 2 ? 'concern' : 'recommendations';
        if (depth <= 2) underConcern = false;
      } else {
        section = 'other';
        underConcern = false;
      }
      continue;
    }
    if (open) {
      open.blocks.push(node);
      continue;
    }
    if (openImprovement) continue;
    // Unlabelled items: a numbered list under "Recommendations" gives their numbers; a list under "Areas for improvement" is counted.
    if (node.type === 'list' && section === 'improvements') found.improvements += node.children.length;
    if (node.type === 'list' && node.ordered && section === 'recommendations') {
      node.children.forEach((item, index) => {
        open = { id: String((node.start ?? 1) + index), blocks: item.children as RootContent[] };
        close();
      });
    }
  }
  close();
  return found;
}

/** The block without the first `length` characters of its text (the label), or nothing if only the label was there. */
function withoutLabel(node: RootContent, length: number): RootContent | undefined {
  if (node.type !== 'paragraph') return undefined;
  let left = length;
  const children = [];
  for (const child of node.children) {
    const size = toString(child).length;
    if (left >= size) {
      left -= size;
      continue;
    }
    if (left > 0 && child.type === 'text') children.push({ ...child, value: child.value.slice(left) });
    else if (left > 0) children.push({ type: 'text' as const, value: toString(child).slice(left) });
    else children.push(child);
    left = 0;
  }
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^[\s:.–—-]+/, '');
  return children.some((c) => toString(c as Nodes).trim()) ? { ...node, children } : undefined;
}

/** The publication date: "Published 15 March 2031" (or a full date near the start), else a month. */
function publishedOf(tree: Root): { value: string; from: string } | undefined {
  const lines = tree.children.slice(0, 40).map((n) => toString(n).replace(/\s+/g, ' ').trim()).filter(Boolean);
  const labelled = lines.find((l) => /\bpublish(?:ed|ication date)\b/i.test(l) && (FULL_DATE.test(l) || MONTH_DATE.test(l)));
  for (const line of [...(labelled ? [labelled] : []), ...lines.filter((l) => l.length <= 40)]) {
    const full = FULL_DATE.exec(line);
    if (full) {
      const day = `${full[3]}-${String(MONTHS.indexOf(full[2]!.toLowerCase()) + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
      if (isDay(day)) return { value: day, from: line };
    }
    const month = MONTH_DATE.exec(line);
    if (month) return { value: `${month[2]}-${String(MONTHS.indexOf(month[1]!.toLowerCase()) + 1).padStart(2, '0')}`, from: line };
  }
  return undefined;
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

/** The whole import of one report, for `corpus`; `id` overrides the id made from the title. */
export async function importInspection(file: { name: string; bytes: Uint8Array }, corpus: Corpus, options: { id?: string | undefined } = {}): Promise<InspectionDraft> {
  const { tree } = await readReport(file.name, file.bytes);
  normaliseTree(tree, {});
  const found = collect(tree);
  if (!found.title) throw new UserError(`${file.name} has no title that could be found (no top-level heading); allowed: the report's own web page or PDF, whose first heading is its title.`);
  if (found.recommendations.length === 0) {
    throw new UserError(`${file.name} has no recommendations that could be found: none is labelled "Recommendation N"${found.improvements ? ` (it has ${found.improvements} areas for improvement, which are not recommendations)` : ''}; allowed: a report with numbered recommendations, or write the inspection by hand from content-model.md.`);
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
