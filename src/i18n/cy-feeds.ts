/**
 * The Welsh of the feeds and calendars, key for key with FEED_TEXTS
 * (src/lib/outputs/feeds/feed-words.ts), where their English is written. Same conventions as
 * cy.ts; none has a published source, so each is listed in docs/welsh.md. Where a value follows
 * a preposition that would mutate it ("o", "i"), the sentence is turned so that none does: the
 * values are names and labels the site does not mutate.
 */
import type { FEED_TEXTS } from '../lib/outputs/feeds/feed-words.ts';
import type { SourceId } from './sources.ts';
import { cyPagesTerms } from './cy-pages.ts';

const unsourced = (cy: string) => ({ cy, source: null });

export const cyFeedTerms: { readonly [K in keyof typeof FEED_TEXTS]: { cy: string; source: SourceId | null } } = {
  'site.name': unsourced('Ymatebion i arolygiadau heddlu'),
  'feed.title': unsourced('{title} – {site}'),
  'feed.site': unsourced('Dogfennau newydd a diweddaredig'),
  'feed.forceTitle': unsourced('Dogfennau am {force}'),
  'feed.inspectionTitle': unsourced('Ymatebion i {inspection}'),
  'feed.entryTitle': unsourced('{force}: {title}'),
  'feed.entrySummary': unsourced('{title}, {dated}.'),
  'feed.dated': unsourced('dyddiedig {date}'),
  'feed.undated': unsourced('heb ddyddiad'),
  'feed.statuses': unsourced('Statwsau: {statuses}.'),
  'feed.noStatuses': unsourced('Dim statwsau wedi\'u rhoi.'),
  'feed.updated': unsourced('Diweddarwyd {date}: {statuses}.'),
  'feed.corrected': unsourced('Cywirwyd {date}: {what}, {change}. {reason}'),
  'feed.quotationRemoved': unsourced('dyfyniad wedi\'i dynnu: {words}'),
  'feed.quotationAdded': unsourced('dyfyniad wedi\'i ychwanegu: {words}'),
  'feed.fromTo': unsourced('cyn hyn: {from}; bellach: {to}'),
  'due.feedTitle': unsourced('Beth sy\'n ddyledus'),
  'dueFeed.open': unsourced('Mae\'r sylwadau i\'w cyflwyno erbyn {date}.'),
  'dueFeed.ended': unsourced('Daeth y cyfnod ar gyfer sylwadau i ben ar {date}.'),
  'dueFeed.withComments': unsourced('Heddluoedd â sylwadau\'r corff plismona ar y wefan hon: {forces}.'),
  'dueFeed.withoutComments': unsourced(`${cyPagesTerms['due.noDocument'].cy}: {forces}.`),
  'dueFeed.openTitle': unsourced('Sylwadau erbyn {date}: {inspection}'),
  'dueFeed.endedTitle': unsourced('Cyfnod wedi dod i ben {date}: {inspection}'),
  'calendar.name': unsourced('Dyddiadau cyflwyno sylwadau – {site}'),
  'calendar.forceName': unsourced('Dyddiadau cyflwyno sylwadau: {force} – {site}'),
  'calendar.summary': unsourced('Sylwadau i\'w cyflwyno: {inspection}'),
  'calendar.duty': unsourced('Y diwrnod olaf i bob corff plismona lleol y mae\'r adroddiad yn ymwneud â\'i heddlu gyhoeddi ei sylwadau ar "{inspection}", gan ddweud ar gyfer pob argymhelliad beth sydd wedi\'i wneud neu a gaiff ei wneud, neu pam na wneir dim (Deddf yr Heddlu 1996, adran 55; {days} diwrnod, gan gyfrif diwrnod cyhoeddi\'r adroddiad yn ddiwrnod 1).'),
  'calendar.forForce': unsourced(' Ar gyfer {force}, y {body} sydd i gyflwyno\'r sylwadau.'),
  'calendar.onSite': unsourced(' Yr adroddiad a\'r ymatebion ar y wefan: {url}'),
};
