/**
 * A recommendation's comparison page: the forces that have a document first, in a summary
 * table ordered so that like stands with like (by status, then force), then each of their
 * sections in full in the same order, with the quoted words marked; then the forces in scope
 * with no document, as one list.
 */
import type { ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import { markQuotes } from '../text/evidence-marks.ts';
import { REGIONS } from '../basics/regions.ts';
import { getInspectionDueDate, getStatus, type Site } from '../site/site.ts';
import { STATUSES, type StatusId } from '../basics/statuses.ts';
import type { Chart } from '../charts/chart.ts';
import { getLatestStatus } from '../site/status-history.ts';
import { getLatestReasons } from '../site/reasons-and-corrections.ts';
import { urls } from '../basics/urls.ts';
import { toStatusChart } from './charts.ts';
import { getLastChanged } from './citation.ts';
import { describeMarks, getEvidence, getLatestEvidence, quoteAnchors, type QuoteView } from './evidence-view.ts';
import {
  documentDate, inspectionFeedLinks, twinOf, neighbours, regionName, reportLangOn, siteLink, toStatusCell, toTimelinessCell, type Alternate, type Link, type StatusCell, type TimelinessCell, type TwinLink,
} from './format.ts';
import { inspectionDownloads, toRecommendationItem, type RecommendationItem } from './inspection.ts';
import { correctedMark } from './trust-view.ts';

/** One force with a document, as a row of the summary table. */
export interface ComparisonSummaryRow {
  /** Its section further down the page: `#force-<id>`. */
  section: Link;
  region: string;
  /** The latest status of its main document (the policing body's response where there is one). */
  status: StatusCell;
  /** "As of 15 November 2019", "Updated 3 March 2020 (the document said: Planned)", "Undated". */
  statusNote: string;
  /** The site's reasons for the status ("Why this status"); null when it gives none. */
  reasons: string | null;
  /** "Corrected 6 December 2026", to the document's corrections, where the status's reading was corrected since first published. */
  corrected: Link | null;
  /** Every quotation behind the latest status, each in its sentence; empty when there is none. */
  evidence: QuoteView[];
  /** The main document's language where the page is in another (its quotations are marked with it); else undefined. */
  textLang: string | undefined;
  date: string;
  timeliness: TimelinessCell;
}

export interface ComparisonDocument {
  /** The document, at its section for this recommendation when it has one; the text is its kind. */
  link: Link;
  kind: string;
  date: string;
  /** The latest status: from the newest update that gives one, else the document's own. */
  status: StatusCell;
  /** "As of 11 November 2019", and what it was before if a later update changed it. */
  statusNote: string;
  /** The site's reasons for the status ("Why this status"); null when it gives none. */
  reasons: string | null;
  /** "Corrected 6 December 2026", to the document's corrections, where the status's reading was corrected since first published. */
  corrected: Link | null;
  /** Every quotation behind the latest status, in full and in its sentence; empty when there is none. */
  evidence: QuoteView[];
  /** Says where the quotations come from when an update gave them (not the document's body). */
  evidenceSource: string | null;
  /**
   * Each quotation's place in the document, where its words are marked ("Read in context"),
   * with `context` for screen readers: whose document and which quotation, as a page has
   * many. Empty when an update gave the quotations.
   */
  evidenceLinks: (Link & { context: string })[];
  /** The same document in the other language ("Read in Welsh"), where it is published in both; absent otherwise. */
  twin?: TwinLink;
  /** The document's own section for this recommendation, as HTML, its quoted words in `<mark>`; null when it has none. */
  sectionHtml: string | null;
  /** The document's language where the page is in another (its section and quotations are marked with it); else undefined. */
  textLang: string | undefined;
  /** What to say when there is no section. */
  note: string;
}

export interface ComparisonEntry {
  /** The id of the force's part of the page, for links to it. */
  anchor: string;
  /** The force's name. */
  force: string;
  region: string;
  policingBody: string;
  documents: ComparisonDocument[];
}

export interface ComparisonView {
  /** The language of the report's own words where it is not the page's (reportLangOn). */
  reportLang: 'en' | undefined;
  inspection: Link;
  inspectionTitle: string;
  recommendation: RecommendationItem;
  publishedAndDue: { published: string; due: string | null };
  counts: { status: StatusCell; count: number }[];
  noDocument: number;
  /** The newest date of the statuses counted, formatted; null when none is dated. */
  asOf: string | null;
  chart: Chart;
  lastChanged: { date: string; basis: string };
  /** The forces with a document, by status then force name. */
  summary: ComparisonSummaryRow[];
  /** The summary table's caption: "The 3 forces with a document on this site, by status then force: …". */
  summaryCaption: string;
  /** What the marks in the quotations mean, where some quotation on the page is shown in its sentence; else null. */
  marksNote: string | null;
  /** The same forces by region, each region in the registry's order. */
  byRegion: { region: string; forces: (Link & { status: StatusCell })[] }[];
  /** Each force with a document, in full, in the summary's order. */
  entries: ComparisonEntry[];
  /** The forces in scope with no document on the site: "No document on this site from 39 forces in scope:", and their pages. */
  missing: { text: string; forces: Link[] } | null;
  /** What to say when no force in scope has a document. */
  noneYet: string | null;
  previous: Link | null;
  next: Link | null;
  downloads: Link[];
  alternates: Alternate[];
}

/** Where a status stands in the page's order: the statuses' own order, then no status given. */
const STATUS_RANK = new Map<StatusId | 'none', number>([...STATUSES.map((s, i) => [s.id, i] as const), ['none', STATUSES.length]]);

/**
 * The cross-force comparison of one recommendation. Counts and the summary use each force's
 * main document (the policing body's response where there is one), so every force counts once.
 */
export function toComparisonView(site: Site, inspectionId: string, recommendationId: string, lang: Lang = 'en'): ComparisonView {
  const formatDate = (iso: string) => formatDateIn(lang, iso);
  const inspection = site.inspection(inspectionId);
  const index = inspection.recommendations.findIndex((r) => r.id === recommendationId);
  const rec = inspection.recommendations[index]!;
  const inScope = site.forcesInScope(inspection);
  const answering = inScope
    .map((force) => ({ force, documents: site.documentsFor(inspection.id, force.id) }))
    .filter((f) => f.documents.length > 0)
    .map((f) => ({ ...f, latest: getLatestStatus(f.documents[0]!, rec.id) }))
    .sort((a, b) => STATUS_RANK.get(a.latest.status ?? 'none')! - STATUS_RANK.get(b.latest.status ?? 'none')!
      || a.force.name.localeCompare(b.force.name, 'en-GB'));
  const answered = new Set(answering.map((f) => f.force.id));
  const missing = inScope.filter((f) => !answered.has(f.id));

  const tally = new Map<StatusId | 'none', number>();
  let asOf: string | null = null;
  for (const { latest } of answering) {
    const id = latest.status ?? 'none';
    tally.set(id, (tally.get(id) ?? 0) + 1);
    if (latest.status && latest.asOf && (!asOf || latest.asOf > asOf)) asOf = latest.asOf;
  }
  const counts = [...STATUSES.map((s) => s.id), 'none' as const].map((id) => ({
    status: toStatusCell(id === 'none' ? undefined : id, lang),
    count: tally.get(id) ?? 0,
  }));
  const asOfText = asOf ? formatDate(asOf) : null;
  const due = getInspectionDueDate(inspection);
  // The other language's document of a pair is on the site too: its changes count.
  const lastChanged = getLastChanged(site, inspection, site.documentsOfInspection(inspection.id).flatMap((d) => [d, ...[site.twin(d)].filter((t) => t !== undefined)]), lang);
  const { previous, next } = neighbours(inspection.recommendations, index, (r) => siteLink(site, urls.comparison(inspection.id, r.id), text(lang, 'compare.heading', { id: r.id, title: r.title })));
  const anchor = (forceId: string) => `force-${forceId}`;

  const summary = answering.map(({ force, documents }): ComparisonSummaryRow => {
    const main = documents[0]!;
    const latest = getLatestStatus(main, rec.id);
    return {
      section: { href: `#${anchor(force.id)}`, text: force.name },
      region: regionName(lang, force.region),
      status: toStatusCell(latest.status, lang),
      statusNote: describeStatusDate(latest, getStatus(main, rec.id), lang),
      reasons: getLatestReasons(main, rec.id),
      // A later update's status is not the reading that was corrected.
      corrected: latest.updated ? null : correctedMark(site, main, rec.id, false, lang),
      evidence: getLatestEvidence(main, rec.id).inSentences,
      textLang: main.lang === lang ? undefined : main.lang,
      date: documentDate(main, lang),
      timeliness: toTimelinessCell(site.timeliness(main), lang),
    };
  });

  const entries = answering.map(({ force, documents }) => ({
    anchor: anchor(force.id),
    force: force.name,
    region: regionName(lang, force.region),
    policingBody: force.policingBody,
    documents: documents.map((document) => toComparisonDocument(site, document, rec.id, force.name, lang)),
  }));

  return {
    reportLang: reportLangOn(lang),
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    inspectionTitle: inspection.title,
    recommendation: toRecommendationItem(site, inspection, rec, lang),
    publishedAndDue: { published: formatDate(inspection.published), due: due ? formatDate(due) : null },
    counts,
    noDocument: missing.length,
    asOf: asOfText,
    chart: toStatusChart({ recommendationId: rec.id, counts, noDocument: missing.length, inScope: inScope.length, asOf: asOfText }, lang),
    lastChanged: { date: formatDate(lastChanged.date), basis: lastChanged.basis },
    summary,
    summaryCaption: summary.length === 1 ? text(lang, 'compare.summaryCaptionOne') : text(lang, 'compare.summaryCaption', { forces: count(lang, 'count.force', summary.length) }),
    byRegion: REGIONS.map((region) => ({
      region: regionName(lang, region),
      forces: summary.filter((_, i) => answering[i]!.force.region === region)
        .sort((a, b) => a.section.text.localeCompare(b.section.text, 'en-GB'))
        .map((row) => ({ ...row.section, status: row.status })),
    })).filter((r) => r.forces.length > 0),
    marksNote: describeMarks(entries.flatMap((entry) => entry.documents.flatMap((doc) => doc.evidence)), lang),
    entries,
    missing: missing.length === 0 ? null : {
      text: text(lang, 'inspection.missing', { forces: count(lang, 'count.force', missing.length) }),
      forces: missing.map((force) => siteLink(site, urls.force(force.id), force.name)),
    },
    noneYet: answering.length === 0 ? text(lang, 'compare.noneYet', { n: inScope.length }) : null,
    previous,
    next,
    downloads: inspectionDownloads(site, inspection.id),
    alternates: inspectionFeedLinks(site, inspection, lang).alternates,
  };
}

function toComparisonDocument(site: Site, document: ResponseDocument, recommendationId: string, forceName: string, lang: Lang): ComparisonDocument {
  const status = getStatus(document, recommendationId);
  const latest = getLatestStatus(document, recommendationId);
  const evidence = getLatestEvidence(document, recommendationId);
  const sections = document.sections.filter((s) => s.recommendation === recommendationId);
  const kind = text(lang, `kind.${document.kind}`);
  // One link per document, to its section where it has one: a page has up to 43 forces' entries.
  const path = urls.response(document.id) + (sections.length ? `#${sections[0]!.anchor}` : '');
  // The document's own quotations are in its body, so they are marked where they stand in the section.
  const own = getEvidence(document, recommendationId);
  return {
    ...twinOf(site, document, lang),
    link: siteLink(site, path, kind),
    kind,
    date: documentDate(document, lang),
    status: toStatusCell(latest.status, lang),
    statusNote: describeStatusDate(latest, status, lang),
    reasons: getLatestReasons(document, recommendationId),
    // A later update's status is not the reading that was corrected.
    corrected: latest.updated ? null : correctedMark(site, document, recommendationId, false, lang),
    evidence: evidence.inSentences,
    evidenceSource: evidence.fromUpdate && evidence.quotes.length ? text(lang, 'compare.quotedFromUpdate', { date: formatDateIn(lang, latest.asOf!) }) : null,
    evidenceLinks: evidence.fromUpdate ? [] : quoteAnchors(recommendationId, evidence.quotes).map((anchor, i, all) => ({
      ...siteLink(site, `${urls.response(document.id)}#${anchor}`, text(lang, 'compare.readInContext')),
      context: text(lang, 'compare.context', { kind: `${kind.charAt(0).toLowerCase()}${kind.slice(1)}`, force: forceName })
        + (all.length > 1 ? text(lang, 'compare.contextQuotation', { n: i + 1 }) : ''),
    })),
    sectionHtml: sections.length ? markQuotes(sections.map((s) => s.html).join('\n'), own) : null,
    textLang: document.lang === lang ? undefined : document.lang,
    note:
      status === 'not-addressed'
        ? text(lang, 'compare.notAddressed')
        : text(lang, 'compare.noSection'),
  };
}

/** "As of 11 November 2019", "Updated 3 March 2020 (the document said: Planned)", "Undated". */
export function describeStatusDate(latest: ReturnType<typeof getLatestStatus>, original: StatusId | undefined, lang: Lang = 'en'): string {
  if (latest.updated) {
    const said = original ? text(lang, `status.${original}`) : text(lang, 'compare.noStatus');
    return text(lang, 'compare.updated', { date: formatDateIn(lang, latest.asOf!), status: said });
  }
  return latest.asOf ? text(lang, 'compare.asOf', { date: formatDateIn(lang, latest.asOf) }) : text(lang, 'document.undated');
}

