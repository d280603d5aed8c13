/**
 * The lists of inspections: the inspections page (a link to each year), each year's page, and
 * the newest on the home page. At national scale there are several hundred, so a page per year.
 */
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import type { Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { inspectionKindIn, inspectionYear, neighbours, newestFirst, ofYear, siteLink, type Link } from './format.ts';

export interface InspectionListItem {
  link: Link;
  /** The inspection's data files, "CSV" and "JSON" (in a table row that names the inspection). */
  downloads: Link[];
  published: string;
  kind: string;
  recommendations: number;
  /** "1 recommendation", "5 recommendations". */
  recommendationsText: string;
  /** Forces in scope with at least one document on the site. */
  forcesWithDocuments: number;
  forcesInScope: number;
}

/** Every inspection (or those published in `year`), newest first, with how many forces in scope have a document. */
export function toInspectionList(site: Site, year?: string, lang: Lang = 'en'): InspectionListItem[] {
  const inspections = year ? ofYear(site.corpus.inspections, year, inspectionYear) : site.corpus.inspections;
  return inspections.map((inspection) => {
    const inScope = site.forcesInScope(inspection);
    const withDocuments = new Set(site.documentsOfInspection(inspection.id).map((r) => r.force));
    return {
      link: siteLink(site, urls.inspection(inspection.id), inspection.title),
      downloads: [siteLink(site, urls.inspectionCsv(inspection.id), text(lang, 'data.csv')), siteLink(site, urls.inspectionJson(inspection.id), text(lang, 'data.json'))],
      published: formatDateIn(lang, inspection.published),
      kind: capitalised(inspectionKindIn(lang, inspection.kind)),
      recommendations: inspection.recommendations.length,
      recommendationsText: count(lang, 'count.recommendation', inspection.recommendations.length),
      forcesWithDocuments: inScope.filter((f) => withDocuments.has(f.id)).length,
      forcesInScope: inScope.length,
    };
  });
}

/** The years in which inspections on the site were published, newest first. */
export function getInspectionYears(site: Site): string[] {
  return newestFirst(site.corpus.inspections.map(inspectionYear));
}

export interface InspectionYearsView {
  /** A page per year: at national scale there are several hundred inspections. */
  years: { link: Link; inspections: number }[];
}

/** The inspections page: a link to each year's inspections, with how many there are. */
export function toInspectionYearsView(site: Site): InspectionYearsView {
  return {
    years: getInspectionYears(site).map((year) => ({
      link: siteLink(site, urls.inspectionsOfYear(year), year),
      inspections: ofYear(site.corpus.inspections, year, inspectionYear).length,
    })),
  };
}

export interface InspectionYearView {
  year: string;
  inspections: InspectionListItem[];
  all: Link;
  older: Link | null;
  newer: Link | null;
}

/** The inspections published in one year, with links to the neighbouring years. */
export function toInspectionYearView(site: Site, year: string, lang: Lang = 'en'): InspectionYearView {
  const years = getInspectionYears(site);
  const { previous, next } = neighbours(years, years.indexOf(year), (y) => siteLink(site, urls.inspectionsOfYear(y), y));
  return {
    year,
    inspections: toInspectionList(site, year, lang),
    all: siteLink(site, urls.inspections(), text(lang, 'inspections.allYears')),
    // Newest first: the next year in the list is the older.
    older: next,
    newer: previous,
  };
}

/** A word as a table cell starts it: "thematig cenedlaethol" → "Thematig cenedlaethol". */
function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
