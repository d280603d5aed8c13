/**
 * The formatting every view shares, made once: links inside the site, a page's feed links,
 * its previous and next links, years and the items of a year, status and timeliness cells,
 * a document as a line of a list, an inspection's kind. Views import it; it imports no view.
 */
import { formatDateIn } from '../../i18n/dates.ts';
import { CATALOGUES, count, text, type Lang, type TextKey } from '../../i18n/index.ts';
import type { Force, Inspection, ResponseDocument } from '../content/model.ts';
import { yearOf } from '../basics/days.ts';
import { STATUTORY_PERIOD_DAYS, type Timeliness, type TimelinessStatus } from '../site/deadline.ts';

import type { Site } from '../site/site.ts';
import { STATUSES, type StatusId } from '../basics/statuses.ts';
import { languageUrl, urls, withBase } from '../basics/urls.ts';
import type { Region } from '../basics/regions.ts';

/** How an inspection's kind reads, from ../site/documents.ts (the search records use it too). */
import { inspectionKindLabel } from '../site/documents.ts';
export { inspectionKindLabel };

export interface Link {
  href: string;
  text: string;
}

export { STATUS_COLOURS, TIMELINESS_COLOURS, type StatusCell, type TagColour } from './tag-colours.ts';
import { statusCellOf, TIMELINESS_COLOURS, type StatusCell, type TagColour } from './tag-colours.ts';

export interface TimelinessCell {
  status: TimelinessStatus;
  /** The class that colours it. */
  colour: TagColour;
  text: string;
  /** Which date the judgement rests on, in words. */
  basis: string;
}

export interface DocumentSummary {
  link: Link;
  kind: string;
  /** "15 November 2019", or "Undated". */
  date: string;
  timeliness: TimelinessCell;
  /** The same document in the other language ("Read in Welsh"), where it is published in both; absent otherwise. */
  twin?: TwinLink;
}

/** A link to the same document in the other language: its words in the page's language (`lang`), the language of the page it opens (`hreflang`). */
export type TwinLink = Link & { hreflang: string; lang: Lang };

/** A link inside the site, with the base path applied. */
export function siteLink(site: Site, path: string, text: string): Link {
  return { href: pageHref(site, path), text };
}

/** A path's address: a page's (a path ending in `/`, before any `#place`) in the reader's language, a file's as it is. */
export function pageHref(site: Site, path: string): string {
  return withBase(path.split('#')[0]!.endsWith('/') ? (site.pagesBase ?? site.base) : site.base, path);
}

/** A status as a cell: its id for colour and its label as text. */
export function toStatusCell(status: StatusId | undefined, lang: Lang = 'en'): StatusCell {
  return statusCellOf(status, (id) => text(lang, `status.${id}`));
}

/** Timeliness as words ("On time: day 50 of 56", "Late by 3 days", "Undated"...), with the date it rests on. */
export function toTimelinessCell(t: Timeliness, lang: Lang = 'en'): TimelinessCell {
  const basis =
    t.basis === 'published'
      ? text(lang, 'timeliness.basis.published', { date: formatDateIn(lang, t.on!) })
      : t.basis === 'date'
        ? text(lang, 'timeliness.basis.date', { date: formatDateIn(lang, t.on!) })
        : text(lang, 'timeliness.basis.none');
  const words =
    t.status === 'on-time'
      ? text(lang, 'timeliness.onTimeDay', { day: t.daysFromReport! + 1, period: STATUTORY_PERIOD_DAYS })
      : t.status === 'late'
        ? text(lang, 'timeliness.lateBy', { days: count(lang, 'count.day', t.daysLate!) })
        : text(lang, `timeliness.${t.status}`);
  return { status: t.status, colour: TIMELINESS_COLOURS[t.status], text: words, basis };
}

/** The date to show for a document: its own date, else when it was published, else "Undated". */
export function documentDate(document: ResponseDocument, lang: Lang = 'en'): string {
  if (document.date) return formatDateIn(lang, document.date);
  if (document.published) return text(lang, 'document.publishedOn', { date: formatDateIn(lang, document.published) });
  return text(lang, 'document.undated');
}

/** A document's title: its own, or the one the site makes in the page's language ("Response to …", "Ymateb i …"). */
export function documentTitleIn(lang: Lang, site: Pick<Site, 'inspection'>, document: ResponseDocument): string {
  return document.title ?? text(lang, `title.${document.kind}`, { inspection: site.inspection(document.inspection).title });
}

/** A document as one line of a list or table. */
export function toDocumentSummary(site: Site, document: ResponseDocument, linkText?: string, lang: Lang = 'en'): DocumentSummary {
  return {
    link: siteLink(site, urls.response(document.id), linkText ?? documentTitleIn(lang, site, document)),
    kind: text(lang, `kind.${document.kind}`),
    date: documentDate(document, lang),
    timeliness: toTimelinessCell(site.timeliness(document), lang),
    ...twinOf(site, document, lang),
  };
}

/** `{ twin }` for a document published in both languages, else nothing: a list shows the reader's language's and links to the other. */
export function twinOf(site: Site, document: ResponseDocument, lang: Lang): { twin?: TwinLink } {
  const twin = site.twin(document);
  return twin ? { twin: toTwinLink(site, twin, lang) } : {};
}

/** The status legend, shown with every status table. */
export function statusLegend(lang: Lang = 'en'): { status: StatusCell; description: string }[] {
  return STATUSES.map((s) => ({ status: toStatusCell(s.id, lang), description: text(lang, `status.${s.id}.description`) }));
}

/** A `<link rel="alternate">` for a page. */
export interface Alternate {
  href: string;
  type: string;
  title: string;
}

/** A link to a feed or calendar, in the reader's language: the Welsh pages' are under `/cy/` as the pages are. */
export function subscriptionLink(site: Site, path: string, text: string): Link {
  return { href: withBase(site.pagesBase ?? site.base, path), text };
}

/** A page's feed: the link the page shows (`text`) and the `<link rel="alternate">` in its head (`title`), in the reader's language; neither without the site's address. */
export function toFeedLinks(site: Site, path: string, title: string, text: string): { feed: Link | null; alternates: Alternate[] } {
  if (!site.siteUrl) return { feed: null, alternates: [] };
  const href = languageUrl(site, path);
  return { feed: { href, text }, alternates: [{ href, type: 'application/atom+xml', title }] };
}

/** The whole site's feed of new and updated documents (the home and data pages). */
export function siteFeedLinks(site: Site, linkText: string, lang: Lang = 'en'): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.feed(), text(lang, 'feed.site'), linkText);
}

/** A force's feed (its pages and its documents' pages). */
export function forceFeedLinks(site: Site, force: Force, lang: Lang = 'en'): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.forceFeed(force.id), text(lang, 'feed.force', { force: force.name }), text(lang, 'feed.forceLink'));
}

/** An inspection's feed (its pages and its documents' pages). */
export function inspectionFeedLinks(site: Site, inspection: Inspection, lang: Lang = 'en'): { feed: Link | null; alternates: Alternate[] } {
  return toFeedLinks(site, urls.inspectionFeed(inspection.id), text(lang, 'feed.inspection', { inspection: inspection.title }), text(lang, 'feed.inspectionLink'));
}

/** The links to the items either side of `index` in `list`, for a page's previous and next; null past either end. */
export function neighbours<T>(list: readonly T[], index: number, toLink: (item: T) => Link): { previous: Link | null; next: Link | null } {
  const at = (i: number) => (i >= 0 && i < list.length ? toLink(list[i]!) : null);
  return { previous: at(index - 1), next: at(index + 1) };
}

/** The year an inspection was published, which groups pages of inspections and of a force's documents: "2021". */
export function inspectionYear(inspection: Pick<Inspection, 'published'>): string {
  return String(yearOf(inspection.published));
}

/** Years, each once, newest first. */
export function newestFirst(years: Iterable<string>): string[] {
  return [...new Set(years)].sort((a, b) => b.localeCompare(a));
}

/** The items of one year, as `yearOf` gives each item's year. */
export function ofYear<T>(items: readonly T[], year: string, yearOf: (item: T) => string): T[] {
  return items.filter((item) => yearOf(item) === year);
}

/** Each region's key in the catalogue. */
const REGION_KEYS: Record<Region, TextKey> = {
  'North East': 'region.north-east',
  'North West': 'region.north-west',
  'Yorkshire and the Humber': 'region.yorkshire-and-the-humber',
  'East Midlands': 'region.east-midlands',
  'West Midlands': 'region.west-midlands',
  'East of England': 'region.east-of-england',
  London: 'region.london',
  'South East': 'region.south-east',
  'South West': 'region.south-west',
  Wales: 'region.wales',
};

/** A region's name as a page shows it in `lang`; the data files keep the English name (a contract). */
export function regionName(lang: Lang, region: Region): string {
  return text(lang, REGION_KEYS[region]);
}

/**
 * An inspection's kind in `lang`: the catalogue's word for a kind it knows (`inspectionKind.peel`),
 * else the kind as inspectionKindLabel writes it ("national-thematic" → "National thematic"),
 * which a Welsh office adds to the catalogue (docs/welsh.md).
 */
export function inspectionKindIn(lang: Lang, kind: string): string {
  const key = `inspectionKind.${kind}`;
  return Object.hasOwn(CATALOGUES[lang], key) ? text(lang, key as TextKey) : inspectionKindLabel(kind);
}

/**
 * Whose reading the statuses are, in the page's language: the office's own sentence
 * (`statusReading`) as written, or, where it is left as it ships, the catalogue's in `lang`.
 */
export function statusReadingIn(sentence: string, lang: Lang): string {
  return sentence === text('en', 'statusReading.default') ? text(lang, 'statusReading.default') : sentence;
}

/**
 * The language of a report's own words (its title, its recommendations and whom each is for)
 * where it is not the page's: an inspection file copies the report in English (npm run
 * import-inspection reads the English version), so on a Welsh page they are marked English,
 * and screen readers read them so. Unset on an English page.
 */
export function reportLangOn(lang: Lang): 'en' | undefined {
  return lang === 'en' ? undefined : 'en';
}

/**
 * A link to the same document in the other language ("Read in Welsh"), its words in the
 * page's language `lang`, with the language of the page it opens (`hreflang`).
 */
export function toTwinLink(site: Site, twin: ResponseDocument, lang: Lang): TwinLink {
  const words = text(lang, twin.lang === 'cy' ? 'document.readInWelsh' : 'document.readInEnglish');
  return { ...siteLink(site, urls.response(twin.id), words), hreflang: twin.lang, lang };
}
