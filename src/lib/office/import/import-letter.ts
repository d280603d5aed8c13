/**
 * `npm run import`: a Word (.docx) or plain-text (.txt) letter in, a response draft out,
 * with what it proposes and what it could not decide, for the person importing to check.
 */
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { decodeText } from '../../basics/read-text.ts';
import type { Corpus } from '../../content/model.ts';
import { PLACEHOLDER_STATUS } from '../../content/placeholder.ts';
import { UserError } from '../files.ts';
import { draftFieldNames, draftFrontmatter, resolveDraftChoice, responsePath, type DraftFields } from '../scaffold.ts';
import { layOutPdf } from './pdf-layout.ts';
import { readPdfPages } from './pdf-read.ts';
import { htmlToMarkdownTree, linesOf, sectionsIn, markRecommendationSections, normaliseTree, stringifyMarkdown, textToMarkdownTree, type SectionReport } from './to-markdown.ts';
import { matchSections, type MatchReport } from './match-sections.ts';
import { describeCounts, type NormaliseCounts } from './normalise.ts';
import { placeWords, proposeAuthor, proposeDate, proposeForce, proposeInspection, proposeKind, proposeLang, proposeRecipient, type Proposals } from './propose.ts';

/** A letter shorter than this many words is not a letter (an empty or mistaken file). */
export const MIN_LETTER_WORDS = 20;

export interface LetterFile {
  /** The file's name, for messages (never written into content). */
  name: string;
  bytes: Uint8Array;
}

export interface ConvertedLetter {
  tree: Root;
  /** Characters cleaned up, by kind. */
  counts: NormaliseCounts;
  /** Things the conversion dropped or could not keep, in words. */
  dropped: string[];
  /** Text kept but not where the page has it (a PDF's text set at an angle), and where it went. */
  moved: string[];
}

/** Reads a .pdf, .docx or .txt letter into a cleaned Markdown tree; a UserError for anything else. */
export async function convertLetter(file: LetterFile): Promise<ConvertedLetter> {
  const extension = extname(file.name).toLowerCase();
  const dropped: string[] = [];
  const moved: string[] = [];
  let tree: Root;
  if (extension === '.docx') {
    let html: string;
    try {
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
      html = result.value;
    } catch {
      throw new UserError(`${file.name} could not be read as a Word document (it may be damaged, or not really a .docx); allowed: a .docx file that Word opens, or the letter saved as .txt.`);
    }
    tree = htmlToMarkdownTree(html);
  } else if (extension === '.txt') {
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) throw new UserError(`${file.name} ${decoded.reason}.`);
    if (decoded.text.includes('\u0000')) throw new UserError(`${file.name} is not text (it holds binary data); allowed: a .txt file holding the letter's text, or a .docx.`);
    const converted = textToMarkdownTree(decoded.text);
    tree = converted.tree;
    if (converted.htmlTags) dropped.push(`${converted.htmlTags} HTML tag${converted.htmlTags === 1 ? '' : 's'} (the words between them are kept)`);
  } else if (extension === '.pdf') {
    const pages = await readPdfPages(file.name, file.bytes);
    if (!pages.some((page) => page.runs.some((run) => run.text.trim()))) {
      throw new UserError(`${file.name} is a scanned image with no text in it; allowed: the letter saved as .docx or .txt, or the PDF run through OCR (text recognition) first.`);
    }
    const laidOut = layOutPdf(pages);
    tree = laidOut.tree;
    dropped.push(...laidOut.dropped);
    moved.push(...laidOut.moved);
  } else if (extension === '.doc') {
    throw new UserError(`${file.name} is in the old Word format, which cannot be read; allowed: the letter saved from Word as .docx (File, Save As) or as .txt.`);
  } else {
    throw new UserError(`${file.name} is not a letter this command can read; allowed: a PDF (.pdf), a Word document (.docx) or a plain-text file (.txt).`);
  }
  const counts: NormaliseCounts = {};
  normaliseTree(tree, counts);
  const images = removeImages(tree);
  if (images) dropped.push(`${images} image${images === 1 ? '' : 's'} (a response is text: describe a chart or table in words)`);
  const words = toString(tree).split(/\s+/).filter(Boolean).length;
  if (words < MIN_LETTER_WORDS) {
    throw new UserError(`${file.name} does not hold a letter: it has ${words} word${words === 1 ? '' : 's'} of text; allowed: a .pdf, .docx or .txt file with the letter's text in it.`);
  }
  return { tree, counts, dropped, moved };
}

function removeImages(node: Nodes): number {
  if (!('children' in node)) return 0;
  let removed = 0;
  const kept = (node.children as Nodes[]).filter((child) => {
    if (child.type === 'image' || child.type === 'imageReference') {
      removed++;
      return false;
    }
    removed += removeImages(child);
    return true;
  });
  (node as { children: Nodes[] }).children = kept;
  return removed;
}

export interface ImportChoices {
  force?: string | undefined;
  inspection?: string | undefined;
  kind?: string | undefined;
}

export interface ImportedDraft {
  /** Where the draft goes, relative to the content folder. */
  path: string;
  text: string;
  proposals: Proposals;
  sections: SectionReport;
  /** Sections found from the recommendations' words the letter quotes (headings inserted), and those it was unsure of. */
  matches: MatchReport;
  /** What it could not decide, one sentence each. */
  undecided: string[];
  /** What it cleaned, in words ("3 non-breaking spaces and 1 soft hyphen"), or null. */
  normalised: string | null;
  dropped: string[];
  moved: string[];
}

/** Turns a converted letter into a draft for `corpus`; flags win over proposals. */
export function toDraft(file: LetterFile, letter: ConvertedLetter, corpus: Corpus, choices: ImportChoices = {}): ImportedDraft {
  const sections = markRecommendationSections(letter.tree);
  const lines = linesOf(letter.tree);
  const text = lines.join('\n');
  const author = proposeAuthor(lines, placeWords(corpus));
  const proposals: Proposals = {
    date: proposeDate(lines),
    author,
    recipient: proposeRecipient(lines),
    force: proposeForce(text, corpus, author?.value),
    inspection: proposeInspection(text, corpus),
    kind: proposeKind(author?.value),
    lang: proposeLang(text),
  };
  const forceId = choices.force ?? proposals.force?.value;
  const inspectionId = choices.inspection ?? proposals.inspection?.value;
  if (!inspectionId) {
    throw new UserError(`Could not tell which inspection ${file.name} answers; allowed: --inspection followed by one of ${corpus.inspections.map((i) => i.id).join(', ')}.`);
  }
  if (!forceId) {
    throw new UserError(`Could not tell which force ${file.name} is about; allowed: --force followed by a force id from forces.yaml.`);
  }
  const { force, inspection, kind } = resolveDraftChoice(corpus, { force: forceId, inspection: inspectionId, kind: choices.kind ?? proposals.kind?.value });
  // What a flag gave is what the draft has: say so, rather than what the letter would have proposed.
  if (choices.force) proposals.force = { value: force.id, from: 'given with --force' };
  if (choices.inspection) proposals.inspection = { value: inspection.id, from: 'given with --inspection' };
  if (choices.kind) proposals.kind = { value: kind, from: 'given with --kind' };

  // Letters that quote a recommendation before answering it, without a "Recommendation N" label.
  // An inspectorate's letter quotes its own recommendations without answering them: left alone.
  const unplaced = inspection.recommendations.map((r) => r.id).filter((id) => !sections.sections.includes(id) && !sections.quoted.includes(id));
  const matches = kind === 'inspectorate-letter' ? { inserted: [], unsure: [], listed: [] } : matchSections(letter.tree, inspection.recommendations, unplaced);
  sections.sections = sectionsIn(letter.tree);
  sections.quoted.push(...matches.listed);

  const undecided: string[] = [];
  if (!proposals.date) undecided.push('the date: no line holds a date on its own; add "date: YYYY-MM-DD" if the letter has one');
  if (!proposals.author) undecided.push('the author: no name found under "Yours sincerely"; add "author: { name, role }"');
  if (!proposals.recipient) undecided.push('the recipient: no "Dear …" line names anyone; add "recipient:" as the letter addresses it');
  const recIds = inspection.recommendations.map((r) => r.id);
  const missing = recIds.filter((id) => !sections.sections.includes(id));
  if (missing.length) undecided.push(`which part answers recommendation${missing.length === 1 ? '' : 's'} ${missing.join(', ')}: no section starts "Recommendation N" (or, in Welsh, "Argymhelliad N") and no paragraph clearly quotes ${missing.length === 1 ? 'it' : 'them'}; add "## Recommendation N" (or "## Argymhelliad N") headings where the letter answers one`);
  undecided.push(`every status: each recommendation is "${PLACEHOLDER_STATUS}" until you choose one`);

  // The fields a draft offers (the schema's), filled in where the letter gave a proposal.
  const proposed = draftFieldNames().flatMap((key) => {
    const proposal = proposals[key as keyof Proposals];
    return proposal ? [[key, proposal] as const] : [];
  });
  const fields: DraftFields = Object.fromEntries(proposed.map(([key, proposal]) => [key, proposal.value]));
  // A letter in Welsh is marked so (lang: cy), for its pages, its search index and screen readers.
  if (proposals.lang) fields.lang = proposals.lang.value;
  const notes = [
    `Imported from ${basename(file.name)} by npm run import. Check every field it proposed:`,
    ...proposed.map(([key, proposal]) => `  ${key}: from "${proposal.from}"`),
    ...(proposals.lang ? [`  lang: ${proposals.lang.from}`] : []),
  ];
  const body = stringifyMarkdown(letter.tree);
  return {
    path: responsePath(force.id, inspection.id, kind),
    text: `${draftFrontmatter(force, inspection, kind, fields, notes)}\n${body}`,
    proposals,
    sections,
    matches,
    undecided,
    normalised: describeCounts(letter.counts),
    dropped: letter.dropped,
    moved: letter.moved,
  };
}

/** The whole import of one file. */
export async function importLetter(file: LetterFile, corpus: Corpus, choices: ImportChoices = {}): Promise<ImportedDraft> {
  return toDraft(file, await convertLetter(file), corpus, choices);
}
