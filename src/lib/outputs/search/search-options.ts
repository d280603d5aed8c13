/**
 * The search's rules, in one place: which filters and orders there are, how a search is
 * written in the page's URL, what Pagefind is asked, and what the search page's
 * Content-Security-Policy adds. Used by the view models, the search page's script and tests.
 */

/**
 * The filters, in the order the search page shows them. Each key is a Pagefind filter and a
 * URL parameter. The values of a filter `inBrowser` grow with the archive (43 forces, hundreds
 * of inspections): the page does not carry them, but fills them in from the index when the
 * reader opens the filter, with a box to narrow them by a word.
 */
export const SEARCH_FILTERS = [
  { key: 'force', label: 'Force', inBrowser: true },
  { key: 'region', label: 'Region', inBrowser: false },
  { key: 'inspection', label: 'Inspection', inBrowser: true },
  { key: 'kind', label: 'Type of page', inBrowser: false },
  { key: 'year', label: 'Year', inBrowser: false },
  { key: 'status', label: 'Status of a recommendation', inBrowser: false },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export const SEARCH_FILTER_KEYS = SEARCH_FILTERS.map((f) => f.key) as SearchFilterKey[];

/** The `kind` filter's values for the pages that are not documents. */
export const PAGE_KIND_LABELS = {
  inspection: 'Inspection report',
  comparison: 'Recommendation compared across forces',
} as const;

/**
 * A result's heading, saying whose page it is: a document's names its force first ("Kent
 * Police: Response to …"), so five responses to one report read as five forces; an
 * inspection's and a comparison page's say what kind of page they are.
 */
export function resultTitle(meta: { title?: string | undefined; force?: string | undefined; kind?: string | undefined }, fallback: string, words: SearchWords): string {
  const title = meta.title === undefined ? fallback : shownFact(meta.title, words);
  if (meta.force) return title.includes(meta.force) ? title : `${meta.force}: ${title}`;
  if (meta.kind === PAGE_KIND_LABELS.inspection) return fillIn(words.inspectionTitle, { title });
  if (meta.kind === PAGE_KIND_LABELS.comparison) return fillIn(words.comparisonTitle, { title });
  return title;
}

/**
 * The words the search page's script says, in the page's language: the page gives them
 * (src/lib/views/search.ts, from the catalogue), so the script carries no words of its own.
 * `{name}` marks a value; `results` has one form per plural category of `locale`.
 */
export interface SearchWords {
  locale: string;
  prompt: string;
  searching: string;
  failed: string;
  loadingChoices: string;
  choicesFailed: string;
  shownOf: string;
  noResults: string;
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  for: string;
  narrowed: string;
  or: string;
  filters: Record<SearchFilterKey, string>;
  inspectionTitle: string;
  comparisonTitle: string;
  /**
   * The index's values (English: regions, kinds of page, statuses) as the page's language
   * says them, where it says them otherwise; left out on an English page.
   */
  values?: Record<string, string>;
  /**
   * The index's facts made from a sentence (a result's made-up title, its date line), as pairs
   * of the English sentence and the page's: `["Published {date}", "Cyhoeddwyd {date}"]`; left
   * out on an English page.
   */
  forms?: [string, string][];
  /** The English months as the page's language names them in a date ("September": "Medi"); left out on an English page. */
  months?: Record<string, string>;
}

/** One of the index's values as the reader is shown it: in the page's language where `words` gives it so. */
export function shownValue(value: string, words: Pick<SearchWords, 'values'>): string {
  return words.values && Object.hasOwn(words.values, value) ? words.values[value]! : value;
}

/**
 * One of the index's facts (a result's title or date, in English as the index has it) as the
 * reader is shown it: a value the page names otherwise, a sentence of `forms` filled with the
 * parts it had (a `{date}` with its month in the page's language), or a date alone; else as it is.
 */
export function shownFact(fact: string, words: Pick<SearchWords, 'values' | 'forms' | 'months'>): string {
  if (words.values && Object.hasOwn(words.values, fact)) return words.values[fact]!;
  for (const [english, shown] of words.forms ?? []) {
    const names = [...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    const pattern = new RegExp(`^${english.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+)')}$`);
    const match = pattern.exec(fact);
    if (match) return fillIn(shown, Object.fromEntries(names.map((name, i) => [name, name === 'date' ? shownDate(match[i + 1]!, words) : match[i + 1]!])));
  }
  return shownDate(fact, words);
}

/** A date as the index writes it ("27 September 2019", "September 2019") with its month in the page's language; anything else as it is. */
function shownDate(date: string, words: Pick<SearchWords, 'months'>): string {
  const match = /^(\d{1,2} )?(\p{Lu}\p{Ll}+) (\d{4})$/u.exec(date);
  if (!match || !words.months || !Object.hasOwn(words.months, match[2]!)) return date;
  return `${match[1] ?? ''}${words.months[match[2]!]} ${match[3]}`;
}

/** `{name}` in `template` replaced by `values.name` (as i18n/index.ts `fill`, which the script does not import: it would bring every catalogue into the page). */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The orders results can be shown in; `relevance` is Pagefind's own ranking. Both date
 * orders use one Pagefind sort key, `date`, which only dated pages have: Pagefind leaves out
 * of a sorted search every page without the key, so the search page puts the undated pages
 * that match after the dated ones (`withUndatedLast`). One key, not one per order, because
 * each key is a list of every page in the metadata every first search downloads.
 */
export const SEARCH_SORTS = [
  { id: 'relevance', label: 'Best match' },
  { id: 'newest', label: 'Newest first', direction: 'desc' },
  { id: 'oldest', label: 'Oldest first', direction: 'asc' },
] as const;

/** The one sort key of the index: a page's day, `YYYY-MM-DD`. */
export const DATE_SORT_KEY = 'date';
export type SearchSortKey = typeof DATE_SORT_KEY;

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

/** Results shown at first, and each time the reader asks for more (each downloads its excerpt). */
export const RESULTS_PAGE_SIZE = 10;

/** Words of a result's excerpt, in every search: the page's and the build's prepared first pages'. */
export const EXCERPT_LENGTH = 30;

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
  return { filters, sort: sort && 'direction' in sort ? { [DATE_SORT_KEY]: sort.direction } : {} };
}

/** The sort keys of a page dated `day` (`YYYY-MM-DD`); an undated page (`null`) has none. */
export function toSortValues(day: string | null): { name: SearchSortKey; value: string }[] {
  return day ? [{ name: DATE_SORT_KEY, value: day }] : [];
}

/**
 * A search in date order: the pages Pagefind sorted (the dated ones), then the matching
 * pages it left out for having no date, in its order of relevance. `all` is the same search
 * without the order.
 */
export function withUndatedLast<T extends { id: string }>(sorted: readonly T[], all: readonly T[]): T[] {
  const dated = new Set(sorted.map((r) => r.id));
  return [...sorted, ...all.filter((r) => !dated.has(r.id))];
}

/** A sentence for screen readers and sighted users: "3 results for “vetting”, narrowed by Force: Suffolk Constabulary." */
export function describeResults(state: SearchState, count: number, words: SearchWords): string {
  const form = words.results[new Intl.PluralRules(words.locale).select(count)] ?? words.results.other;
  let found = count === 0 ? words.noResults : fillIn(form, { n: count });
  if (state.query) found = fillIn(words.for, { found, query: state.query });
  const narrowed = SEARCH_FILTERS.filter((f) => state.filters[f.key]?.length).map(
    (f) => `${words.filters[f.key]}: ${state.filters[f.key]!.map((v) => shownValue(v, words)).join(` ${words.or} `)}`,
  );
  return `${narrowed.length ? fillIn(words.narrowed, { found, filters: narrowed.join('; ') }) : found}.`;
}

/** The values to offer in a filter filled in by the browser, from the index's values: those containing every word typed, in alphabetical order. */
export function narrowChoices(values: readonly string[], typed: string): string[] {
  const words = typed.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return values
    .filter((value) => words.every((word) => value.toLocaleLowerCase('en-GB').includes(word)))
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
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
