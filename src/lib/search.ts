/**
 * The search's rules, in one place: which filters and orders there are, how a search is
 * written in the page's URL, what Pagefind is asked, and what the search page's
 * Content-Security-Policy adds. Used by the view models, the search page's script and tests.
 */

/** The filters, in the order the search page shows them. Each key is a Pagefind filter and a URL parameter. */
export const SEARCH_FILTERS = [
  { key: 'force', label: 'Force' },
  { key: 'region', label: 'Region' },
  { key: 'inspection', label: 'Inspection' },
  { key: 'kind', label: 'Type of page' },
  { key: 'year', label: 'Year' },
  { key: 'status', label: 'Status of a recommendation' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export const SEARCH_FILTER_KEYS = SEARCH_FILTERS.map((f) => f.key) as SearchFilterKey[];

/** The `kind` filter's values for the pages that are not documents. */
export const PAGE_KIND_LABELS = {
  inspection: 'Inspection report',
  comparison: 'Recommendation compared across forces',
} as const;

/**
 * The orders results can be shown in; `relevance` is Pagefind's own ranking. The two date
 * orders are separate Pagefind sort keys so that an undated page can have a value in each
 * that puts it last: Pagefind leaves out of a sorted search every page without its key.
 */
export const SEARCH_SORTS = [
  { id: 'relevance', label: 'Best match' },
  { id: 'newest', label: 'Newest first', direction: 'desc', undated: '0000-00-00' },
  { id: 'oldest', label: 'Oldest first', direction: 'asc', undated: '9999-12-31' },
] as const;

export type SearchSortId = (typeof SEARCH_SORTS)[number]['id'];

/** The URL parameter that holds the words searched for; the header's form uses it too. */
export const QUERY_PARAM = 'q';
/** The URL parameter that holds the order. */
export const SORT_PARAM = 'sort';

/** What a search asks: its words, the filter values chosen (any of them, per filter) and the order. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSortId;
}

/** Reads a search from a URL's query string; unknown parameters and orders are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v !== ''))];
    if (values.length) filters[key] = values;
  }
  const sort = params.get(SORT_PARAM);
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    sort: SEARCH_SORTS.some((s) => s.id === sort) ? (sort as SearchSortId) : 'relevance',
  };
}

/** Writes a search as a query string, in a fixed order, leaving out what is empty or the default. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const key of SEARCH_FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, state.sort);
  return params;
}

/** Whether the search asks anything at all (words or a filter). */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && Object.keys(state.filters).length === 0;
}

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort: Record<string, 'asc' | 'desc'>;
}

/** The options Pagefind's `search()` takes for a search: any of the values within a filter, every filter at once. */
export function toPagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const values = state.filters[key];
    if (values?.length) filters[key] = { any: values };
  }
  const sort = SEARCH_SORTS.find((s) => s.id === state.sort);
  return { filters, sort: sort && 'direction' in sort ? { [sort.id]: sort.direction } : {} };
}

/** The sort keys of a page dated `day` (`YYYY-MM-DD`), or of an undated page (`null`). */
export function toSortValues(day: string | null): { name: SearchSortId; value: string }[] {
  return SEARCH_SORTS.flatMap((s) => ('direction' in s ? [{ name: s.id, value: day ?? s.undated }] : []));
}

/** A sentence for screen readers and sighted users: "3 results for “vetting”, narrowed by Force: Suffolk Constabulary." */
export function describeResults(state: SearchState, count: number): string {
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  const words = state.query ? ` for “${state.query}”` : '';
  const narrowed = SEARCH_FILTERS.filter((f) => state.filters[f.key]?.length).map(
    (f) => `${f.label}: ${state.filters[f.key]!.join(' or ')}`,
  );
  return `${found}${words}${narrowed.length ? `, narrowed by ${narrowed.join('; ')}` : ''}.`;
}

/** A piece of an excerpt: text, and whether it is a match to highlight. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };

/**
 * Splits a Pagefind excerpt into plain text and matches. Pagefind marks matches with
 * `<mark>` and escapes `<` and `>` in the text; nothing else in it is treated as HTML, so
 * a page's text can never become markup on the search page.
 */
export function toExcerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [index, piece] of excerpt.split(/<\/?mark>/).entries()) {
    if (!piece) continue;
    parts.push({ text: piece.replace(/&(?:lt|gt|quot|#39|#x27|amp);/g, (e) => ENTITIES[e]!), match: index % 2 === 1 });
  }
  return parts;
}

/**
 * What the search page's Content-Security-Policy adds to the site's: Pagefind compiles its
 * WebAssembly ('wasm-unsafe-eval'), runs in a worker from the site and fetches its index
 * from the site. No other page gets these.
 */
export const SEARCH_PAGE_CSP = {
  scriptResources: ["'self'", "'wasm-unsafe-eval'"],
  directives: ["worker-src 'self'", "connect-src 'self'"],
} as const;
