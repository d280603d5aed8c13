/**
 * How a document is named wherever the site shows it (its page, lists, feeds, citations, search,
 * data files): its title, its author's name, and the site's own name that goes with them; a
 * document's date as shown, and an inspection's kind as words.
 */
import type { ResponseDocument } from '../content/model.ts';
import { formatDate } from '../basics/days.ts';
import type { Site } from './site.ts';

/** The site's name, as citations and feeds give it. */
export const SITE_NAME = 'Responses to police inspections';

/** The inspectorate, as a citation or a feed names it when it is the author. */
const INSPECTORATE = "HM Inspectorate of Constabulary and Fire & Rescue Services";

export const KIND_TITLES = {
  'pcc-response': 'Response to',
  'force-response': "Chief officer's response to",
  'inspectorate-letter': 'HMICFRS letter on',
} as const;

/** "Response to PEEL spotlight report: …", unless the document sets its own title. */
export function documentTitle(site: Pick<Site, 'inspection'>, document: ResponseDocument): string {
  return document.title ?? `${KIND_TITLES[document.kind]} ${site.inspection(document.inspection).title}`;
}

/** The signatory as the document gives them: "Jane Doe, Police and Crime Commissioner", or the name alone. */
export function authorName(author: NonNullable<ResponseDocument['author']>): string {
  return [author.name, author.role].filter(Boolean).join(', ');
}

/** Who a citation or a feed names as the author: the signatory, else the body the kind of document comes from. */
export function documentAuthor(site: Pick<Site, 'force'>, document: ResponseDocument): string {
  if (document.author) return authorName(document.author);
  const force = site.force(document.force);
  if (document.kind === 'inspectorate-letter') return INSPECTORATE;
  if (document.kind === 'force-response') return `Chief Constable, ${force.name}`;
  return force.policingBody;
}

/** The date to show for a document: its own date, else when it was published, else "Undated". */
export function documentDate(document: ResponseDocument): string {
  if (document.date) return formatDate(document.date);
  if (document.published) return `Published ${formatDate(document.published)}`;
  return 'Undated';
}

/** "national-thematic" → "National thematic"; "peel" → "PEEL". */
export function inspectionKindLabel(kind: string): string {
  if (kind === 'peel') return 'PEEL';
  const words = kind.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
