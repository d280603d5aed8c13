/**
 * Atom feeds (RFC 4287) of new and updated documents: one for the whole site, one per force
 * and one per inspection. Atom ids must be absolute, so feeds are made only when the site's
 * address is configured (PCC_SITE_URL). Dates come from the content, never the build time.
 */
import type { Inspection, ResponseDocument } from '../../content/model.ts';
import { earliestDay, formatDate } from '../../basics/days.ts';
import { documentAuthor, documentTitle, SITE_NAME } from '../../site/documents.ts';
import type { Site } from '../../site/site.ts';
import { isStatus, statusLabel } from '../../basics/statuses.ts';
import { describeCorrected, newestCorrectionDate } from '../../site/reasons-and-corrections.ts';
import { subscriptionFiles } from './subscriptions.ts';
import { permanentUrl, urls } from '../../basics/urls.ts';
import { escapeXml } from '../../basics/xml.ts';

/** How many of the newest documents the whole-site feed holds; force and inspection feeds hold all theirs. */
export const SITE_FEED_SIZE = 100;

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** `YYYY-MM-DD`: when the document came out. */
  published: string;
  /** `YYYY-MM-DD`: its last status update or correction, where later than `published`. */
  updated: string;
  author: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed is about. */
  page: string;
  updated: string;
  entries: FeedEntry[];
}

/**
 * When a document came out, for feeds: its publication date, else the date on it; an
 * undated document takes the report's publication day, so its date is stable from build to build.
 * It was updated last by its newest status update or correction, where later.
 */
export function getEntryDates(document: ResponseDocument, inspection: Pick<Inspection, 'published'>): { published: string; updated: string } {
  const published = document.published ?? document.date ?? earliestDay(inspection.published);
  const changes = [document.updates.at(-1)?.date, newestCorrectionDate(document)].filter((d): d is string => !!d && d > published);
  return { published, updated: changes.sort().at(-1) ?? published };
}

/**
 * A correction in a sentence: "Corrected 6 December 2026: the status of recommendation 3, from
 * Planned to Awaiting national action. <reason>", or "…, quotation removed: "<words>". <reason>".
 */
function describeCorrection(c: ResponseDocument['corrections'][number]): string {
  const end = (value: string) => (c.field === 'status' && isStatus(value) ? statusLabel(value) : `"${value}"`);
  const what = describeCorrected(c);
  const change = c.to === undefined ? `quotation removed: ${end(c.from!)}` : c.from === undefined ? `quotation added: ${end(c.to)}` : `from ${end(c.from)} to ${end(c.to)}`;
  return `Corrected ${formatDate(c.date)}: ${what.charAt(0).toLowerCase()}${what.slice(1)}, ${change}. ${c.reason}`;
}

/** A document as a feed entry: what it is, who sent it, and the statuses it gives. */
export function toFeedEntry(site: Site, document: ResponseDocument): FeedEntry {
  const inspection = site.inspection(document.inspection);
  const dates = getEntryDates(document, inspection);
  const statuses = inspection.recommendations
    .filter((r) => document.recommendations[r.id])
    .map((r) => `${r.id}: ${statusLabel(document.recommendations[r.id]!)}`);
  const updates = document.updates.map((u) => `Updated ${formatDate(u.date)}: ${Object.entries(u.recommendations).map(([id, s]) => `${id}: ${statusLabel(s)}`).join('; ')}.${u.note ? ` ${u.note}` : ''}`);
  const dated = document.date ? `dated ${formatDate(document.date)}` : 'undated';
  const link = permanentUrl(site, urls.response(document.id));
  return {
    id: link,
    title: `${site.force(document.force).name}: ${documentTitle(site, document)}`,
    link,
    ...dates,
    author: documentAuthor(site, document),
    summary: [`${documentTitle(site, document)}, ${dated}.`, statuses.length ? `Statuses: ${statuses.join('; ')}.` : 'No statuses given.', ...updates, ...document.corrections.map(describeCorrection)].join(' '),
  };
}

/** A feed of `documents`, newest (by last update) first, at most `limit` entries. */
export function toFeed(site: Site, feed: { title: string; self: string; page: string; documents: readonly ResponseDocument[]; limit?: number }): Feed {
  const entries = feed.documents.map((d) => toFeedEntry(site, d))
    .sort((a, b) => b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .slice(0, feed.limit ?? Infinity);
  // An empty feed still needs a date: the newest report on the site is stable and from the content.
  const newestReport = site.corpus.inspections.map((i) => earliestDay(i.published)).sort().at(-1) ?? '1970-01-01';
  return {
    id: permanentUrl(site, feed.self),
    title: `${feed.title} – ${SITE_NAME}`,
    self: permanentUrl(site, feed.self),
    page: permanentUrl(site, feed.page),
    updated: entries[0]?.updated ?? newestReport,
    entries,
  };
}

/** The feeds of the site, by path: the whole site, each force and each inspection. Empty without a site address. Worked out once per site. */
export const toFeeds: (site: Site) => Map<string, Feed> = subscriptionFiles<Feed>({
  site: (site) => [urls.feed(), toFeed(site, { title: 'New and updated documents', self: urls.feed(), page: urls.home(), documents: site.corpus.responses, limit: SITE_FEED_SIZE })],
  force: (site, force) => [urls.forceFeed(force.id), toFeed(site, { title: `Documents about ${force.name}`, self: urls.forceFeed(force.id), page: urls.force(force.id), documents: site.documentsOfForce(force.id) })],
  inspection: (site, inspection) => [urls.inspectionFeed(inspection.id), toFeed(site, { title: `Responses to ${inspection.title}`, self: urls.inspectionFeed(inspection.id), page: urls.inspection(inspection.id), documents: site.documentsOfInspection(inspection.id) })],
});

const stamp = (day: string) => `${day}T00:00:00Z`;

/** The feed as Atom XML. */
export function toAtomXml(feed: Feed): string {
  const entries = feed.entries.map((e) => [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <published>${stamp(e.published)}</published>`,
    `    <updated>${stamp(e.updated)}</updated>`,
    `    <author><name>${escapeXml(e.author)}</name></author>`,
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
