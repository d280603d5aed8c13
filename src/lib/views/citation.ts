/** How to cite a page: its permanent address, a suggested citation, and when it last changed. */
import type { Inspection, ResponseDocument } from '../content/model.ts';
import { earliestDay, formatDate } from '../basics/days.ts';
import { documentAuthor, documentTitle, SITE_NAME } from '../site/documents.ts';
import type { Site } from '../site/site.ts';
import { getLastStatusDate } from '../site/status-history.ts';
import { newestCorrectionDate } from '../site/reasons-and-corrections.ts';
import { permanentUrl, urls } from '../basics/urls.ts';

/**
 * A suggested citation in the author–date style: "Author (2019) Title. Letter dated 11 November
 * 2019. Available at: <permanent URL>." Undated documents say "(n.d.)", as is usual.
 */
export function toCitation(site: Site, document: ResponseDocument): string {
  const date = document.date ?? document.published;
  const year = date ? date.slice(0, 4) : 'n.d.';
  const dated = document.date
    ? ` Dated ${formatDate(document.date)}.`
    : document.published ? ` Published ${formatDate(document.published)}.` : '';
  const original = document.source ? ` Original: ${document.source}.` : '';
  return `${documentAuthor(site, document)} (${year}) ${documentTitle(site, document)}.${dated} ${SITE_NAME}. Available at: ${permanentUrl(site, urls.response(document.id))}.${original}`;
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
export function getLastChanged(site: Site, inspection: Inspection, documents: readonly ResponseDocument[]): LastChanged {
  const fromGit = [inspection.file, ...documents.map((d) => d.file)].map((f) => site.fileDate(f)).filter((d): d is string => !!d);
  if (fromGit.length > 0) {
    return { date: maxDay(fromGit), basis: 'the last change to the report\'s or the documents\' files on this site' };
  }
  const written = [
    earliestDay(inspection.published),
    ...documents.flatMap((d) => [getLastStatusDate(d), d.published ?? null, newestCorrectionDate(d), ...d.redactions.map((r) => r.date)]),
  ];
  return { date: maxDay(written.filter((d): d is string => !!d)), basis: 'the newest date in the report and the documents: no file history is available' };
}

function maxDay(days: readonly string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}
