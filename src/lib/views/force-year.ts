/**
 * A force's documents a year at a time: the pages of the years of the inspections' publication
 * (at national scale a force has a couple of hundred documents, too many for one page), and
 * the count of each year that its own page shows.
 */
import { formatDateIn } from '../../i18n/dates.ts';
import { text, type Lang } from '../../i18n/index.ts';
import type { Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { forceFeedLinks, inspectionYear, neighbours, newestFirst, ofYear, siteLink, toDocumentSummary, type Alternate, type DocumentSummary, type Link } from './format.ts';
import { summarizeStatuses } from './status-summary.ts';

export interface ForceDocumentItem extends DocumentSummary {
  inspection: Link;
  inspectionPublished: string;
  /** The year the inspection was published, which groups the force's documents into pages. */
  year: string;
  /** Its latest statuses in one line: "3 in progress, 1 complete". */
  statuses: string;
}

export interface ForceDocuments {
  documents: readonly ForceDocumentItem[];
  missing: readonly (Link & { year: string })[];
}

/**
 * Each site's force documents, made once per force and language: a force's page and each of its
 * years' pages (559 at 10,000 documents) all start from the whole list, and making it for
 * each page summarised every document of the force again (about 3 s of a rebuild's keys).
 * A site is never changed once derived, so its lists cannot go stale.
 */
const forceDocumentsOfSite = new WeakMap<Site, Map<string, ForceDocuments>>();

/** Every document of a force, newest inspection first, and the inspections in scope it has none for. */
export function toForceDocuments(site: Site, forceId: string, lang: Lang = 'en'): ForceDocuments {
  let made = forceDocumentsOfSite.get(site);
  if (!made) forceDocumentsOfSite.set(site, (made = new Map()));
  const key = `${lang} ${forceId}`;
  let found = made.get(key);
  if (!found) made.set(key, (found = makeForceDocuments(site, forceId, lang)));
  return found;
}

function makeForceDocuments(site: Site, forceId: string, lang: Lang): ForceDocuments {
  const force = site.force(forceId);
  const documents = site.documentsOfForce(force.id);
  const covered = new Set(documents.map((d) => d.inspection));
  const inScope = site.corpus.inspections.filter((i) => site.forcesInScope(i).some((f) => f.id === force.id));
  return {
    documents: documents.map((d) => {
      const inspection = site.inspection(d.inspection);
      return {
        ...toDocumentSummary(site, d, text(lang, `kind.${d.kind}`), lang),
        inspection: siteLink(site, urls.inspection(inspection.id), inspection.title),
        inspectionPublished: formatDateIn(lang, inspection.published),
        year: inspectionYear(inspection),
        statuses: summarizeStatuses(d, inspection, lang),
      };
    }),
    missing: inScope.filter((i) => !covered.has(i.id)).map((i) => ({
      ...siteLink(site, urls.inspection(i.id), i.title),
      year: inspectionYear(i),
    })),
  };
}

/** An item's year, for `ofYear`. */
export const yearOfItem = (item: { year: string }) => item.year;

/** The years of a force's documents and missing inspections, newest first. */
export function forceYears(documents: readonly { year: string }[], missing: readonly { year: string }[]): string[] {
  return newestFirst([...documents, ...missing].map(yearOfItem));
}

/**
 * The years that have a page of a force's documents: those of its inspections (`forceYears` of
 * its documents and the inspections it has none for), found without summarising its documents.
 */
export function getForceYears(site: Site, forceId: string): string[] {
  return newestFirst(site.inspectionsOfForce(forceId).map(inspectionYear));
}

export interface ForceYearView {
  force: Link;
  year: string;
  documents: ForceDocumentItem[];
  missing: Link[];
  /** The neighbouring years' pages (older and newer), when there are. */
  older: Link | null;
  newer: Link | null;
  alternates: Alternate[];
}

/** One year of a force's documents: those on the inspections published that year, and those it lacks. */
export function toForceYearView(site: Site, forceId: string, year: string, lang: Lang = 'en'): ForceYearView {
  const force = site.force(forceId);
  const { documents, missing } = toForceDocuments(site, forceId, lang);
  const years = forceYears(documents, missing);
  const { previous, next } = neighbours(years, years.indexOf(year), (y) => siteLink(site, urls.forceYear(force.id, y), y));
  return {
    force: siteLink(site, urls.force(force.id), force.name),
    year,
    documents: ofYear(documents, year, yearOfItem),
    missing: ofYear(missing, year, yearOfItem).map(({ href, text }) => ({ href, text })),
    // Newest first: the next year in the list is the older.
    older: next,
    newer: previous,
    alternates: forceFeedLinks(site, force, lang).alternates,
  };
}
