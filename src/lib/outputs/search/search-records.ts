/**
 * What the search index holds for each page: the records search-index.ts gives Pagefind
 * as custom records, not the built HTML. Each page's own words, and the facts its result
 * shows, come from the same loaded content the page is rendered from. Values are plain
 * text, never HTML. The search page's form (src/lib/views/search.ts) offers the facets found here.
 */
import type { Inspection, RecommendationWithHtml, ResponseDocument } from '../../content/model.ts';
import { earliestDay, formatDate, yearOf } from '../../basics/days.ts';
import { DOCUMENT_KINDS, documentKindLabel } from '../../basics/document-kinds.ts';
import { documentDate, documentTitle, inspectionKindLabel } from '../../site/documents.ts';
import { REGIONS } from '../../basics/regions.ts';
import { PAGE_KIND_LABELS, SEARCH_FILTERS, toSortValues, type SearchFilterKey, type SearchSortKey } from './search-options.ts';
import type { Site } from '../../site/site.ts';
import { STATUSES, statusLabel } from '../../basics/statuses.ts';
import { urls } from '../../basics/urls.ts';

/** One page's entry in the search index: its filter values, the facts a result shows, its sort keys. */
export interface SearchRecord {
  filters: { name: SearchFilterKey; value: string }[];
  /** `title`, `force`, `inspection`, `date`, `kind`, and `lang` for a page not in English. */
  meta: { name: string; value: string }[];
  sort: { name: SearchSortKey; value: string }[];
}

/** A page as the index gets it: its record, its address, its language and the words that are its own. */
export interface SearchEntry extends SearchRecord {
  /** The page's path from the site's root, without the base path: the search page adds it to each result. */
  url: string;
  /** The language the page's words are in (`en`, `cy`): Pagefind keeps an index per language. */
  language: string;
  /** The words searched: what the page says that no other page repeats, lines apart. */
  content: string;
  /**
   * What `content` is made from, where that is shorter to say: a document's heading line,
   * title and the digest of its file's text (`sourceDigest`, which with the loader's code
   * decides its text). The build digests this in its place to find which shards changed
   * (./search-index.ts), so it makes no document's text only to find it unchanged.
   */
  contentKey?: string;
}

/** A document's search record: every filter, and the statuses it gives any recommendation. */
export function toResponseSearchRecord(site: Site, document: ResponseDocument): SearchRecord {
  const force = site.force(document.force);
  const inspection = site.inspection(document.inspection);
  const kind = documentKindLabel(document.kind);
  const day = document.date ?? document.published ?? null;
  const given = new Set(Object.values(document.recommendations));
  return {
    filters: [
      { name: 'force', value: force.name },
      { name: 'region', value: force.region },
      { name: 'inspection', value: inspection.title },
      { name: 'kind', value: kind },
      ...(day ? [{ name: 'year' as const, value: String(yearOf(day)) }] : []),
      ...STATUSES.filter((s) => given.has(s.id)).map((s) => ({ name: 'status' as const, value: statusLabel(s.id) })),
    ],
    meta: [
      { name: 'title', value: documentTitle(site, document) },
      { name: 'force', value: force.name },
      { name: 'inspection', value: inspection.title },
      { name: 'date', value: documentDate(document) },
      { name: 'kind', value: kind },
      ...(document.lang === 'en' ? [] : [{ name: 'lang', value: document.lang }]),
    ],
    sort: toSortValues(day),
  };
}

/** An inspection report's search record: found by its title, year and kind of page. */
export function toInspectionSearchRecord(inspection: Inspection): SearchRecord {
  return {
    filters: [
      { name: 'inspection', value: inspection.title },
      { name: 'kind', value: PAGE_KIND_LABELS.inspection },
      { name: 'year', value: String(yearOf(inspection.published)) },
    ],
    meta: [
      { name: 'title', value: inspection.title },
      { name: 'date', value: `Published ${formatDate(inspection.published)}` },
      { name: 'kind', value: PAGE_KIND_LABELS.inspection },
    ],
    sort: toSortValues(earliestDay(inspection.published)),
  };
}

/** A comparison page's heading, as it shows it. */
function comparisonTitle(rec: RecommendationWithHtml): string {
  return `Recommendation ${rec.id}: ${rec.title}`;
}

/**
 * A comparison page's search record. It has no force, region, year or status of its own:
 * narrowing by those finds the documents, which the comparison page links to.
 */
export function toComparisonSearchRecord(inspection: Inspection, rec: RecommendationWithHtml): SearchRecord {
  return {
    filters: [
      { name: 'inspection', value: inspection.title },
      { name: 'kind', value: PAGE_KIND_LABELS.comparison },
    ],
    meta: [
      { name: 'title', value: comparisonTitle(rec) },
      { name: 'inspection', value: inspection.title },
      { name: 'date', value: `Report published ${formatDate(inspection.published)}` },
      { name: 'kind', value: PAGE_KIND_LABELS.comparison },
    ],
    sort: toSortValues(earliestDay(inspection.published)),
  };
}

/**
 * Every indexed page's entry, one at a time (a document's text is made only when its
 * `content` is read, so at most one page's at once): each
 * document with its heading line, title and the plain text the loader made once (the same
 * text the data files' sections are cut from); each inspection with its kind, title and
 * summary; each recommendation's comparison page with its title and text. An inspection's
 * recommendations are indexed on their comparison pages, and the comparison pages' quotes of
 * the documents on the documents' own pages: each text once, where it belongs.
 */
export function* toSearchEntries(site: Site): Generator<SearchEntry> {
  for (const document of site.corpus.responses) {
    const record = toResponseSearchRecord(site, document);
    const head = [`${site.force(document.force).name} · ${documentKindLabel(document.kind)}`, documentTitle(site, document)];
    yield {
      url: urls.response(document.id),
      language: document.lang,
      get content() {
        return [...head, document.text].join('\n');
      },
      contentKey: JSON.stringify([...head, document.sourceDigest]),
      ...record,
    };
  }
  for (const inspection of site.corpus.inspections) {
    const lines = [`${inspectionKindLabel(inspection.kind)} inspection`, inspection.title, inspection.text];
    yield { url: urls.inspection(inspection.id), language: 'en', content: lines.join('\n'), ...toInspectionSearchRecord(inspection) };
  }
  for (const inspection of site.corpus.inspections) {
    for (const rec of inspection.recommendations) {
      const lines = [comparisonTitle(rec), rec.plainText];
      yield { url: urls.comparison(inspection.id, rec.id), language: 'en', content: lines.join('\n'), ...toComparisonSearchRecord(inspection, rec) };
    }
  }
}

/** Every page's search record, in the order of the pages: documents, inspections, comparisons. */
export function getSearchRecords(site: Site): SearchRecord[] {
  return [
    ...site.corpus.responses.map((r) => toResponseSearchRecord(site, r)),
    ...site.corpus.inspections.map((i) => toInspectionSearchRecord(i)),
    ...site.corpus.inspections.flatMap((i) => i.recommendations.map((rec) => toComparisonSearchRecord(i, rec))),
  ];
}

/** The values each filter can take: exactly those some page has, in the order users expect. */
export function getSearchFacets(site: Site): Record<SearchFilterKey, string[]> {
  const found = new Map<SearchFilterKey, Set<string>>(SEARCH_FILTERS.map((f) => [f.key, new Set()]));
  for (const record of getSearchRecords(site)) for (const f of record.filters) found.get(f.name)!.add(f.value);
  const inOrder = (order: readonly string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const orders: Record<SearchFilterKey, (a: string, b: string) => number> = {
    force: (a, b) => a.localeCompare(b, 'en-GB'),
    region: inOrder(REGIONS),
    inspection: inOrder(site.corpus.inspections.map((i) => i.title)),
    kind: inOrder([...DOCUMENT_KINDS.map((k) => k.label), ...Object.values(PAGE_KIND_LABELS)]),
    year: (a, b) => Number(b) - Number(a),
    status: inOrder(STATUSES.map((s) => s.label)),
  };
  return Object.fromEntries(SEARCH_FILTERS.map((f) => [f.key, [...found.get(f.key)!].sort(orders[f.key])])) as Record<SearchFilterKey, string[]>;
}
