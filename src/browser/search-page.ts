/**
 * The search page in the browser: reads the search from the URL, asks Pagefind, and shows
 * the results in the page's own markup. Every search is a URL (`?q=…&force=…&sort=…`), so it
 * can be shared, and each one the reader makes is a history entry the back button returns to.
 * Everything from the index is put in the page as text; only matches become <mark>.
 */
import {
  describeResults, isEmptySearch, narrowChoices, parseSearchState, resultTitle, toExcerptParts, toPagefindOptions, toSearchParams,
  withUndatedLast, fillIn, shownFact, shownValue, RESULTS_PAGE_SIZE, type SearchFilterKey, type SearchState, type SearchWords,
} from '../lib/outputs/search/search-options.ts';
import { openShardedSearch, SHARD_MANIFEST, type PagefindModule, type SearchManifest, type ShardedSearch } from '../lib/outputs/search/search-shards.ts';
import { firstResultsPath, preparedQueryOf, underBase, type FirstResults, type ResultData } from '../lib/outputs/search/first-results.ts';

/** A result as Pagefind gives it. */
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

type Pagefind = ShardedSearch<Result>;

/** Finds the search page's parts and starts it; does nothing on a page without them. */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const bundle = root.dataset.bundle!;
  const baseUrl = root.dataset.baseUrl!;
  // The page's words, in its language (src/lib/views/search.ts).
  const words = JSON.parse(root.dataset.words!) as SearchWords;

  /** Reads a JSON file of the search bundle, asking the server whether it changed (the index and its files change together). */
  const readJson = async (url: string) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<unknown>;
  };

  let manifest: Promise<SearchManifest> | undefined;
  /** The shard list, read once: it says which words are prepared, and Pagefind's search opens its shards. */
  const readManifest = () => (manifest ??= readJson(`${bundle}${SHARD_MANIFEST}`) as Promise<SearchManifest>);

  let pagefind: Promise<Pagefind> | undefined;
  /** Loads Pagefind once, with every shard of the index (each language's among them), searched as one. */
  const load = () =>
    (pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule<Result>;
      return openShardedSearch(module, { bundle: new URL(bundle, location.href).href, baseUrl, manifest: readManifest(), readJson });
    })());

  /** Every page the search finds, in its order, from Pagefind. */
  async function searchAll(state: SearchState): Promise<Result[]> {
    const pf = await load();
    const options = toPagefindOptions(state);
    const term = state.query || null;
    // A search in date order leaves out undated pages (they have no date to sort by): the same search unordered finds them, to go last.
    const [sorted, all] = await Promise.all([pf.search(term, options), Object.keys(options.sort).length ? pf.search(term, { ...options, sort: {} }) : null]);
    return all ? withUndatedLast(sorted, all) : sorted;
  }

  /** The build's first page of results for a search for one of the commonest words (first-results.ts), if it is one. */
  async function readPrepared(state: SearchState): Promise<FirstResults | undefined> {
    const word = preparedQueryOf(state);
    if (!word) return undefined;
    try {
      if (!(await readManifest()).firstResults?.includes(word)) return undefined;
      return (await readJson(`${bundle}${firstResultsPath(word)}`)) as FirstResults;
    } catch (error) {
      // Pagefind answers: the page still works, and the error is there for whoever looks.
      console.warn(error);
      return undefined;
    }
  }

  let latest = 0;
  let showMore: (() => Promise<void>) | undefined;

  async function run(state: SearchState): Promise<void> {
    const ticket = ++latest;
    showInForm(form, state, words);
    list.replaceChildren();
    more.hidden = true;
    showMore = undefined;
    if (isEmptySearch(state)) {
      status.textContent = words.prompt;
      return;
    }
    status.textContent = words.searching;
    try {
      const prepared = await readPrepared(state);
      if (ticket !== latest) return;
      // The whole search, from Pagefind: at once, or, for a prepared word, once the reader asks for more.
      let results: Promise<Result[]> | undefined;
      let shown = 0;
      let said = '';
      showMore = async () => {
        // After a prepared first page, the first "more" loads Pagefind: the status says so meanwhile.
        if (!results && said) status.textContent = words.searching;
        try {
          const all = await (results ??= searchAll(state));
          const batch = await Promise.all(all.slice(shown, shown + RESULTS_PAGE_SIZE).map((r) => r.data()));
          if (ticket !== latest) return;
          shown += batch.length;
          list.append(...batch.map((data) => toResultItem(data, words)));
          more.hidden = shown >= all.length;
          if (said) status.textContent = said;
        } catch (error) {
          if (ticket !== latest || !said) throw error;
          status.textContent = words.failed;
          console.error(error);
        }
      };
      let count: number;
      if (prepared) {
        shown = prepared.results.length;
        list.append(...prepared.results.map((data) => toResultItem({ ...data, url: underBase(baseUrl, data.url) }, words)));
        more.hidden = shown >= prepared.count;
        count = prepared.count;
      } else {
        await showMore();
        count = (await results!).length;
      }
      // Said once the first results are on the page, so what is announced is what is there.
      said = describeResults(state, count, words);
      if (ticket === latest) status.textContent = said;
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = words.failed;
      console.error(error);
    }
  }

  /** Makes `state` the page's search: a new history entry if it differs from the current one. */
  function go(state: SearchState): void {
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  }

  const readForm = () => parseSearchState(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(readForm());
  });
  // Filters and order apply as soon as they change; the words apply when the form is sent.
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'checkbox')) go(readForm());
  });
  more.addEventListener('click', async () => {
    const before = list.children.length;
    await showMore?.();
    list.children[before]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => void run(parseSearchState(new URLSearchParams(location.search))));
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-in-browser]')) fillInBrowser(details, load, words);

  // CSS (`scripting: enabled`) hides the fallback from the first paint; this is for browsers without that media feature.
  root.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
  void run(parseSearchState(new URLSearchParams(location.search)));
}

/**
 * A filter whose values the page does not carry: when the reader first opens it, its values
 * come from the index as checkboxes, and typing in its box narrows them to those containing
 * the words. The values chosen stay listed, first, whatever is typed.
 */
function fillInBrowser(details: HTMLDetailsElement, load: () => Promise<Pagefind>, words: SearchWords): void {
  const key = details.dataset.filter as SearchFilterKey;
  const narrow = details.querySelector<HTMLInputElement>('[data-narrow]')!;
  const said = details.querySelector<HTMLElement>('[data-narrow-status]')!;
  let values: string[] | undefined;
  const show = () => {
    if (!values) return;
    const chosen = checkedValues(details);
    const shown = narrowChoices(values, narrow.value).filter((v) => !chosen.includes(v));
    setChoices(details, key, [...chosen, ...shown], chosen, words);
    said.textContent = narrow.value.trim() ? fillIn(words.shownOf, { n: shown.length, of: values.length }) : '';
  };
  details.addEventListener('toggle', async () => {
    if (!details.open || values) return;
    said.textContent = words.loadingChoices;
    try {
      values = Object.keys((await (await load()).filters())[key] ?? {});
      said.textContent = '';
      show();
    } catch (error) {
      said.textContent = words.choicesFailed;
      console.error(error);
    }
  });
  narrow.addEventListener('input', show);
}

function checkedValues(details: HTMLDetailsElement): string[] {
  return [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((box) => box.value);
}

/** Replaces a filter's checkboxes with one per value, `chosen` ones checked. */
function setChoices(details: HTMLDetailsElement, key: SearchFilterKey, values: readonly string[], chosen: readonly string[], words: SearchWords): void {
  const choices = details.querySelector<HTMLElement>('[data-choices]')!;
  choices.replaceChildren(...values.map((value, index) => {
    const choice = document.createElement('div');
    choice.className = 'choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `search-${key}-${index}`;
    box.name = key;
    box.value = value;
    box.checked = chosen.includes(value);
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = shownValue(value, words);
    choice.append(box, label);
    return choice;
  }));
}

/** Sets the form's fields to a search, opening the filters that have a value chosen. */
function showInForm(form: HTMLFormElement, state: SearchState, words: SearchWords): void {
  form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.query;
  form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
    const chosen = state.filters[details.dataset.filter as keyof SearchState['filters']] ?? [];
    // A filter filled in the browser keeps its chosen values as boxes, so the form still holds them before it is opened.
    if (details.hasAttribute('data-in-browser')) {
      const listed = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.value);
      const missing = chosen.filter((v) => !listed.includes(v));
      if (missing.length) setChoices(details, details.dataset.filter as SearchFilterKey, [...missing, ...listed], chosen, words);
    }
    let any = false;
    for (const box of details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = chosen.includes(box.value);
      any ||= box.checked;
    }
    if (any) details.open = true;
  }
}

/** One result: the title as a link, its force, inspection, date and kind, and the excerpt. */
function toResultItem(data: ResultData, words: SearchWords): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = resultTitle(data.meta, data.url, words);
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'meta';
  facts.textContent = [data.meta.force, data.meta.inspection, data.meta.date && shownFact(data.meta.date, words), data.meta.kind && shownValue(data.meta.kind, words)].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  for (const part of toExcerptParts(data.excerpt)) {
    if (!part.match) excerpt.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
  }
  // The excerpt is the document's own words; the title may be the site's (English) one. A
  // document's words are English unless the index says otherwise, which a Welsh page must mark.
  if (data.meta.lang) excerpt.lang = data.meta.lang;
  else if (!words.locale.startsWith('en')) excerpt.lang = 'en';
  item.append(heading, facts, excerpt);
  return item;
}
