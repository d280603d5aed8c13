/**
 * The Atom feed of what is due (/feeds/due.xml): an entry per comment period open on `today`
 * or ended in the last 12 months. An entry's words and dates come from the content, never
 * from the build's day, so a reader sees it as updated only when something changed: the
 * period ended, or comments arrived.
 */
import { addDays, earliestDay } from '../../basics/days.ts';
import { forcesWithoutComments, getDueList, type DuePeriod } from '../../site/what-is-due.ts';
import type { Feed, FeedEntry } from './feeds.ts';
import { ENGLISH_FEED_WORDS, type FeedWords } from './feed-words.ts';
import type { Site } from '../../site/site.ts';
import { languageUrl, urls } from '../../basics/urls.ts';

/** When the entry last changed: the report's publication, the day after the period ended, or the newest comments. */
export function getDueEntryUpdated(period: DuePeriod, today: string): string {
  const dates = [period.inspection.published, ...period.forces.flatMap((f) => f.comments.map((d) => d.published ?? d.date ?? ''))];
  if (period.due < today) dates.push(addDays(period.due, 1));
  return dates.filter((d) => d && d <= today).sort().at(-1)!;
}

/** One period as a feed entry. */
export function toDueEntry(site: Site, period: DuePeriod, today: string, words: FeedWords = ENGLISH_FEED_WORDS): FeedEntry {
  const open = period.due >= today;
  const names = (list: { name: string }[]) => list.map((f) => f.name).join(', ');
  const withComments = period.forces.filter((f) => f.comments.length > 0).map((f) => f.force);
  const without = forcesWithoutComments(period);
  const due = words.date(period.due);
  const summary = [
    words.text(open ? 'dueFeed.open' : 'dueFeed.ended', { date: due }),
    withComments.length ? words.text('dueFeed.withComments', { forces: names(withComments) }) : '',
    without.length ? words.text('dueFeed.withoutComments', { forces: names(without) }) : '',
  ].filter(Boolean).join(' ');
  return {
    id: `${languageUrl(site, urls.due())}#${period.inspection.id}`,
    title: words.text(open ? 'dueFeed.openTitle' : 'dueFeed.endedTitle', { date: due, inspection: period.inspection.title }),
    link: languageUrl(site, urls.inspection(period.inspection.id)),
    published: earliestDay(period.inspection.published),
    updated: getDueEntryUpdated(period, today),
    author: words.text('site.name'),
    summary,
  };
}

/** The feed of what is due on `today`, in `words`' language; null without the site's address, which Atom ids need. */
export function toDueFeed(site: Site, today: string, words: FeedWords = ENGLISH_FEED_WORDS): Feed | null {
  if (!site.siteUrl) return null;
  const list = getDueList(site, today);
  const entries = [...list.open, ...list.ended].map((p) => toDueEntry(site, p, today, words));
  const newestReport = site.corpus.inspections.map((i) => earliestDay(i.published)).filter((d) => d <= today).sort().at(-1) ?? '1970-01-01';
  const siteName = words.text('site.name');
  return {
    id: languageUrl(site, urls.dueFeed()),
    title: words.text('feed.title', { title: words.text('due.feedTitle'), site: siteName }),
    lang: words.xmlLang,
    author: siteName,
    self: languageUrl(site, urls.dueFeed()),
    page: languageUrl(site, urls.due()),
    updated: entries.map((e) => e.updated).sort().at(-1) ?? newestReport,
    entries,
  };
}
