/**
 * The site's derived facts, worked out once from the corpus: lookups, forces in scope,
 * each document's timeliness and coverage. Everything here is plain data; pages only render it.
 */
import type { Corpus, Force, Inspection, Recommendation, ResponseDocument } from '../content/model.ts';
import { getDueDate, getTimeliness, type Timeliness } from './deadline.ts';
import { earliestDay } from '../basics/days.ts';
import { DOCUMENT_KIND_IDS } from '../basics/document-kinds.ts';
import type { StatusId } from '../basics/statuses.ts';
import { earlierOfPair, findTwins, hiddenTwins } from './translations.ts';

export interface Site {
  corpus: Corpus;
  /** The base path the site is served under, e.g. `/` or `/pcc-responses/`. */
  base: string;
  /** The site's absolute address, when configured, for permanent links. */
  siteUrl?: string | undefined;
  /**
   * The base path of the pages in the reader's language, when not `base`: the Welsh pages'
   * (`/cy/`) on a site in both languages. Links to pages go there; files (data, feeds) are shared.
   */
  pagesBase?: string;
  force(id: string): Force;
  inspection(id: string): Inspection;
  /** A document by its id (`<force>/<inspection>` or `…--<kind>`). */
  document(id: string): ResponseDocument;
  /** The language whose document of a pair of translations the lists below show. */
  lang: string;
  /** Every document, one of each pair of translations (the one in `lang`): a pair is one response. */
  documents: readonly ResponseDocument[];
  /** The same document in the other language, where it is published in both (`translationOf`). */
  twin(document: ResponseDocument): ResponseDocument | undefined;
  /** The same site with lists showing the documents in `lang` (a Welsh page's). */
  inLanguage(lang: string): Site;
  /** Documents about an inspection, by force id, main document first. */
  documentsFor(inspectionId: string, forceId: string): ResponseDocument[];
  /** Every document of a force, newest inspection first. */
  documentsOfForce(forceId: string): ResponseDocument[];
  /** Every document about an inspection. */
  documentsOfInspection(inspectionId: string): ResponseDocument[];
  /** Forces the inspection concerns, in registry order. */
  forcesInScope(inspection: Inspection): readonly Force[];
  /** The inspections a force's pages list, in the corpus's order: those that concern it, and those it has a document about. */
  inspectionsOfForce(forceId: string): readonly Inspection[];
  timeliness(document: ResponseDocument): Timeliness;
  /** The last commit date (`YYYY-MM-DD`) of a content file (path as `ResponseDocument.file`), when git knows it. */
  fileDate(file: string): string | undefined;
}

export interface SiteOptions {
  base?: string;
  siteUrl?: string | undefined;
  /** Last commit dates of content files, by path; empty when there is no git history. */
  fileDates?: ReadonlyMap<string, string>;
  /** The language of the documents lists show where a response is in two languages; English unless given. */
  lang?: string;
}

/** Builds the lookups once; every page of the build shares them. */
export function createSite(corpus: Corpus, options: SiteOptions = {}): Site {
  const forces = new Map(corpus.forces.map((f) => [f.id, f]));
  const inspections = new Map(corpus.inspections.map((i) => [i.id, i]));
  const documents = new Map(corpus.responses.map((r) => [r.id, r]));
  const inScope = new Map<string, Force[]>();
  const lang = options.lang ?? 'en';
  const twins = findTwins(corpus.responses);
  const hidden = hiddenTwins(twins, lang);
  const shown = hidden.size ? corpus.responses.filter((r) => !hidden.has(r.id)) : corpus.responses;
  const byInspection = groupBy(shown, (r) => r.inspection);
  const byForce = groupBy(shown, (r) => r.force);
  const inspectionOrder = new Map(corpus.inspections.map((i, index) => [i.id, index]));
  // A pair of translations is one response: both have the timeliness of the earlier.
  const timeliness = new Map(
    corpus.responses.map((r) => [r.id, getTimeliness(earlierOfPair(r, twins.get(r.id)), inspections.get(r.inspection)!.published)]),
  );
  const languages = new Map<string, Site>();
  let ofForce: Map<string, Set<Inspection>> | undefined;
  for (const list of byInspection.values()) list.sort(byKind);
  for (const list of byForce.values()) {
    list.sort((a, b) => inspectionOrder.get(a.inspection)! - inspectionOrder.get(b.inspection)! || byKind(a, b));
  }

  const site: Site = {
    corpus,
    lang,
    documents: shown,
    twin: (document) => twins.get(document.id),
    inLanguage: (other) => {
      if (other === lang || !twins.size) return site;
      let found = languages.get(other);
      if (!found) languages.set(other, (found = createSite(corpus, { ...options, lang: other })));
      return found;
    },
    base: options.base ?? '/',
    siteUrl: options.siteUrl,
    force: (id) => required(forces.get(id), `force ${id}`),
    inspection: (id) => required(inspections.get(id), `inspection ${id}`),
    document: (id) => required(documents.get(id), `document ${id}`),
    documentsFor: (inspectionId, forceId) => (byInspection.get(inspectionId) ?? []).filter((r) => r.force === forceId),
    documentsOfForce: (forceId) => byForce.get(forceId) ?? [],
    documentsOfInspection: (inspectionId) => byInspection.get(inspectionId) ?? [],
    // Every comparison page of an inspection asks again: work it out once per inspection.
    forcesInScope: (inspection) => {
      let forces = inScope.get(inspection.id);
      if (!forces) inScope.set(inspection.id, (forces = getForcesInScope(inspection, corpus.forces)));
      return forces;
    },
    inspectionsOfForce: (forceId) => {
      if (!ofForce) {
        ofForce = new Map(corpus.forces.map((f) => [f.id, new Set()]));
        for (const inspection of corpus.inspections) {
          for (const force of site.forcesInScope(inspection)) ofForce.get(force.id)?.add(inspection);
          for (const document of byInspection.get(inspection.id) ?? []) ofForce.get(document.force)?.add(inspection);
        }
      }
      return [...(ofForce.get(forceId) ?? [])];
    },
    timeliness: (document) => timeliness.get(document.id)!,
    fileDate: (file) => options.fileDates?.get(file),
  };
  return site;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Orders documents with the policing body's response first, then the chief officer's, then letters. */
function byKind(a: ResponseDocument, b: ResponseDocument): number {
  return DOCUMENT_KIND_IDS.indexOf(a.kind) - DOCUMENT_KIND_IDS.indexOf(b.kind);
}

/** The forces an inspection concerns, in registry order. */
export function getForcesInScope(inspection: Pick<Inspection, 'scope'>, forces: readonly Force[]): Force[] {
  return inspection.scope === 'all' ? [...forces] : forces.filter((f) => inspection.scope.includes(f.id));
}

/** The status a document gives a recommendation, if it gives one. */
export function getStatus(document: Pick<ResponseDocument, 'recommendations'>, recommendationId: string): StatusId | undefined {
  return document.recommendations[recommendationId];
}

export interface Coverage {
  /** Recommendations the document gives a status for, other than `not-addressed`. */
  addressed: string[];
  /** Recommendations it gives no status for. */
  missing: string[];
  /** Recommendations it marks `not-addressed`. */
  notAddressed: string[];
  /** Whether every recommendation is addressed, as s55(5B) asks of the policing body's comments. */
  complete: boolean;
}

/** Which recommendations a document deals with (s55(5B) coverage). */
export function getCoverage(document: Pick<ResponseDocument, 'recommendations'>, recommendations: readonly Recommendation[]): Coverage {
  const addressed: string[] = [];
  const missing: string[] = [];
  const notAddressed: string[] = [];
  for (const { id } of recommendations) {
    const status = document.recommendations[id];
    if (status === undefined) missing.push(id);
    else if (status === 'not-addressed') notAddressed.push(id);
    else addressed.push(id);
  }
  return { addressed, missing, notAddressed, complete: missing.length === 0 && notAddressed.length === 0 };
}

/** The due date of comments on an inspection, or null when only the month is known. */
export function getInspectionDueDate(inspection: Pick<Inspection, 'published'>): string | null {
  return getDueDate(inspection.published);
}

/** Sorts documents newest first by their date (published, else dated); undated ones last. */
export function byDocumentDateDesc(a: ResponseDocument, b: ResponseDocument): number {
  const da = a.published ?? a.date;
  const db = b.published ?? b.date;
  if (da && db) return earliestDay(db).localeCompare(earliestDay(da)) || a.id.localeCompare(b.id);
  if (da) return -1;
  if (db) return 1;
  return a.id.localeCompare(b.id);
}
