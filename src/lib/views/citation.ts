/** How to cite a page: its permanent address, a suggested citation, and when it last changed. */
import type { Inspection, ResponseDocument } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { text, type Lang } from '../../i18n/index.ts';
import { earliestDay } from '../basics/days.ts';
import { authorName } from '../site/documents.ts';
import type { Site } from '../site/site.ts';
import { getLastStatusDate } from '../site/status-history.ts';
import { newestCorrectionDate } from '../site/reasons-and-corrections.ts';
import { languageUrl, urls } from '../basics/urls.ts';
import { documentTitleIn } from './format.ts';

/**
 * A suggested citation in the author–date style: "Author (2019) Title. Letter dated 11 November
 * 2019. Available at: <permanent URL>." Undated documents say "(n.d.)", as is usual. In the
 * page's language, but for what the document itself gives (its title, signatory, address) and
 * the site's name, a name like the office's title in the header. The address is the page's own,
 * in its language: a Welsh page's site (`pagesBase` `/cy/`) cites the Welsh page.
 */
export function toCitation(site: Site, document: ResponseDocument, lang: Lang = 'en'): string {
  const date = document.date ?? document.published;
  const year = date ? date.slice(0, 4) : text(lang, 'citation.noDate');
  const dated = document.date
    ? ` ${text(lang, 'citation.dated', { date: formatDateIn(lang, document.date) })}`
    : document.published ? ` ${text(lang, 'citation.published', { date: formatDateIn(lang, document.published) })}` : '';
  const original = document.source ? ` ${text(lang, 'citation.original', { url: document.source })}` : '';
  const address = text(lang, 'citation.availableAt', { url: languageUrl(site, urls.response(document.id)) });
  return `${citationAuthor(site, document, lang)} (${year}) ${documentTitleIn(lang, site, document)}.${dated} ${text(lang, 'site.name')}. ${address}${original}`;
}

/** Who the citation names: the signatory, else the body the kind of document comes from (documentAuthor, in the page's language). */
export function citationAuthor(site: Pick<Site, 'force'>, document: ResponseDocument, lang: Lang): string {
  if (document.author) return authorName(document.author);
  const force = site.force(document.force);
  if (document.kind === 'inspectorate-letter') return text(lang, 'citation.inspectorate');
  if (document.kind === 'force-response') return text(lang, 'citation.chiefConstable', { force: force.name });
  return force.policingBody;
}

export interface LastChanged {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where the date comes from, in words. */
  basis: string;
}

/**
 * When a page about an inspection last changed: the newest commit to the report's file or its
 * documents' files where git knows them, else the newest date written in those files (the
 * report's publication, the documents' dates, their updates, corrections and redactions).
 * Never the build time.
 */
export function getLastChanged(site: Site, inspection: Inspection, documents: readonly ResponseDocument[], lang: Lang = 'en'): LastChanged {
  const fromGit = [inspection.file, ...documents.map((d) => d.file)].map((f) => site.fileDate(f)).filter((d): d is string => !!d);
  if (fromGit.length > 0) {
    return { date: maxDay(fromGit), basis: text(lang, 'citation.basisFiles') };
  }
  const written = [
    earliestDay(inspection.published),
    ...documents.flatMap((d) => [getLastStatusDate(d), d.published ?? null, newestCorrectionDate(d), ...d.redactions.map((r) => r.date)]),
  ];
  return { date: maxDay(written.filter((d): d is string => !!d)), basis: text(lang, 'citation.basisWritten') };
}

function maxDay(days: readonly string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}
