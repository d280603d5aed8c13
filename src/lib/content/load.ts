/**
 * Loads the content folder: reads every file, validates it against its schema and against
 * the other files, and returns what passed with every problem found (not just the first).
 * Pure Node: no Astro, so `npm run check`, the build and the tests share this one loader.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { forcesSchema } from '../../schemas/force.ts';
import { inspectionSchema } from '../../schemas/inspection.ts';
import { responseSchema } from '../../schemas/response.ts';
import { comparePartialDates, earliestDay, formatDate } from '../dates.ts';
import { DOCUMENT_KIND_IDS, type DocumentKind } from '../document-kinds.ts';
import { parseMarkdown, renderBody } from '../markdown.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import type { Corpus, Force, Inspection, LoadResult, ResponseDocument } from './model.ts';
import { readText } from './read-text.ts';

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Context {
  root: string;
  problems: Problem[];
}

/** Loads and validates the content folder at `dir`; paths in problems are relative to `root`. */
export function loadContent(dir: string, root = process.cwd()): LoadResult {
  const ctx: Context = { root, problems: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    // A mistyped PCC_CONTENT_DIR must not quietly build an empty site.
    report(ctx, dir, undefined, 'folder', 'the content folder does not exist; allowed: a folder with forces.yaml, inspections/ and responses/ (set PCC_CONTENT_DIR to it, or leave it unset for content/)');
    return { corpus: { forces: [], inspections: [], responses: [] }, problems: ctx.problems };
  }
  const forces = loadForces(ctx, join(dir, 'forces.yaml'));
  const inspections = loadInspections(ctx, join(dir, 'inspections'), forces);
  const responses = loadResponses(ctx, join(dir, 'responses'), forces, inspections);
  const corpus: Corpus = {
    forces: forces ?? [],
    inspections: [...inspections.values()].sort(
      (a, b) => comparePartialDates(b.published, a.published) || a.title.localeCompare(b.title),
    ),
    responses: responses.sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { corpus, problems: ctx.problems };
}

function report(ctx: Context, file: string, line: number | undefined, field: string, message: string, severity: Problem['severity'] = 'error') {
  ctx.problems.push({ severity, file: relative(ctx.root, file) || file, line, field, message });
}

/** Reports each Zod issue at the line of the field it is about. */
function reportIssues(ctx: Context, file: string, yaml: ParsedYaml, error: z.ZodError, pathPrefix: PropertyKey[] = []) {
  for (const issue of error.issues) {
    const path = [...pathPrefix, ...issue.path];
    const field = path.length ? path.map(String).join('.') : 'frontmatter';
    report(ctx, file, yaml.lineOf(path), field, issue.message);
  }
}

function loadForces(ctx: Context, file: string): Force[] | null {
  if (!existsSync(file)) {
    report(ctx, file, undefined, 'file', 'there is no forces registry, so no document can name a force; allowed: a forces.yaml file listing the forces', 'warning');
    return [];
  }
  const yaml = readYamlFile(ctx, file);
  if (!yaml) return null;
  const parsed = forcesSchema.safeParse(yaml.data ?? []);
  if (!parsed.success) {
    reportIssues(ctx, file, yaml, parsed.error);
    return null;
  }
  const seen = new Set<string>();
  parsed.data.forEach((force, index) => {
    if (seen.has(force.id)) {
      report(ctx, file, yaml.lineOf([index, 'id']), `${index}.id`, `the force id "${force.id}" is listed twice; allowed: each force once`);
    }
    seen.add(force.id);
  });
  return parsed.data;
}

function readYamlFile(ctx: Context, file: string): ParsedYaml | null {
  const read = readText(file);
  if (!read.ok) {
    report(ctx, file, undefined, 'file', read.reason);
    return null;
  }
  const result = parseYaml(read.text);
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
}

function readMarkdownFile(ctx: Context, file: string): MarkdownFile | null {
  const read = readText(file);
  if (!read.ok) {
    report(ctx, file, undefined, 'file', read.reason);
    return null;
  }
  const split = splitFrontmatter(read.text);
  if (split.frontmatter === null) {
    report(ctx, file, 1, 'frontmatter', 'the file has no frontmatter; allowed: a block of fields between two lines of three dashes (---) at the very top of the file');
    return null;
  }
  const result = parseYaml(split.frontmatter, 2);
  if (!result.ok) {
    report(ctx, file, result.line, 'frontmatter', result.message);
    return null;
  }
  return { yaml: result.yaml, body: split.body, bodyLine: split.bodyLine };
}

/** Parses and renders a body, reporting unsafe Markdown at its file line. */
function renderFileBody(ctx: Context, file: string, md: MarkdownFile) {
  const rendered = renderBody(parseMarkdown(md.body));
  for (const issue of rendered.issues) report(ctx, file, md.bodyLine + issue.line - 1, 'body', issue.message);
  return rendered;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.md') || name.endsWith('.mdx')).sort().map((name) => join(dir, name));
}

function loadInspections(ctx: Context, dir: string, forces: Force[] | null): Map<string, Inspection> {
  const inspections = new Map<string, Inspection>();
  const forceIds = forces?.map((f) => f.id);
  for (const file of markdownFiles(dir)) {
    const id = fileId(file);
    if (!checkFileName(ctx, file, id, 'an inspection id: lower-case words joined by hyphens, ending .md')) continue;
    const md = readMarkdownFile(ctx, file);
    if (!md) continue;
    const parsed = inspectionSchema.safeParse(md.yaml.data ?? {});
    const rendered = renderFileBody(ctx, file, md);
    if (!parsed.success) {
      reportIssues(ctx, file, md.yaml, parsed.error);
      continue;
    }
    const data = parsed.data;
    const recIds = new Set<string>();
    data.recommendations.forEach((rec, index) => {
      if (recIds.has(rec.id)) {
        report(ctx, file, md.yaml.lineOf(['recommendations', index, 'id']), `recommendations.${index}.id`, `the recommendation id "${rec.id}" is used twice; allowed: a different id for each recommendation`);
      }
      recIds.add(rec.id);
    });
    if (Array.isArray(data.scope) && forceIds) {
      data.scope.forEach((forceId, index) => {
        if (!forceIds.includes(forceId)) {
          report(ctx, file, md.yaml.lineOf(['scope', index]), `scope.${index}`, `unknown force "${forceId}"${didYouMean(forceId, forceIds)}; allowed: ${forceIds.join(', ')}`);
        }
      });
    }
    const recommendations = data.recommendations.map((rec, index) => {
      const text = renderBody(parseMarkdown(rec.text));
      const line = md.yaml.lineOf(['recommendations', index, 'text']);
      for (const issue of text.issues) report(ctx, file, line, `recommendations.${index}.text`, issue.message);
      return { ...rec, html: text.html };
    });
    if (rendered.issues.length || recommendations.some((r) => r.html === '' && r.text !== '')) continue;
    inspections.set(id, { ...data, recommendations, id, file: relative(ctx.root, file), html: rendered.html });
  }
  return inspections;
}

function fileId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx?$/, '');
}

function checkFileName(ctx: Context, file: string, id: string, allowed: string): boolean {
  if (file.endsWith('.mdx')) {
    report(ctx, file, undefined, 'file', 'content files cannot be MDX, which can run code; allowed: .md files');
    return false;
  }
  if (!FILE_ID.test(id)) {
    report(ctx, file, undefined, 'file', `the file name "${id}.md" is not allowed; allowed: ${allowed}`);
    return false;
  }
  return true;
}

function loadResponses(
  ctx: Context,
  dir: string,
  forces: Force[] | null,
  inspections: Map<string, Inspection>,
): ResponseDocument[] {
  const responses: ResponseDocument[] = [];
  const forceIds = forces?.map((f) => f.id);
  const inspectionIds = [...inspections.keys()];
  const seen = new Map<string, string>();
  const folders = existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort() : [];
  const strays = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : [];
  for (const stray of strays) {
    report(ctx, join(dir, stray), undefined, 'file', 'a response must be inside its force\'s folder; allowed: responses/<force-id>/<inspection-id>.md');
  }

  for (const folder of folders) {
    for (const file of markdownFiles(join(dir, folder))) {
      const name = fileId(file);
      const [inspectionPart, kindPart, ...rest] = name.split('--');
      if (!checkFileName(ctx, file, inspectionPart ?? '', 'responses/<force-id>/<inspection-id>.md, or <inspection-id>--<kind>.md for a second document of another kind')) continue;
      const md = readMarkdownFile(ctx, file);
      if (!md) continue;
      const parsed = responseSchema.safeParse(md.yaml.data ?? {});
      const rendered = renderFileBody(ctx, file, md);
      if (!parsed.success) {
        reportIssues(ctx, file, md.yaml, parsed.error);
        continue;
      }
      const data = parsed.data;
      const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
      const before = ctx.problems.length;

      if (forceIds && !forceIds.includes(data.force)) {
        report(ctx, file, line(['force']), 'force', `unknown force "${data.force}"${didYouMean(data.force, forceIds)}; allowed: ${forceIds.length ? forceIds.join(', ') : 'none yet — list the force in content/forces.yaml first'}`);
      } else if (data.force !== folder) {
        report(ctx, file, line(['force']), 'force', `the force is "${data.force}" but the file is in the folder "${folder}"; allowed: a file in responses/${data.force}/, or force: ${folder}`);
      }
      if (rest.length || (kindPart !== undefined && !DOCUMENT_KIND_IDS.includes(kindPart as DocumentKind))) {
        report(ctx, file, undefined, 'file', `the file name "${name}.md" is not allowed; allowed: <inspection-id>.md, or <inspection-id>--<kind>.md where kind is one of ${DOCUMENT_KIND_IDS.join(', ')}`);
      } else if (kindPart !== undefined && kindPart !== data.kind) {
        report(ctx, file, line(['kind']), 'kind', `the file name says "${kindPart}" but the kind is "${data.kind}"; allowed: kind: ${kindPart}, or a file name that ends --${data.kind}.md`);
      }

      const inspection = inspections.get(data.inspection);
      if (!inspection) {
        report(ctx, file, line(['inspection']), 'inspection', `unknown inspection "${data.inspection}"${didYouMean(data.inspection, inspectionIds)}; allowed: ${inspectionIds.length ? inspectionIds.join(', ') : 'none yet — add the inspection to content/inspections/ first'}`);
      } else {
        checkAgainstInspection(ctx, file, md, data, inspection, inspectionPart!, rendered.sections);
      }

      const key = `${data.force}/${data.inspection}/${data.kind}`;
      const other = seen.get(key);
      if (other) {
        report(ctx, file, line(['kind']), 'kind', `a second ${data.kind} for ${data.force} and ${data.inspection} (the first is ${other}); allowed: one document of each kind per force and inspection — merge them, or set a different kind`);
      } else {
        seen.set(key, relative(ctx.root, file));
      }
      if (ctx.problems.slice(before).some((p) => p.severity === 'error') || rendered.issues.length) continue;
      responses.push({
        ...data,
        id: `${folder}/${name}`,
        file: relative(ctx.root, file),
        html: rendered.html,
        text: rendered.text,
        sections: rendered.sections,
      });
    }
  }
  return responses;
}

function checkAgainstInspection(
  ctx: Context,
  file: string,
  md: MarkdownFile,
  data: ResponseDocument | Omit<ResponseDocument, 'id' | 'file' | 'html' | 'text' | 'sections'>,
  inspection: Inspection,
  fileInspection: string,
  sections: { recommendation: string; line: number }[],
) {
  const line = (path: PropertyKey[]) => md.yaml.lineOf(path);
  if (fileInspection !== data.inspection) {
    report(ctx, file, line(['inspection']), 'inspection', `the inspection is "${data.inspection}" but the file is named "${fileInspection}.md"; allowed: a file named ${data.inspection}.md, or inspection: ${fileInspection}`);
  }
  const recIds = inspection.recommendations.map((r) => r.id);
  const allowedIds = recIds.length ? recIds.map((id) => `"${id}"`).join(', ') : `none (${inspection.file} lists no recommendations)`;
  for (const id of Object.keys(data.recommendations)) {
    if (!recIds.includes(id)) {
      report(ctx, file, line(['recommendations', id]), `recommendations.${id}`, `unknown recommendation id "${id}" for ${inspection.id}${didYouMean(id, recIds)}; allowed: ${allowedIds}`);
    }
  }
  for (const section of sections) {
    if (!recIds.includes(section.recommendation)) {
      report(ctx, file, md.bodyLine + section.line - 1, 'body', `the heading names recommendation "${section.recommendation}", which ${inspection.id} does not have; allowed: headings for ${allowedIds}`);
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
}
