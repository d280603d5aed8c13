/**
 * Loads the content folder: reads every file, validates it against its schema and against
 * the other files, and returns what passed with every problem found (not just the first).
 * Pure Node: no Astro, so `npm run check`, the build and the tests share this one loader.
 *
 * One problem must not hide or distort another: a force or inspection whose file has an
 * error still counts as declared, so documents naming it get no misleading "unknown" error.
 *
 * Which files are read: content-files.ts (safe-files.ts refuses links out of the folder); the
 * forces registry: forces-file.ts; the rules that compare files: cross-file-rules.ts and
 * evidence-rules.ts; how a problem is worded and placed: report.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { inspectionSchema } from '../../schemas/inspection.ts';
import { responseSchema } from '../../schemas/response.ts';
import { comparePartialDates } from '../basics/days.ts';
import { parseMarkdown, renderBody, type RenderedBody, type RenderOptions } from '../text/markdown.ts';
import { applyRedactions, redactionReasons } from '../text/redaction.ts';
import { findEvidenceSentences } from '../text/quote-sentence.ts';
import { STATUS_IDS } from '../basics/statuses.ts';
import { NO_CACHE, type ContentCache, type FileCache } from './cache.ts';
import { checkFileName, fileId, markdownFiles, responseFolders } from './content-files.ts';
import { checkResponse, checkScope, type ForceRegistry, type InspectionSet } from './cross-file-rules.ts';
import { loadForces } from './forces-file.ts';
import { checkEvidence, toLoadedFrontmatter } from './evidence-rules.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from '../basics/frontmatter.ts';
import type { Corpus, Inspection, LoadResult, ResponseDocument } from './model.ts';
import { findPlaceholderText, PLACEHOLDER_STATUS, takePlaceholders } from './placeholder.ts';
import { readText } from '../basics/read-text.ts';
import { describeField, hasErrors, report, reportAll, reportIssues, type Context } from './report.ts';
import { contentRoot, guardFile } from './safe-files.ts';
import { checkCorrections, findTrustProblems } from './trust-rules.ts';
import { DOCUMENT_LANGUAGES, documentRules } from './translation-rules.ts';

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

/**
 * How many files `cacheFilesAlone` does before it saves the cache and lets the event loop run.
 * Sätteri's parse trees live in native memory that is given back only when finalizers run,
 * on the event loop, after a collection: a loop that never let it run held about 10 MiB more
 * for each 1,000 files parsed (docs/performance.md, 7 December 2026, night).
 */
const FILES_A_TURN = 100;

/**
 * Each file's own part of loading, for `files` of the folder at `dir` (`listContentFiles`
 * in ./content-files.ts lists them): parsing, rendering, and the checks that need the file
 * alone (its quotations, its redactions and personal data), kept in `cache` (saved every hundred
 * files), so that a later `loadContent` with the cache finds them done and only
 * compares the files. Nothing else is kept: the problems found are the later load's to
 * report, and it reads every file again. The loader's own functions do it, run against no
 * forces and no inspections, which only the comparing needs (./cache.ts lists what a file's
 * record holds).
 */
export async function cacheFilesAlone(dir: string, root: string, cache: ContentCache, files: readonly string[]): Promise<void> {
  const ctx: Context = { root, problems: [], cache, content: contentRoot(dir) };
  const noForces: ForceRegistry = { valid: [], ids: null };
  const noInspections: InspectionSet = { valid: new Map(), broken: new Set() };
  const registry = join(dir, 'forces.yaml');
  const inspections = join(dir, 'inspections');
  for (const [index, file] of files.entries()) {
    ctx.problems = [];
    if (file === registry) loadForces(ctx, file);
    else if (dirname(file) === inspections) guardFile(ctx.problems, root, file, () => loadInspection(ctx, file, fileId(file), noForces), null);
    else guardFile(ctx.problems, root, file, () => loadResponse(ctx, file, basename(dirname(file)), noForces, noInspections), null);
    if ((index + 1) % FILES_A_TURN === 0) {
      cache.save();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  cache.save();
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
  const result = cache.yaml(() => {
    // The YAML parser's strings are slices of its source, and V8 keeps a whole string alive
    // while any slice of it lives: parsed from a slice of the file, the fields held for the
    // whole build would keep every file's text (body included) in memory. A copy of the
    // frontmatter alone is all they keep.
    const frontmatter = Buffer.from(split.frontmatter!, 'utf8').toString('utf8');
    return parseYaml(frontmatter, 2);
  });
  if (!result.ok) {
    report(ctx, file, result.line, 'frontmatter', result.message);
    return null;
  }
  return { yaml: result.yaml, body: split.body, bodyLine: split.bodyLine, cache };
}

/**
 * An inspection's page shows its body straight under the page's h1, and a recommendation's
 * text under the page's h1 or the recommendation's h3, so their headings start at h2.
 */
const INSPECTION_RENDER: RenderOptions = { headingLevel: 2 };

/**
 * Parses and renders a body, reporting unsafe Markdown at its file line. Its redaction markers
 * become what a reader sees (src/lib/text/redaction.ts); the cache's record of a file goes with its
 * whole text, frontmatter included, so the reasons cannot be stale.
 */
function renderFileBody(ctx: Context, file: string, md: MarkdownFile, options: RenderOptions = {}): RenderedBody {
  const rendered = md.cache.body('body', () => renderBody(applyRedactions(parseMarkdown(md.body), redactionReasons(md.yaml.data)), options));
  for (const issue of rendered.issues) report(ctx, file, md.bodyLine + issue.line - 1, 'body', issue.message);
  return rendered;
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
  checkScope(ctx, file, md, data.scope, forces);
  const recommendations = data.recommendations.map((rec, index) => {
    const text = md.cache.body(`recommendations[${index}].text`, () => renderBody(parseMarkdown(rec.text), INSPECTION_RENDER));
    for (const issue of text.issues) {
      report(ctx, file, md.yaml.lineOf(['recommendations', index, 'text']), field(['recommendations', index, 'text']), issue.message);
    }
    return { ...rec, html: text.html, plainText: text.text };
  });
  return { ...data, recommendations, id, file: relative(ctx.root, file), html: rendered.html, text: rendered.text };
}

function loadResponses(ctx: Context, dir: string, forces: ForceRegistry, inspections: InspectionSet): ResponseDocument[] {
  const responses: ResponseDocument[] = [];
  const rules = documentRules(ctx);
  for (const { name, path } of responseFolders(ctx, dir)) {
    for (const file of markdownFiles(ctx, path, `responses/${name}/<inspection-id>.md files`)) {
      const before = ctx.problems.length;
      const response = guardFile(ctx.problems, ctx.root, file, () => loadResponse(ctx, file, name, forces, inspections), null);
      if (!response) continue;
      rules.note(file, relative(ctx.root, file), response.document, response.lineOf);
      if (!hasErrors(ctx, before)) responses.push(response.document);
    }
  }
  rules.finish();
  return responses;
}

function loadResponse(
  ctx: Context,
  file: string,
  folder: string,
  forces: ForceRegistry,
  inspections: InspectionSet,
): { document: ResponseDocument; lineOf: (path: PropertyKey[]) => number | undefined } | null {
  const name = fileId(file);
  const [inspectionPart, ...parts] = name.split('--');
  // A translation's file name ends in its language: <inspection>[--<kind>]--<lang>.md.
  const langPart = parts.length && DOCUMENT_LANGUAGES.includes(parts.at(-1)!) ? parts.pop() : undefined;
  const [kindPart, ...rest] = parts;
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
  // The schema's reading is a tenth of a rebuild's loading: kept with the file's other cached work.
  const read = md.cache.schema(() => {
    const parsed = responseSchema.safeParse(md.yaml.data ?? {});
    return parsed.success ? toLoadedFrontmatter(parsed.data) : null;
  });
  const id = `${folder}/${name}`;
  const rendered = renderFileBody(ctx, file, md, { idPrefix: id.replace('/', '-') });
  // Looking for every quotation in the body is most of a rebuild's loading: kept with the file's other cached work.
  reportAll(ctx, file, md.cache.evidence(() => checkEvidence({ raw: md.yaml.data, lineOf: md.yaml.lineOf, html: rendered.issues.length ? undefined : rendered.html })));
  if (!read) {
    reportIssues(ctx, file, md.yaml, responseSchema.safeParse(md.yaml.data ?? {}).error!);
    return null;
  }
  const data = read;
  // The rules over all documents keep this until every file is loaded: it holds the parsed
  // frontmatter alone, not `md`, whose body would keep the file's whole text and its cached work.
  const { yaml } = md;
  const line = (path: PropertyKey[]) => yaml.lineOf(path);
  const where = { folder, name, inspectionPart: inspectionPart!, kindPart, langPart, rest };
  checkResponse(ctx, file, md, data, where, { forces, inspections }, { sections: rendered.sections, placeholders });
  checkCorrections(ctx, file, md, data, inspections.valid.get(data.inspection));
  reportAll(ctx, file, md.cache.checks(() => findTrustProblems(md, data)));

  if (data.source?.startsWith('http:')) {
    report(ctx, file, line(['source']), 'source', 'the address of the original starts http://, which is not secure and which many browsers warn about; allowed: an https:// address, if the original is available at one', 'warning');
  }

  return {
    lineOf: line,
    document: {
      ...data,
      id: `${folder}/${name}`,
      file: relative(ctx.root, file),
      sourceDigest: md.cache.digest,
      html: rendered.html,
      text: rendered.text,
      sections: rendered.sections,
      evidenceSentences: md.cache.sentences(() => findEvidenceSentences(rendered.text, data.evidence)),
    },
  };
}
