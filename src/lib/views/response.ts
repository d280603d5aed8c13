/** A document's page: its metadata, statuses, timeliness, coverage, history and full text. */
import type { Inspection, ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, listAnd, text, type Lang } from '../../i18n/index.ts';
import { yearOf } from '../basics/days.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { authorName } from '../site/documents.ts';
import { getCoverage, getInspectionDueDate, getStatus, type Site } from '../site/site.ts';
import { getStatusHistory } from '../site/status-history.ts';
import { getReasons } from '../site/reasons-and-corrections.ts';
import { languageUrl, urls } from '../basics/urls.ts';
import { toCitation } from './citation.ts';
import { markQuotesWithIds } from '../text/evidence-marks.ts';
import { correctedMark, toCorrectionViews, toProvenanceView, type CorrectionView, type ProvenanceView } from './trust-view.ts';
import { describeMarks, evidenceAnchors, getEvidenceInSentences, quotesAlone, quotesWithIds, type QuoteView } from './evidence-view.ts';
import {
  documentTitleIn, toTwinLink,
  forceFeedLinks, inspectionFeedLinks, siteLink, toStatusCell, toTimelinessCell, type Alternate, type Link, type StatusCell, type TimelinessCell, type TwinLink,
} from './format.ts';

export interface ResponseView {
  title: string;
  /** The content file, relative to the project, for the preview's list of its problems. */
  file: string;
  /** The document's language, which is the page's. */
  lang: string;
  /** The page's language on the site's own words when the document is in another language; otherwise unset. */
  chromeLang: Lang | undefined;
  /** The title's language: the document's own when it gives a title, else the page's (the site makes it). */
  titleLang: string | undefined;
  force: Link;
  policingBody: string;
  inspection: Link;
  kind: string;
  date: string;
  published: string | null;
  author: string | null;
  recipient: string | null;
  source: string | null;
  due: string | null;
  timeliness: TimelinessCell;
  statutory: boolean;
  /**
   * Each recommendation's status in this document, with the quotations it rests on, each in its
   * sentence (empty when none), the site's reasons ("Why this status") and, where its reading
   * was corrected, a link to the correction.
   */
  recommendations: { id: string; title: string; comparison: Link; status: StatusCell; reasons: string | null; corrected: Link | null; evidence: QuoteView[]; section: Link | null;
    /** Where each of `evidence` stands in the document below, marked: `#q-3-1`. */
    evidenceLinks: string[] }[];
  coverage: { complete: boolean; text: string } | null;
  /** What the marks in the quotations mean, where some quotation is shown in its sentence; else null. */
  marksNote: string | null;
  /** The document's HTML, each of its own quotations marked with an id (`q-3-1`) to link to. */
  html: string;
  year: number | null;
  /** The statuses over time: the document's own, then each later update. */
  history: { date: string; source: string; note: string | null; changes: { recommendation: string; from: StatusCell | null; to: StatusCell; evidence: QuoteView[]; reasons: string | null }[] }[];
  /** "About this copy": where the copy came from and what transcribing it changed; null when not recorded. */
  provenance: ProvenanceView | null;
  /** Changes of the site's reading since first publication, oldest first. */
  corrections: CorrectionView[];
  citation: string;
  permanentUrl: string;
  /** The permanent address of each quotation's place in the document, to quote the exact words. */
  quoteAddresses: { label: string; url: string }[];
  alternates: Alternate[];
  /**
   * The same document in the other language, where it is published in both: "Read in Welsh",
   * in the page's language (`lang`), to the twin's page (`hreflang`, the twin's language).
   */
  twin: TwinLink | null;
}

/**
 * A document's page: its metadata, statuses, timeliness, coverage and full text. With
 * `markQuotes: false` the text is left unmarked: for the page's cache key, which the
 * unmarked text and the quotations (in `recommendations`) already decide, so a rebuild
 * does not mark every document's text again only to find its page unchanged.
 */
export function toResponseView(site: Site, responseId: string, { markQuotes = true, lang = 'en' }: { markQuotes?: boolean; lang?: Lang } = {}): ResponseView {
  const document = site.document(responseId);
  const inspection = site.inspection(document.inspection);
  const force = site.force(document.force);
  const due = getInspectionDueDate(inspection);
  const statutory = isStatutoryKind(document.kind);
  const twin = site.twin(document);
  return {
    title: documentTitleIn(lang, site, document),
    file: document.file,
    lang: document.lang,
    chromeLang: document.lang === lang ? undefined : lang,
    titleLang: document.lang === lang || document.title ? undefined : lang,
    force: siteLink(site, urls.force(force.id), force.name),
    policingBody: force.policingBody,
    inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
    kind: text(lang, `kind.${document.kind}`),
    date: document.date ? formatDateIn(lang, document.date) : text(lang, 'response.undatedLong'),
    published: document.published ? formatDateIn(lang, document.published) : null,
    author: document.author ? authorName(document.author) : null,
    recipient: document.recipient ?? null,
    source: document.source ?? null,
    due: due ? formatDateIn(lang, due) : null,
    timeliness: toTimelinessCell(site.timeliness(document), lang),
    statutory,
    recommendations: inspection.recommendations.map((rec) => {
      const section = document.sections.find((s) => s.recommendation === rec.id);
      return {
        id: rec.id,
        title: rec.title,
        comparison: siteLink(site, urls.comparison(inspection.id, rec.id), rec.title),
        status: toStatusCell(getStatus(document, rec.id), lang),
        reasons: getReasons(document, rec.id),
        corrected: correctedMark(site, document, rec.id, true, lang),
        evidence: getEvidenceInSentences(document, rec.id),
        section: section ? { href: `#${section.anchor}`, text: text(lang, 'response.goToSection') } : null,
        evidenceLinks: evidenceAnchors(document, rec.id).map((anchor) => `#${anchor}`),
      };
    }),
    coverage: statutory ? describeCoverage(document, inspection, lang) : null,
    marksNote: describeMarks(inspection.recommendations.flatMap((rec) => getEvidenceInSentences(document, rec.id)), lang),
    html: markQuotes ? markQuotesWithIds(document.html, quotesWithIds(document)) : document.html,
    year: document.date ? yearOf(document.date) : null,
    history: getStatusHistory(document, inspection.recommendations.map((r) => r.id)).map((step, index) => {
      // Step 0 is the document's own statuses, quoted from its body; step n is its n-th update, quoted from the update's source.
      const source = index === 0 ? document : document.updates[index - 1]!;
      return {
        date: step.date ? formatDateIn(lang, step.date) : text(lang, 'document.undated'),
        source: text(lang, step.source === 'document' ? 'response.thisDocument' : 'response.update'),
        note: step.note,
        changes: step.changes.map((c) => ({
          recommendation: c.recommendation,
          from: c.from ? toStatusCell(c.from, lang) : null,
          to: toStatusCell(c.to, lang),
          evidence: index === 0 ? getEvidenceInSentences(document, c.recommendation) : quotesAlone(document.updates[index - 1]!.evidence[c.recommendation] ?? []),
          reasons: getReasons(source, c.recommendation),
        })),
      };
    }),
    provenance: toProvenanceView(document.provenance, document.redactions, lang),
    corrections: toCorrectionViews(document.corrections, lang),
    citation: toCitation(site, document, lang),
    // The page's own address, in its language (a Welsh page's under /cy/), as the citation gives it.
    permanentUrl: languageUrl(site, urls.response(document.id)),
    quoteAddresses: inspection.recommendations.flatMap((rec) => evidenceAnchors(document, rec.id).map((anchor, i, all) => ({
      label: all.length > 1 ? text(lang, 'response.quoteLabelN', { id: rec.id, n: i + 1 }) : text(lang, 'response.quoteLabel', { id: rec.id }),
      url: `${languageUrl(site, urls.response(document.id))}#${anchor}`,
    }))),
    alternates: [
      ...forceFeedLinks(site, force, lang).alternates,
      ...inspectionFeedLinks(site, inspection, lang).alternates,
    ],
    twin: twin ? toTwinLink(site, twin, lang) : null,
  };
}

function describeCoverage(document: ResponseDocument, inspection: Inspection, lang: Lang): { complete: boolean; text: string } {
  const coverage = getCoverage(document, inspection.recommendations);
  const total = inspection.recommendations.length;
  if (coverage.complete) {
    return { complete: true, text: total === 1 ? text(lang, 'response.coverageOne') : text(lang, 'response.coverageAll', { n: total }) };
  }
  const parts: string[] = [];
  if (coverage.notAddressed.length) parts.push(text(lang, 'response.notDealt', { ids: listIds(coverage.notAddressed, lang) }));
  if (coverage.missing.length) parts.push(text(lang, 'response.noStatusFor', { ids: listIds(coverage.missing, lang) }));
  return {
    complete: false,
    text: text(lang, 'response.coveragePartial', { total: count(lang, 'count.recommendation', total), n: coverage.addressed.length, parts: listAnd(lang, parts) }),
  };
}

/** "recommendation 1, recommendation 2 and recommendation 3". */
function listIds(ids: string[], lang: Lang): string {
  return listAnd(lang, ids.map((id) => text(lang, 'response.recommendationId', { id })));
}
