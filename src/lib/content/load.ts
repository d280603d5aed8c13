/**
 * Loads the content folder: reads every file, validates it against its schema and against
 * the other files, and returns what passed with every problem found (not just the first).
 * Pure Node: no Astro, so `npm run check`, the build and the tests share this one loader.
 *
 * One problem must not hide or distort another: a force or inspection whose file has an
 * error still counts as declared, so documents naming it get no misleading "unknown" error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { forceSchema } from '../../schemas/force.ts';
import { inspectionSchema } from '../../schemas/inspection.ts';
import { responseSchema } from '../../schemas/response.ts';
import { comparePartialDates, earliestDay, formatDate } from '../dates.ts';
import { DOCUMENT_KIND_IDS, isStatutoryKind, type DocumentKind } from '../document-kinds.ts';
import { parseMarkdown, renderBody, type RenderedBody, type RenderOptions } from '../markdown.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { NO_CACHE, type ContentCache, type FileCache } from './cache.ts';
import { checkEvidence, toLoadedFrontmatter, type LoadedFrontmatter } from './evidence-rules.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import type { Corpus, Force, Inspection, LoadResult, ResponseDocument } from './model.ts';
import { findPlaceholderText, PLACEHOLDER_STATUS, takePlaceholders } from './placeholder.ts';
import { readText } from './read-text.ts';
import { contentRoot, describeEntry, guardFile, type ContentRoot } from './safe-files.ts';
import { STATUS_IDS } from '../statuses.ts';

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Context {
  root: string;
  /** The content folder as the file system resolves it, for refusing links that lead out of it. */
  content: ContentRoot;
  problems: Problem[];
  /** Each file's parsed frontmatter and rendered body from the last load, where the file is unchanged (./cache.ts). */
  cache: ContentCache;
}

/** What the registry declares, even where an entry has errors. */
interface ForceRegistry {
  /** Entries that passed validation, in file order. */
  valid: Force[];
  /** Every id the file declares; null when the file could not be read at all. */
  ids: string[] | null;
}

interface InspectionSet {
  valid: Map<string, Inspection>;
  /** Ids of inspection files that exist but have errors. */
  broken: Set<string>;
}

/**
 * Loads and validates the content folder at `dir`; paths in problems are relative to `root`.
 * With a `cache`, unchanged files are not parsed or rendered again; the caller saves it.
 */
export function loadContent(dir: string, root = process.cwd(), cache: ContentCache = NO_CACHE): LoadResult {
  const ctx: Context = { root, problems: [], cache, content: contentRoot(dir) };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    // A mistyped PCC_CONTENT_DIR must not quietly build an empty site.
    report(ctx, dir, undefined, 'folder', 'the content folder does not exist; allowed: a folder with forces.yaml, inspections/ and responses/ (set PCC_CONTENT_DIR to it, or leave it unset for content/)');
    return { corpus: { forces: [], inspections: [], responses: [] }, problems: ctx.problems };
  }
  const forces = loadForces(ctx, join(dir, 'forces.yaml'));
  const inspections = loadInspections(ctx, join(dir, 'inspections'), forces);
  const responses = loadResponses(ctx, join(dir, 'responses'), forces, inspections);
  const corpus: Corpus = {
    forces: forces.valid,
    inspections: [...inspections.valid.values()].sort(
      (a, b) => comparePartialDates(b.published, a.published) || a.title.localeCompare(b.title),
    ),
    responses: responses.sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { corpus, problems: ctx.problems };
}

function report(ctx: Context, file: string, line: number | undefined, field: string, message: string, severity: Problem['severity'] = 'error', extra: Partial<Problem> = {}) {
  ctx.problems.push({ severity, file: relative(ctx.root, file) || file, line, field, message, ...extra });
}

/**
 * A field as an author would find it: `recommendations[id="2"].text` for the list item
 * with that id, `scope[#2]` (counting from 1) for one without, `recommendations.4a` for a key.
 */
export function describeField(path: readonly PropertyKey[], data: unknown, top = ''): string {
  let name = top;
  let node = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
      name += id ? `[id="${id}"]` : `[#${key + 1}]`;
      node = item;
    } else {
      name += name ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return name || top || 'frontmatter';
}

/** Reports each Zod issue at the line of the field it is about. */
function reportIssues(ctx: Context, file: string, yaml: ParsedYaml, error: z.ZodError, top = '', at: PropertyKey[] = []) {
  for (const issue of error.issues) {
    // A misspelt field is an issue of the object holding it: point at the field itself.
    const path = [...at, ...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [])];
    report(ctx, file, yaml.lineOf(path), describeField(path, yaml.data, top), issue.message);
  }
}

function loadForces(ctx: Context, file: string): ForceRegistry {
  return guardFile(ctx.problems, ctx.root, file, () => loadForceFile(ctx, file), { valid: [], ids: null });
}

function loadForceFile(ctx: Context, file: string): ForceRegistry {
  const entry = describeEntry(ctx.content, file);
  if (entry.kind === 'refused') {
    report(ctx, file, undefined, 'file', entry.reason);
    return { valid: [], ids: null };
  }
  if (!existsSync(file)) {
    report(ctx, file, undefined, 'file', 'there is no forces registry, so no document can name a force; allowed: a forces.yaml file listing the forces', 'warning');
    return { valid: [], ids: [] };
  }
  const yaml = readYamlFile(ctx, file);
  if (!yaml) return { valid: [], ids: null };
  if (yaml.data === null || yaml.data === undefined || yaml.data === '') {
    report(ctx, file, 1, 'forces', 'the registry lists no forces, so no document can name a force; allowed: a list of forces, each starting "- id:"', 'warning');
    return { valid: [], ids: [] };
  }
  if (!Array.isArray(yaml.data)) {
    report(ctx, file, 1, 'forces', 'the file is not a list; allowed: a list of forces, each starting "- id:" with name, policingBody and region');
    return { valid: [], ids: null };
  }
  const valid: Force[] = [];
  const ids: string[] = [];
  yaml.data.forEach((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id) {
      if (ids.includes(id)) {
        report(ctx, file, yaml.lineOf([index, 'id']), `forces[#${index + 1}].id`, `the force id "${id}" is listed twice; allowed: each force once`);
        return;
      }
      ids.push(id);
    }
    const parsed = forceSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else reportIssues(ctx, file, yaml, parsed.error, 'forces', [index]);
  });
  return { valid, ids };
}

function readYamlFile(ctx: Context, file: string): ParsedYaml | null {
  const read = readText(file);
  if (!read.ok) {
    report(ctx, file, undefined, 'file', read.reason);
    return null;
  }
  const result = ctx.cache.file(file, read.text).yaml(read.text, 1, () => parseYaml(read.text));
  if (!result.ok) {
    report(ctx, file, result.line, 'yaml', result.message);
    return null;
  }
  return result.yaml;
}

interface MarkdownFile {
  yaml: ParsedYaml;
  body: string;
  bodyLine: number;
  cache: FileCache;
}

function readMarkdownFile(ctx: Context, file: string): MarkdownFile | null {
  const read = readText(file);
  if (!read.ok) {
    report(ctx, file, undefined, 'file', read.reason);
    return null;
  }
  if (read.text.trim() === '') {
    report(ctx, file, undefined, 'file', 'the file is empty; allowed: a block of fields between two lines of three dashes (---), then the text (npm run new makes a draft to start from)');
    return null;
  }
  const split = splitFrontmatter(read.text);
  if (split.frontmatter === null) {
    report(ctx, file, 1, 'frontmatter', split.unclosed
      ? 'the frontmatter is never closed; allowed: a line of three dashes (---) after the last field'
      : 'the file has no frontmatter; allowed: a block of fields between two lines of three dashes (---) at the very top of the file');
    return null;
  }
  const cache = ctx.cache.file(file, read.text);
  // The YAML parser's strings are slices of its source, and V8 keeps a whole string alive
  // while any slice of it lives: parsed from a slice of the file, the fields held for the
  // whole build would keep every file's text (body included) in memory. A copy of the
  // frontmatter alone is all they keep.
  const frontmatter = Buffer.from(split.frontmatter, 'utf8').toString('utf8');
  const result = cache.yaml(frontmatter, 2, () => parseYaml(frontmatter, 2));
  if (!result.ok) {
    report(ctx, file, result.line, 'frontmatter', result.message);
    return null;
  }
  return { yaml: result.yaml, body: split.body, bodyLine: split.bodyLine, cache };
}

/**
 * An inspection's page shows its body straight under the page's h1, and a recommendation's
 * text under the page's h1 or the recommendation's h3, so their headings start at h2. (One
 * level for both: the cache tells bodies apart by id prefix and Markdown, not by level.)
 */
const INSPECTION_RENDER: RenderOptions = { headingLevel: 2 };

/** Parses and renders a body, reporting unsafe Markdown at its file line. */
function renderFileBody(ctx: Context, file: string, md: MarkdownFile, options: RenderOptions = {}): RenderedBody {
  const rendered = md.cache.body(md.body, options.idPrefix, () => renderBody(parseMarkdown(md.body), options));
  for (const issue of rendered.issues) report(ctx, file, md.bodyLine + issue.line - 1, 'body', issue.message);
  return rendered;
}

/**
 * The Markdown files in a folder. Anything else that looks like content (`.MD`, `.mdx`,
 * folders) is reported rather than skipped in silence; hidden files are ignored.
 */
function markdownFiles(ctx: Context, dir: string, where: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const entry = describeEntry(ctx.content, path);
    if (entry.kind === 'refused') {
      report(ctx, path, undefined, 'file', entry.reason);
    } else if (entry.kind === 'folder') {
      report(ctx, path, undefined, 'folder', /\.mdx?$/i.test(name)
        ? `this is a folder, though its name ends "${name.slice(name.lastIndexOf('.'))}", so nothing in it is read; allowed: ${where}`
        : `folders here are not read; allowed: ${where}`);
    } else if (name.endsWith('.md')) {
      files.push(path);
    } else if (/\.mdx$/i.test(name)) {
      report(ctx, path, undefined, 'file', 'content files cannot be MDX, which can run code; allowed: .md files');
    } else if (/\.md$/i.test(name)) {
      report(ctx, path, undefined, 'file', `the file name ends "${name.slice(-3)}", so it would not be published; allowed: a name ending in lower-case .md`);
    } else {
      report(ctx, path, undefined, 'file', `this file is not read; allowed: ${where}`, 'warning');
    }
  }
  return files;
}

function loadInspections(ctx: Context, dir: string, forces: ForceRegistry): InspectionSet {
  const valid = new Map<string, Inspection>();
  const broken = new Set<string>();
  for (const file of markdownFiles(ctx, dir, '<inspection-id>.md files')) {
    const id = fileId(file);
    if (!checkFileName(ctx, file, id, 'an inspection id: lower-case words joined by hyphens, ending .md')) continue;
    const before = ctx.problems.length;
    const inspection = guardFile(ctx.problems, ctx.root, file, () => loadInspection(ctx, file, id, forces), null);
    if (inspection && !hasErrors(ctx, before)) valid.set(id, inspection);
    else broken.add(id);
  }
  return { valid, broken };
}

function loadInspection(ctx: Context, file: string, id: string, forces: ForceRegistry): Inspection | null {
  const md = readMarkdownFile(ctx, file);
  if (!md) return null;
  const parsed = inspectionSchema.safeParse(md.yaml.data ?? {});
  const rendered = renderFileBody(ctx, file, md, INSPECTION_RENDER);
  if (!parsed.success) {
    reportIssues(ctx, file, md.yaml, parsed.error);
    return null;
  }
  const data = parsed.data;
  const field = (path: PropertyKey[]) => describeField(path, md.yaml.data);
  const seen = new Set<string>();
  data.recommendations.forEach((rec, index) => {
    if (seen.has(rec.id)) {
      report(ctx, file, md.yaml.lineOf(['recommendations', index, 'id']), `recommendations[#${index + 1}].id`, `the recommendation id "${rec.id}" is used twice; allowed: a different id for each recommendation`);
    }
    seen.add(rec.id);
  });
  if (Array.isArray(data.scope) && forces.ids) {
    data.scope.forEach((forceId, index) => {
      if (!forces.ids!.includes(forceId)) {
        report(ctx, file, md.yaml.lineOf(['scope', index]), field(['scope', index]), `unknown force "${forceId}"${didYouMean(forceId, forces.ids!)}; allowed: ${listOrNone(forces.ids!, 'list the force in content/forces.yaml first')}`);
      }
    });
  }
  const recommendations = data.recommendations.map((rec, index) => {
    const text = md.cache.body(rec.text, undefined, () => renderBody(parseMarkdown(rec.text), INSPECTION_RENDER));
    for (const issue of text.issues) {
      report(ctx, file, md.yaml.lineOf(['recommendations', index, 'text']), field(['recommendations', index, 'text']), issue.message);
    }
    return { ...rec, html: text.html };
  });
  return { ...data, recommendations, id, file: relative(ctx.root, file), html: rendered.html };
}

function hasErrors(ctx: Context, since: number): boolean {
  return ctx.problems.slice(since).some((p) => p.severity === 'error');
}

function listOrNone(ids: readonly string[], otherwise: string): string {
  const unique = [...new Set(ids)];
  return unique.length ? unique.join(', ') : `none yet — ${otherwise}`;
}

function fileId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
}

function checkFileName(ctx: Context, file: string, id: string, allowed: string): boolean {
  if (!FILE_ID.test(id)) {
    report(ctx, file, undefined, 'file', `the file name "${id}.md" is not allowed; allowed: ${allowed}`);
    return false;
  }
  return true;
}

function loadResponses(ctx: Context, dir: string, forces: ForceRegistry, inspections: InspectionSet): ResponseDocument[] {
  if (!existsSync(dir)) return [];
  const responses: ResponseDocument[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const entry = describeEntry(ctx.content, path);
    if (entry.kind === 'refused') {
      report(ctx, path, undefined, 'folder', entry.reason);
      continue;
    }
    if (entry.kind !== 'folder') {
      report(ctx, path, undefined, 'file', "a document must be inside its force's folder; allowed: responses/<force-id>/<inspection-id>.md", /\.mdx?$/i.test(name) ? 'error' : 'warning');
      continue;
    }
    if (!FILE_ID.test(name)) {
      report(ctx, path, undefined, 'folder', `the folder name "${name}" is not allowed, so its documents are not read; allowed: a force id — lower-case letters and digits, words joined by hyphens, no spaces (e.g. northshire)`);
      continue;
    }
    for (const file of markdownFiles(ctx, path, `responses/${name}/<inspection-id>.md files`)) {
      const before = ctx.problems.length;
      const response = guardFile(ctx.problems, ctx.root, file, () => loadResponse(ctx, file, name, forces, inspections), null);
      if (!response) continue;
      const key = `${response.force}/${response.inspection}/${response.kind}`;
      const other = seen.get(key);
      if (other) {
        report(ctx, file, response.kindLine, 'kind', `a second ${response.kind} for ${response.force} and ${response.inspection} (the first is ${other}); allowed: one document of each kind per force and inspection — merge them, or set a different kind`);
      } else {
        seen.set(key, relative(ctx.root, file));
      }
      if (!hasErrors(ctx, before)) responses.push(response.document);
    }
  }
  return responses;
}

function loadResponse(
  ctx: Context,
  file: string,
  folder: string,
  forces: ForceRegistry,
  inspections: InspectionSet,
): { document: ResponseDocument; force: string; inspection: string; kind: DocumentKind; kindLine: number } | null {
  const name = fileId(file);
  const [inspectionPart, kindPart, ...rest] = name.split('--');
  if (!checkFileName(ctx, file, inspectionPart ?? '', 'responses/<force-id>/<inspection-id>.md, or <inspection-id>--<kind>.md for a second document of another kind')) return null;
  const md = readMarkdownFile(ctx, file);
  if (!md) return null;
  const placeholders = takePlaceholders(md.yaml.data);
  for (const id of placeholders) {
    report(ctx, file, md.yaml.lineOf(['recommendations', id]), `recommendations.${id}`, `recommendation ${id} still has the placeholder status "${PLACEHOLDER_STATUS}", so the draft shows "No status given" and the site cannot be published; allowed: ${STATUS_IDS.join(', ')}`, 'warning', { blocksPublishing: true });
  }
  for (const bodyLine of findPlaceholderText(md.body)) {
    report(ctx, file, md.bodyLine + bodyLine - 1, 'body', 'this paragraph is still the placeholder a new draft starts with, so the site cannot be published; allowed: the words of the document', 'warning', { blocksPublishing: true });
  }
  const parsed = responseSchema.safeParse(md.yaml.data ?? {});
  const id = `${folder}/${name}`;
  const rendered = renderFileBody(ctx, file, md, { idPrefix: id.replace('/', '-') });
  const evidence = checkEvidence({ raw: md.yaml.data, lineOf: md.yaml.lineOf, html: rendered.issues.length ? undefined : rendered.html });
  for (const p of evidence) report(ctx, file, p.line, p.field, p.message, p.severity);
  if (!parsed.success) {
    reportIssues(ctx, file, md.yaml, parsed.error);
    return null;
  }
  const data = toLoadedFrontmatter(parsed.data);
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);

  if (forces.ids && !forces.ids.includes(data.force)) {
    report(ctx, file, line(['force']), 'force', `unknown force "${data.force}"${didYouMean(data.force, forces.ids)}; allowed: ${listOrNone(forces.ids, 'list the force in content/forces.yaml first')}`);
  } else if (data.force !== folder) {
    report(ctx, file, line(['force']), 'force', `the force is "${data.force}" but the file is in the folder "${folder}"; allowed: a file in responses/${data.force}/, or force: ${folder}`);
  }
  if (rest.length || (kindPart !== undefined && !DOCUMENT_KIND_IDS.includes(kindPart as DocumentKind))) {
    report(ctx, file, undefined, 'file', `the file name "${name}.md" is not allowed; allowed: <inspection-id>.md, or <inspection-id>--<kind>.md where kind is one of ${DOCUMENT_KIND_IDS.join(', ')}`);
  } else if (kindPart !== undefined && kindPart !== data.kind) {
    report(ctx, file, line(['kind']), 'kind', `the file name says "${kindPart}" but the kind is "${data.kind}"; allowed: kind: ${kindPart}, or a file name that ends --${data.kind}.md`);
  }

  const inspection = inspections.valid.get(data.inspection);
  if (inspection) {
    checkAgainstInspection(ctx, file, md, data, inspection, inspectionPart!, rendered.sections);
    if (isStatutoryKind(data.kind)) checkCoverage(ctx, file, md, data, inspection, placeholders);
  } else if (!inspections.broken.has(data.inspection)) {
    const known = [...inspections.valid.keys(), ...inspections.broken];
    report(ctx, file, line(['inspection']), 'inspection', `unknown inspection "${data.inspection}"${didYouMean(data.inspection, known)}; allowed: ${listOrNone(known, 'add the inspection to content/inspections/ first')}`);
  }

  if (data.source?.startsWith('http:')) {
    report(ctx, file, line(['source']), 'source', 'the address of the original starts http://, which is not secure and which many browsers warn about; allowed: an https:// address, if the original is available at one', 'warning');
  }

  return {
    force: data.force,
    inspection: data.inspection,
    kind: data.kind,
    kindLine: line(['kind']),
    document: {
      ...data,
      id: `${folder}/${name}`,
      file: relative(ctx.root, file),
      html: rendered.html,
      text: rendered.text,
      sections: rendered.sections,
    },
  };
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
