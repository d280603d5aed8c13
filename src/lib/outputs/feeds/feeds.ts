/**
 * Atom feeds (RFC 4287) of new and updated documents: one for the whole site, one per force
 * and one per inspection. Atom ids must be absolute, so feeds are made only when the site's
 * address is configured (PCC_SITE_URL). Dates come from the content, never the build time.
 */
import type { Inspection, ResponseDocument } from '../../content/model.ts';
import { earliestDay } from '../../basics/days.ts';
import type { Site } from '../../site/site.ts';
import { isStatus } from '../../basics/statuses.ts';
import { newestCorrectionDate } from '../../site/reasons-and-corrections.ts';
import { subscriptionFiles } from './subscriptions.ts';
import { ENGLISH_FEED_WORDS, type FeedWords } from './feed-words.ts';
import { languageUrl, urls } from '../../basics/urls.ts';
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
  /** The feed's language (`xml:lang`). */
  lang: string;
  /** The name of the site, the feed's author. */
  author: string;
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
function describeCorrection(c: ResponseDocument['corrections'][number], words: FeedWords): string {
  const end = (value: string) => (c.field === 'status' && isStatus(value) ? words.status(value) : `"${value}"`);
  const what = words.corrected(c);
  const change = c.to === undefined ? words.text('feed.quotationRemoved', { words: end(c.from!) })
    : c.from === undefined ? words.text('feed.quotationAdded', { words: end(c.to) })
      : words.text('feed.fromTo', { from: end(c.from), to: end(c.to) });
  return words.text('feed.corrected', { date: words.date(c.date), what: `${what.charAt(0).toLowerCase()}${what.slice(1)}`, change, reason: c.reason });
}

/** A document as a feed entry: what it is, who sent it, and the statuses it gives. */
export function toFeedEntry(site: Site, document: ResponseDocument, words: FeedWords = ENGLISH_FEED_WORDS): FeedEntry {
  const inspection = site.inspection(document.inspection);
  const dates = getEntryDates(document, inspection);
  const statuses = inspection.recommendations
    .filter((r) => document.recommendations[r.id])
    .map((r) => `${r.id}: ${words.status(document.recommendations[r.id]!)}`);
  const updates = document.updates.map((u) => `${words.text('feed.updated', { date: words.date(u.date), statuses: Object.entries(u.recommendations).map(([id, s]) => `${id}: ${words.status(s)}`).join('; ') })}${u.note ? ` ${u.note}` : ''}`);
  const dated = document.date ? words.text('feed.dated', { date: words.date(document.date) }) : words.text('feed.undated');
  const link = languageUrl(site, urls.response(document.id));
  const title = words.documentTitle(site, document);
  return {
    id: link,
    title: words.text('feed.entryTitle', { force: site.force(document.force).name, title }),
    link,
    ...dates,
    author: words.documentAuthor(site, document),
    summary: [
      words.text('feed.entrySummary', { title, dated }),
      statuses.length ? words.text('feed.statuses', { statuses: statuses.join('; ') }) : words.text('feed.noStatuses'),
      ...updates,
      ...document.corrections.map((c) => describeCorrection(c, words)),
    ].join(' '),
  };
}

/** A feed of `documents`, newest (by last update) first, at most `limit` entries. */
export function toFeed(site: Site, feed: { title: string; self: string; page: string; documents: readonly ResponseDocument[]; limit?: number }, words: FeedWords = ENGLISH_FEED_WORDS): Feed {
  const entries = feed.documents.map((d) => toFeedEntry(site, d, words))
    .sort((a, b) => b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .slice(0, feed.limit ?? Infinity);
  // An empty feed still needs a date: the newest report on the site is stable and from the content.
  const newestReport = site.corpus.inspections.map((i) => earliestDay(i.published)).sort().at(-1) ?? '1970-01-01';
  const siteName = words.text('site.name');
  return {
    id: languageUrl(site, feed.self),
    title: words.text('feed.title', { title: feed.title, site: siteName }),
    lang: words.xmlLang,
    author: siteName,
    self: languageUrl(site, feed.self),
    page: languageUrl(site, feed.page),
    updated: entries[0]?.updated ?? newestReport,
    entries,
  };
}

/**
 * The feeds of the site, by path: the whole site, each force and each inspection, in `words`'
 * language (English by default). Empty without a site address. Worked out once per site and language.
 */
export const toFeeds: (site: Site, words?: FeedWords) => Map<string, Feed> = subscriptionFiles<Feed>({
  site: (site, words) => [urls.feed(), toFeed(site, { title: words.text('feed.site'), self: urls.feed(), page: urls.home(), documents: site.corpus.responses, limit: SITE_FEED_SIZE }, words)],
  force: (site, force, words) => [urls.forceFeed(force.id), toFeed(site, { title: words.text('feed.forceTitle', { force: force.name }), self: urls.forceFeed(force.id), page: urls.force(force.id), documents: site.documentsOfForce(force.id) }, words)],
  inspection: (site, inspection, words) => [urls.inspectionFeed(inspection.id), toFeed(site, { title: words.text('feed.inspectionTitle', { inspection: inspection.title }), self: urls.inspectionFeed(inspection.id), page: urls.inspection(inspection.id), documents: site.documentsOfInspection(inspection.id) }, words)],
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
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
