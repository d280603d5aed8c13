/** The home page: what the site holds, the newest documents and the newest inspections. */
import { text, type Lang } from '../../i18n/index.ts';
import { byDocumentDateDesc, type Site } from '../site/site.ts';
import { urls } from '../basics/urls.ts';
import { siteFeedLinks, siteLink, toDocumentSummary, type Alternate, type DocumentSummary, type Link } from './format.ts';
import { toInspectionList, type InspectionListItem } from './inspection-list.ts';

export interface HomeView {
  counts: { forces: number; inspections: number; documents: number; forcesWithDocuments: number };
  latest: (DocumentSummary & { force: string })[];
  /** The newest inspections; the rest are on the inspections' pages, a page per year. */
  inspections: InspectionListItem[];
  allInspections: Link;
  alternates: Alternate[];
}

/** The home page: what the site holds, newest documents and inspections first. */
export function toHomeView(site: Site, latestCount = 10, inspectionCount = 10, lang: Lang = 'en'): HomeView {
  const { corpus } = site;
  return {
    counts: {
      forces: corpus.forces.length,
      inspections: corpus.inspections.length,
      // A response in two languages is one: `site.documents` holds the reader's language's of each pair.
      documents: site.documents.length,
      forcesWithDocuments: new Set(site.documents.map((r) => r.force)).size,
    },
    latest: [...site.documents].sort(byDocumentDateDesc).slice(0, latestCount).map((r) => ({
      ...toDocumentSummary(site, r, undefined, lang),
      force: site.force(r.force).name,
    })),
    inspections: toInspectionList(site, undefined, lang).slice(0, inspectionCount),
    allInspections: siteLink(site, urls.inspections(), text(lang, 'home.allInspections', { n: corpus.inspections.length })),
    alternates: siteFeedLinks(site, text(lang, 'feed.site'), lang).alternates,
  };
}
