/**
 * The Atom feed of what is due (/feeds/due.xml): an entry per comment period open on `today`
 * or ended in the last 12 months. An entry's words and dates come from the content, never
 * from the build's day, so a reader sees it as updated only when something changed: the
 * period ended, or comments arrived.
 */
import { addDays, earliestDay, formatDate } from '../../basics/days.ts';
import { SITE_NAME } from '../../site/documents.ts';
import { forcesWithoutComments, getDueList, NO_DOCUMENT, type DuePeriod } from '../../site/what-is-due.ts';
import type { Feed, FeedEntry } from './feeds.ts';
import type { Site } from '../../site/site.ts';
import { permanentUrl, urls } from '../../basics/urls.ts';

/** When the entry last changed: the report's publication, the day after the period ended, or the newest comments. */
export function getDueEntryUpdated(period: DuePeriod, today: string): string {
  const dates = [period.inspection.published, ...period.forces.flatMap((f) => f.comments.map((d) => d.published ?? d.date ?? ''))];
  if (period.due < today) dates.push(addDays(period.due, 1));
  return dates.filter((d) => d && d <= today).sort().at(-1)!;
}

/** One period as a feed entry. */
export function toDueEntry(site: Site, period: DuePeriod, today: string): FeedEntry {
  const open = period.due >= today;
  const names = (list: { name: string }[]) => list.map((f) => f.name).join(', ');
  const withComments = period.forces.filter((f) => f.comments.length > 0).map((f) => f.force);
  const without = forcesWithoutComments(period);
  const summary = [
    open ? `Comments are due by ${formatDate(period.due)}.` : `The period for comments ended on ${formatDate(period.due)}.`,
    withComments.length ? `With the policing body's comments on this site: ${names(withComments)}.` : '',
    without.length ? `${NO_DOCUMENT}: ${names(without)}.` : '',
  ].filter(Boolean).join(' ');
  return {
    id: `${permanentUrl(site, urls.due())}#${period.inspection.id}`,
    title: `${open ? 'Comments due' : 'Period ended'} ${formatDate(period.due)}: ${period.inspection.title}`,
    link: permanentUrl(site, urls.inspection(period.inspection.id)),
    published: earliestDay(period.inspection.published),
    updated: getDueEntryUpdated(period, today),
    author: SITE_NAME,
    summary,
  };
}

/** The feed of what is due on `today`; null without the site's address, which Atom ids need. */
export function toDueFeed(site: Site, today: string): Feed | null {
  if (!site.siteUrl) return null;
  const list = getDueList(site, today);
  const entries = [...list.open, ...list.ended].map((p) => toDueEntry(site, p, today));
  const newestReport = site.corpus.inspections.map((i) => earliestDay(i.published)).filter((d) => d <= today).sort().at(-1) ?? '1970-01-01';
  return {
    id: permanentUrl(site, urls.dueFeed()),
    title: `What is due – ${SITE_NAME}`,
    self: permanentUrl(site, urls.dueFeed()),
    page: permanentUrl(site, urls.due()),
    updated: entries.map((e) => e.updated).sort().at(-1) ?? newestReport,
    entries,
  };
}
