/**
 * The words of the feeds and calendars, which the reader of each language subscribes to from
 * its pages. The English is written here, where the feeds are made, and comes into the
 * interface's catalogue from here (src/i18n/en.ts), as the statuses' labels do; the Welsh is
 * in the catalogue (src/i18n/cy-feeds.ts). A feed is made with a `FeedWords`: the English
 * below by default, or a language's from the catalogue (`feedWordsIn`, src/lib/views/feed-words.ts).
 */
import type { ResponseDocument } from '../../content/model.ts';
import type { Correction } from '../../../schemas/trust.ts';
import { formatDate } from '../../basics/days.ts';
import { statusLabel, type StatusId } from '../../basics/statuses.ts';
import { documentAuthor, documentTitle, SITE_NAME } from '../../site/documents.ts';
import { describeCorrected } from '../../site/reasons-and-corrections.ts';
import { NO_DOCUMENT } from '../../site/what-is-due.ts';
import type { Site } from '../../site/site.ts';

/** The feeds' and calendars' sentences in English; `{name}` is filled in, as in the catalogue. */
export const FEED_TEXTS = {
  'site.name': SITE_NAME,
  'feed.title': '{title} – {site}',
  'feed.site': 'New and updated documents',
  'feed.forceTitle': 'Documents about {force}',
  'feed.inspectionTitle': 'Responses to {inspection}',
  'feed.entryTitle': '{force}: {title}',
  'feed.entrySummary': '{title}, {dated}.',
  'feed.dated': 'dated {date}',
  'feed.undated': 'undated',
  'feed.statuses': 'Statuses: {statuses}.',
  'feed.noStatuses': 'No statuses given.',
  'feed.updated': 'Updated {date}: {statuses}.',
  'feed.corrected': 'Corrected {date}: {what}, {change}. {reason}',
  'feed.quotationRemoved': 'quotation removed: {words}',
  'feed.quotationAdded': 'quotation added: {words}',
  'feed.fromTo': 'from {from} to {to}',
  'due.feedTitle': 'What is due',
  'dueFeed.open': 'Comments are due by {date}.',
  'dueFeed.ended': 'The period for comments ended on {date}.',
  'dueFeed.withComments': 'With the policing body\'s comments on this site: {forces}.',
  'dueFeed.withoutComments': `${NO_DOCUMENT}: {forces}.`,
  'dueFeed.openTitle': 'Comments due {date}: {inspection}',
  'dueFeed.endedTitle': 'Period ended {date}: {inspection}',
  'calendar.name': 'Comments due – {site}',
  'calendar.forceName': 'Comments due: {force} – {site}',
  'calendar.summary': 'Comments due: {inspection}',
  'calendar.duty': 'The last day for each local policing body whose force the report concerns to publish its comments on "{inspection}", saying for each recommendation what has been or will be done, or why nothing (Police Act 1996, section 55; {days} days counting the report\'s publication day as day 1).',
  'calendar.forForce': ' For {force}, the comments are due from the {body}.',
  'calendar.onSite': ' The report and the responses on the site: {url}',
} as const;

export type FeedTextKey = keyof typeof FEED_TEXTS;
type Values = Readonly<Record<string, string | number>>;

/** What a feed or calendar needs in the reader's language. */
export interface FeedWords {
  /** The feed's `xml:lang` (RFC 4287 takes a BCP 47 tag). */
  xmlLang: string;
  /** The calendar's PRODID language (ical-generator's `language`). */
  calendarLang: string;
  text(key: FeedTextKey, values?: Values): string;
  /** A day, `YYYY-MM-DD`, as the language writes it. */
  date(day: string): string;
  status(id: StatusId): string;
  documentTitle(site: Pick<Site, 'inspection'>, document: ResponseDocument): string;
  documentAuthor(site: Pick<Site, 'force'>, document: ResponseDocument): string;
  /** What a correction changed: "The status of recommendation 3". */
  corrected(correction: Pick<Correction, 'field' | 'recommendation'>): string;
}

/** `{name}` in `template` replaced by `values.name`, as the catalogue's `fill` does. */
const fill = (template: string, values: Values = {}) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The feeds' English, the default. */
export const ENGLISH_FEED_WORDS: FeedWords = {
  xmlLang: 'en-GB',
  calendarLang: 'EN',
  text: (key, values) => fill(FEED_TEXTS[key], values),
  date: formatDate,
  status: statusLabel,
  documentTitle,
  documentAuthor,
  corrected: describeCorrected,
};
