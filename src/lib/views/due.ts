/**
 * The views of what is due: the `/due/` page, and the opening of a single-force site's home
 * page. Both are as of `today`, the day the site was built.
 */
import type { ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import { en } from '../../i18n/en.ts';
import { getDueDate, STATUTORY_PERIOD_DAYS } from '../site/deadline.ts';
import { forcesWithoutComments, getDueList, RECENTLY_ENDED_MONTHS, type DuePeriod } from '../site/what-is-due.ts';
import type { Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { documentDate, siteLink, subscriptionLink, toFeedLinks, type Alternate, type Link } from './format.ts';

/** One sentence on subscribing to a calendar, for every page that links to one. */
export const SUBSCRIBE_HELP = en['due.subscribeHelp'];

export interface DueForceItem {
  force: Link;
  /** The policing body's comments on the site, each with its date. */
  comments: (Link & { date: string })[];
}

export interface DuePeriodItem {
  inspection: Link;
  /** "9 May 2021". */
  due: string;
  /** `YYYY-MM-DD`, for a `<time>` element. */
  dueIso: string;
  /** "8 days left", "Due today", "Ended 23 days ago". */
  daysText: string;
  /** "Comments on this site from 3 of 4 forces in scope". */
  summary: string;
  /** Open periods: every force in scope. Ended periods: only those with no comments on the site. */
  forces: DueForceItem[];
}

export interface DueView {
  /** "1 May 2021": the day the list was worked out, when the site was built. */
  builtOn: string;
  builtOnIso: string;
  open: DuePeriodItem[];
  ended: DuePeriodItem[];
  /** Month-only reports whose period may be open or recently ended. */
  unknownDue: Link[];
  feed: Link | null;
  calendar: Link | null;
  /** Every report's due date is on its page, found from the list of inspections. */
  inspections: Link;
  alternates: Alternate[];
  periodDays: number;
  endedMonths: number;
}

function toComment(site: Site, document: ResponseDocument, lang: Lang): Link & { date: string } {
  return { ...siteLink(site, urls.response(document.id), text(lang, 'due.comments')), date: documentDate(document, lang) };
}

function toPeriodItem(site: Site, period: DuePeriod, forces: DuePeriod['forces'], lang: Lang): DuePeriodItem {
  const withComments = period.forces.filter((f) => f.comments.length > 0).length;
  const inScope = period.forces.length;
  return {
    inspection: siteLink(site, urls.inspection(period.inspection.id), period.inspection.title),
    due: formatDateIn(lang, period.due),
    dueIso: period.due,
    daysText: describeDaysLeft(period.daysLeft, lang),
    summary: text(lang, 'due.summary', { n: withComments, forces: count(lang, 'count.force', inScope) }),
    forces: forces.map((f) => ({
      force: siteLink(site, urls.force(f.force.id), f.force.name),
      comments: f.comments.map((d) => toComment(site, d, lang)),
    })),
  };
}

/** The `/due/` page, as of `today` (`YYYY-MM-DD`). */
export function toDueView(site: Site, today: string, lang: Lang = 'en'): DueView {
  const list = getDueList(site, today);
  const feed = site.siteUrl ? subscriptionLink(site, urls.dueFeed(), text(lang, 'due.feed')) : null;
  return {
    builtOn: formatDateIn(lang, today),
    builtOnIso: today,
    open: list.open.map((p) => toPeriodItem(site, p, p.forces, lang)),
    ended: list.ended.map((p) => {
      const without = new Set(forcesWithoutComments(p).map((f) => f.id));
      return toPeriodItem(site, p, p.forces.filter((f) => without.has(f.force.id)), lang);
    }),
    unknownDue: list.unknownDue.map((i) => siteLink(site, urls.inspection(i.id), text(lang, 'due.unknownItem', { title: i.title, date: formatDateIn(lang, i.published) }))),
    feed,
    calendar: site.siteUrl ? subscriptionLink(site, urls.calendar(), text(lang, 'due.calendar')) : null,
    inspections: siteLink(site, urls.inspections(), text(lang, 'due.inspectionsLink')),
    alternates: toFeedLinks(site, urls.dueFeed(), text(lang, 'due.feedTitle'), text(lang, 'due.feedTitle')).alternates,
    periodDays: STATUTORY_PERIOD_DAYS,
    endedMonths: RECENTLY_ENDED_MONTHS,
  };
}

export interface HomeDueView {
  /** The force's open periods, soonest due first; empty when nothing is due. */
  open: (Omit<DuePeriodItem, 'forces' | 'summary'> & { comments: (Link & { date: string })[] })[];
  builtOn: string;
  builtOnIso: string;
  all: Link;
}

/** The opening of a single-force site's home page: that force's open deadlines on `today`. */
export function toHomeDueView(site: Site, forceId: string, today: string, lang: Lang = 'en'): HomeDueView {
  const list = getDueList(site, today, forceId);
  return {
    open: list.open.map((p) => {
      const { forces, summary: _summary, ...item } = toPeriodItem(site, p, p.forces, lang);
      return { ...item, comments: forces.flatMap((f) => f.comments) };
    }),
    builtOn: formatDateIn(lang, today),
    builtOnIso: today,
    all: siteLink(site, urls.due(), text(lang, 'due.all')),
  };
}

export interface CalendarLinkView {
  link: Link;
  help: string;
}

/**
 * The calendar link of a force's page (the force's calendar) or an inspection's (the site's
 * calendar, which holds its due date); null without the site's address, or for a report
 * known only to the month, which has no due date.
 */
export function toCalendarLink(site: Site, page: { force: string } | { inspection: string }, lang: Lang = 'en'): CalendarLinkView | null {
  if (!site.siteUrl) return null;
  const help = text(lang, 'due.subscribeHelp');
  if ('force' in page) {
    return { link: subscriptionLink(site, urls.forceCalendar(page.force), text(lang, 'due.forceCalendar', { force: site.force(page.force).name })), help };
  }
  if (!getDueDate(site.inspection(page.inspection).published)) return null;
  return { link: subscriptionLink(site, urls.calendar(), text(lang, 'due.inspectionCalendar')), help };
}

/** "Due today", "1 day left", "12 days left"; "Ended 1 day ago", "Ended 30 days ago". */
export function describeDaysLeft(daysLeft: number, lang: Lang = 'en'): string {
  if (daysLeft === 0) return text(lang, 'due.today');
  const days = count(lang, 'count.day', Math.abs(daysLeft));
  return text(lang, daysLeft > 0 ? 'due.left' : 'due.endedAgo', { days });
}
