/**
 * The editor's preview of a response (src/browser/editor-preview.ts draws it): the document's
 * page as the site will show it, made in the browser from the form as the officer types. The
 * same functions as the site's page make it (response.ts): the body rendered by renderBody,
 * each status as its cell, each quotation in its sentence and marked in the body. What needs
 * the whole site (timeliness, coverage, links, history) is left to the built page. Nothing here
 * may reach a Node module: it runs in the browser (tests/unit/source-rules.test.ts).
 */
import type { Root } from 'mdast';
import type { Inspection, ResponseDocument } from '../content/model.ts';
import { formatDate } from '../basics/days.ts';
import { documentKindLabel, type DocumentKind } from '../basics/document-kinds.ts';
import { authorName, documentTitle } from '../site/documents.ts';
import { markQuotes } from '../text/evidence-marks.ts';
import { renderBody } from '../text/markdown-render.ts';
import { findQuoteSentence, type QuoteInSentence } from '../text/quote-sentence.ts';
import { NO_STATUS_LABEL, statusLabel, STATUSES, type StatusId } from '../basics/statuses.ts';
import { statusCellOf, type StatusCell } from './tag-colours.ts';

/** What the form holds (Decap's entry data, made plain): any field may be missing, or null while just added. */
type Maybe<T> = T | null | undefined;
export interface PreviewEntry {
  force?: Maybe<string>;
  inspection?: Maybe<string>;
  kind?: Maybe<string>;
  date?: Maybe<string>;
  title?: Maybe<string>;
  author?: Maybe<{ name?: Maybe<string>; role?: Maybe<string> }>;
  recipient?: Maybe<string>;
  recommendations?: Maybe<Maybe<{ id?: Maybe<string>; status?: Maybe<string>; evidence?: Maybe<Maybe<string>[] | string>; reasons?: Maybe<string> }>[]>;
  body?: Maybe<string>;
}

/** The names the preview shows for the ids the form holds (from the editor's setup). */
export interface PreviewNames {
  forces: Record<string, string>;
  inspections: Record<string, { title: string; recommendations: readonly { id: string; title: string }[] }>;
}

/** A quotation in its sentence, and whether the body has it (one it has not stands alone, flagged). */
export type PreviewQuote = QuoteInSentence & { found: boolean };

export interface PreviewView {
  kicker: string;
  title: string;
  facts: { label: string; value: string }[];
  recommendations: { id: string; title: string; status: StatusCell; reasons: string | null; evidence: PreviewQuote[] }[];
  /** The body's HTML, as the page renders it, each quotation marked. */
  html: string;
  /** Why the body cannot be published as it is (raw HTML, unsafe links), each in one sentence. */
  issues: string[];
}

const STATUS_IDS = new Set<string>(STATUSES.map((s) => s.id));

/** The preview of `entry`; `parse` turns Markdown into mdast (remark in the browser, as Sätteri gives it). */
export function toPreviewView(entry: PreviewEntry, names: PreviewNames, parse: (markdown: string) => Root): PreviewView {
  const inspection = entry.inspection ? names.inspections[entry.inspection] : undefined;
  const inspectionTitle = inspection?.title ?? (entry.inspection || 'an inspection not yet chosen');
  const kind = (entry.kind || 'pcc-response') as DocumentKind;
  const rendered = renderBody(parse(entry.body ?? ''));
  const given = (entry.recommendations ?? []).filter((r) => r?.id).map((r) => r!);
  // The site's table has a row for each of the inspection's recommendations, in its order.
  const rows = inspection ? inspection.recommendations : given.map((r) => ({ id: r.id!, title: '' }));
  const recommendations = rows.map((rec) => {
    const item = given.find((r) => r.id === rec.id);
    const quotes = [item?.evidence ?? []].flat().filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    return {
      id: rec.id,
      title: rec.title,
      // In English: the preview takes no catalogue (see tag-colours.ts).
      status: statusCellOf(item?.status && STATUS_IDS.has(item.status) ? item.status as StatusId : undefined, (id) => (id === 'none' ? NO_STATUS_LABEL : statusLabel(id))),
      reasons: item?.reasons?.trim() || null,
      evidence: quotes.map((quote) => inSentence(rendered.text, quote)),
    };
  });
  const quotes = recommendations.flatMap((r) => r.evidence.filter((q) => q.found).map((q) => q.quoted));
  // documentTitle needs only the inspection's title and the document's kind and own title.
  const title = documentTitle({ inspection: () => ({ title: inspectionTitle }) as Inspection }, { kind, inspection: entry.inspection ?? '', title: entry.title || undefined } as ResponseDocument);
  const facts = [
    { label: 'Inspection', value: inspectionTitle },
    { label: 'Date', value: entry.date ? formatDate(entry.date) : 'Undated: the document carries no date' },
    ...(entry.author?.name ? [{ label: 'From', value: authorName({ name: entry.author.name, role: entry.author.role || undefined }) }] : []),
    ...(entry.recipient ? [{ label: 'To', value: entry.recipient }] : []),
  ];
  return {
    kicker: `${(entry.force && names.forces[entry.force]) || entry.force || 'No force chosen'} · ${documentKindLabel(kind)}`,
    title,
    facts,
    recommendations,
    html: rendered.issues.length ? '' : markQuotes(rendered.html, quotes),
    issues: rendered.issues.map((issue) => `Line ${issue.line}: ${issue.message}`),
  };
}

function inSentence(text: string, quote: string): PreviewQuote {
  const found = findQuoteSentence(text, quote);
  return found ? { ...found, found: true } : { before: '', quoted: quote.replace(/\s+/g, ' ').trim(), after: '', found: false };
}
