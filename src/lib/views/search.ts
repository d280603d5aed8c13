/**
 * The search page's view model: its form, with the values each filter can take (the facets
 * of the index's records, src/lib/outputs/search/search-records.ts), its sorts, and where the index is.
 */
import { CATALOGUES, LOCALES, text, type Lang, type PluralForms, type TextKey } from '../../i18n/index.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { formatDate } from '../basics/days.ts';
import { getSearchFacets } from '../outputs/search/search-records.ts';
import { PAGE_KIND_LABELS, SEARCH_FILTER_KEYS, SEARCH_FILTERS, SEARCH_SORTS, type SearchFilterKey, type SearchSortId, type SearchWords } from '../outputs/search/search-options.ts';
import type { Site } from '../site/site.ts';
import { DOCUMENT_KINDS } from '../basics/document-kinds.ts';
import { REGIONS, type Region } from '../basics/regions.ts';
import { STATUSES } from '../basics/statuses.ts';
import { urls, withBase } from '../basics/urls.ts';
import { pageHref, regionName, siteLink, type Link } from './format.ts';

export interface SearchPageView {
  /** The search page's own address: the form submits to it. */
  action: string;
  /** Where Pagefind's files are, ending in `/`. */
  bundle: string;
  /** The site's base path, which result links start with. */
  baseUrl: string;
  /**
   * Each filter with the values some page has. A filter `inBrowser` carries none (its
   * `options` are empty): the page fills them in when it is opened; `count` says how many.
   */
  filters: { key: SearchFilterKey; label: string; inBrowser: boolean; count: number; options: SearchOption[] }[];
  sorts: { id: SearchSortId; label: string }[];
  browse: { inspections: Link; forces: Link };
  /** What the page's script says (searching, results, failures), in the page's language. */
  words: SearchWords;
}

/**
 * One value of a filter: `value` is the index's own (English, as the data files have it, and
 * what the URL and Pagefind are given), `label` what the reader sees, in the page's language.
 */
export interface SearchOption {
  id: string;
  value: string;
  label: string;
}

/**
 * A filter's value as a page in `lang` shows it. The index holds one set of values for the
 * pages of both languages (English: a region's, a kind of page's and a status's English
 * names), so a Welsh page shows each through the catalogue and filters by the English one.
 * Names of forces and titles of inspections are shown as they are written.
 */
export function searchValueLabel(lang: Lang, key: SearchFilterKey, value: string): string {
  if (key === 'region' && (REGIONS as readonly string[]).includes(value)) return regionName(lang, value as Region);
  if (key === 'status') {
    const status = STATUSES.find((s) => s.label === value);
    if (status) return text(lang, `status.${status.id}`);
  }
  if (key === 'kind') {
    const kind = DOCUMENT_KINDS.find((k) => k.label === value);
    if (kind) return text(lang, `kind.${kind.id}`);
    const page = (Object.keys(PAGE_KIND_LABELS) as (keyof typeof PAGE_KIND_LABELS)[]).find((k) => PAGE_KIND_LABELS[k] === value);
    if (page) return text(lang, `search.kind.${page}`);
  }
  return value;
}

/** The search page: its form, with every filter's values, and where the index is. */
export function toSearchPageView(site: Site, lang: Lang = 'en'): SearchPageView {
  const facets = getSearchFacets(site);
  const shown: Record<string, string> = {};
  for (const f of SEARCH_FILTERS) {
    for (const value of facets[f.key]) {
      const label = searchValueLabel(lang, f.key, value);
      if (label !== value) shown[value] = label;
    }
  }
  return {
    action: pageHref(site, urls.search()),
    bundle: withBase(site.base, '/pagefind/'),
    // Results link to the pages in the reader's language.
    baseUrl: site.pagesBase ?? site.base,
    filters: SEARCH_FILTERS.map((f) => ({
      key: f.key,
      label: text(lang, `search.filter.${f.key}`),
      inBrowser: f.inBrowser,
      count: facets[f.key].length,
      options: f.inBrowser ? [] : facets[f.key].map((value, index) => ({ id: `search-${f.key}-${index}`, value, label: searchValueLabel(lang, f.key, value) })),
    })).filter((f) => f.count > 0),
    sorts: SEARCH_SORTS.map((s) => ({ id: s.id, label: text(lang, `search.sort.${s.id}`) })),
    browse: {
      inspections: siteLink(site, urls.inspections(), text(lang, 'search.browseInspections')),
      forces: siteLink(site, urls.forces(), text(lang, 'search.browseForces')),
    },
    // The script shows the index's values and facts the reader meets (a filter's values, a result's kind, title and date) in the page's language; an English page has none to change.
    words: lang === 'en' ? toSearchWords(lang) : { ...toSearchWords(lang), values: { ...shown, [text('en', 'document.undated')]: text(lang, 'document.undated') }, ...toSearchFacts(lang) },
  };
}

/**
 * How the search page's script says a result's made-up title and its date line in `lang`: the
 * English sentences the index's records are made with (search-records.ts, documents.ts), each
 * with the catalogue's sentence in `lang`, and the months of a date.
 */
export function toSearchFacts(lang: Lang): Required<Pick<SearchWords, 'forms' | 'months'>> {
  const pair = (key: TextKey): [string, string] => [text('en', key), CATALOGUES[lang][key] as string];
  const months: Record<string, string> = {};
  for (let month = 1; month <= 12; month++) {
    const day = `2000-${String(month).padStart(2, '0')}-15`;
    months[formatDate(day).split(' ')[1]!] = formatDateIn(lang, day).split(' ')[1]!;
  }
  return {
    forms: [
      pair('title.pcc-response'), pair('title.force-response'), pair('title.inspectorate-letter'),
      pair('compare.heading'), pair('document.publishedOn'),
      [`${text('en', 'compare.reportPublished')} {date}`, `${text(lang, 'compare.reportPublished')} {date}`],
    ],
    months,
  };
}

/** The search page script's words in `lang`, from the catalogue. */
export function toSearchWords(lang: Lang): SearchWords {
  return {
    locale: LOCALES[lang],
    prompt: text(lang, 'searchScript.prompt'),
    searching: text(lang, 'searchScript.searching'),
    failed: text(lang, 'searchScript.failed'),
    loadingChoices: text(lang, 'searchScript.loadingChoices'),
    choicesFailed: text(lang, 'searchScript.choicesFailed'),
    shownOf: CATALOGUES[lang]['searchScript.shownOf'] as string,
    noResults: text(lang, 'searchScript.noResults'),
    results: CATALOGUES[lang]['count.result'] as PluralForms,
    for: CATALOGUES[lang]['searchScript.for'] as string,
    narrowed: CATALOGUES[lang]['searchScript.narrowed'] as string,
    or: text(lang, 'searchScript.or'),
    filters: Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, text(lang, `search.filter.${key}`)])) as Record<SearchFilterKey, string>,
    inspectionTitle: CATALOGUES[lang]['searchScript.inspectionTitle'] as string,
    comparisonTitle: CATALOGUES[lang]['searchScript.comparisonTitle'] as string,
  };
}
