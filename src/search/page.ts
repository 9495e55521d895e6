/**
 * The search page in the browser: reads its state from the URL, runs the search (engine.ts) on
 * load and as the reader types or ticks filters, renders results with highlighted excerpts, and
 * keeps the URL in step so every view can be shared. Strings come from the page's config (i18n).
 *
 * Hooks other tools rely on: result links inside #search-results, the count in #search-count
 * (also as data-count once a search has finished), the "show more" button #search-more (hidden
 * when everything is shown), the order #search-sort, and #search-suggestions, the nearest
 * phrases that do match when nothing does (links).
 */
import { scriptLookup } from './chinese.ts';
import { runSearch, SearchIndex, Searcher, suggestions, unquote, type Hit, type PagefindApi, type SearchOutcome, type Suggestion } from './engine.ts';
import { excerpt, findMatches, highlight, textFragment, type Segment } from './match.ts';
import { emptyFilters, parseSearchParams, searchQueryString, SORT_ORDERS, type SearchState, type SortOrder } from './params.ts';
import { ROW_FIELDS, HEADING_FIELDS, RECORD_LANGUAGE, rowTextPath, TABLE_FILE, type FilterKey, type RowText, searchTableFromFile, type SearchTableFile, type TableDocument } from './records.ts';
import { documentLabelOf, wordCosts, type SearchPageConfig } from './config.ts';

export interface SearchStrings {
  /** "{n}" rows contain "{q}". */
  count: string;
  searching: string;
  prompt: string;
  /** "{n}" more rows. */
  more: string;
  error: string;
  /** The query was also searched as "{variants}". */
  variants: string;
  clearFilters: string;
  /** Field labels, in ROW_FIELDS order. */
  fields: string[];
  /** No row contains "{q}". */
  none: string;
  suggestionsLead: string;
  /** "({n} rows)" after a suggestion. */
  suggestionCount: string;
}

export interface PageConfig extends SearchPageConfig {
  strings: SearchStrings;
  /** Site name appended to the document title. */
  siteName: string;
  /** Title of the page without a query. */
  title: string;
}

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** How long a search runs before the page says it is searching (search() tells why). */
const SEARCHING_STATUS_DELAY_MS = 300;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function renderSegments(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.match ? element('mark', {}, [s.text]) : document.createTextNode(s.text)));
}

/**
 * Loads Pagefind. Its JavaScript picks the language to search in from <html lang>, and on a
 * Chinese page it would re-segment our bigram query with the browser's word segmenter; our records
 * are in a language it does not segment, so the page's lang is switched to that language for the
 * instant Pagefind reads it (synchronously, inside init()) and switched back at once.
 */
async function loadPagefind(bundle: string): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  // noWorker: Pagefind would otherwise fetch a second copy of its glue code (pagefind-worker.js,
  // 12 kB gzip) and pass every word search through a message round trip; our searches are many
  // small word lookups, cheap enough for the main thread.
  await pagefind.options({ exactDiacritics: true, noWorker: true });
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', RECORD_LANGUAGE);
  let ready: Promise<void>;
  try {
    ready = pagefind.init();
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
  await ready;
  return pagefind;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search: ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Pagefind and the search table, loaded side by side (records.ts says what the table holds). */
async function loadSearcher(bundle: string): Promise<Searcher> {
  const [pagefind, table] = await Promise.all([loadPagefind(bundle), fetchJson<SearchTableFile>(`${bundle}${TABLE_FILE}`).then(searchTableFromFile)]);
  return new Searcher(pagefind, new SearchIndex(table));
}

interface ShownRow {
  document: TableDocument;
  text: RowText;
  dimension: string | undefined;
}

export function startSearchPage(config: PageConfig): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const count = document.getElementById('search-count') as HTMLElement;
  const note = document.getElementById('search-note') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filterBox = document.getElementById('search-filters') as HTMLElement;
  const sortBox = document.getElementById('search-sort') as HTMLSelectElement;
  const sortControl = sortBox.parentElement as HTMLElement;
  const suggestionBox = document.getElementById('search-suggestions') as HTMLElement;
  const engineConfig = { lookup: scriptLookup(config.script), includeCharacters: new Set(config.includeCharacters), costs: wordCosts(config.commonWords) };
  const labelOf = new Map(config.facets.flatMap((f) => f.values.map((v) => [`${f.key}:${v.value}`, v.label] as const)));
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-Hant', { granularity: 'word' }) : undefined;
  let searcher: Promise<Searcher> | null = null;
  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  let generation = 0;
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let dropped = 0;

  const api = () => (searcher ??= loadSearcher(config.bundle));

  /** Shows a status; `n` marks a finished search (data-count, with the query in data-q). */
  function setCount(text: string, n?: number): void {
    count.textContent = text;
    if (n === undefined) {
      count.removeAttribute('data-count');
      count.removeAttribute('data-q');
    } else {
      count.setAttribute('data-count', String(n));
      count.setAttribute('data-q', state.q);
    }
  }

  function updateUrl(): void {
    const query = searchQueryString(state);
    history.replaceState(null, '', `${location.pathname}${query}`);
    const q = unquote(state.q).trim();
    document.title = q ? `「${q}」｜${config.title}｜${config.siteName}` : `${config.title}｜${config.siteName}`;
  }

  function total(): number {
    return outcome ? outcome.hits.length - dropped : 0;
  }

  function showCount(): void {
    const q = unquote(state.q).trim();
    setCount(fill(total() === 0 ? config.strings.none : config.strings.count, { n: total(), q }), total());
    sortControl.hidden = total() === 0;
    // Tell the reader when other spellings than the typed one were searched (Simplified input).
    const others = outcome ? outcome.variants.filter((v) => v !== outcome!.key) : [];
    note.textContent = others.length > 0 ? fill(config.strings.variants, { variants: others.map((v) => `「${v}」`).join('、') }) : '';
    note.hidden = others.length === 0;
  }

  /** The nearest phrases that match, each a link to its search under the same order and filters. */
  function renderSuggestions(list: readonly Suggestion[]): void {
    suggestionBox.replaceChildren();
    suggestionBox.hidden = list.length === 0;
    if (list.length === 0) return;
    const items = list.map((s) =>
      element('li', {}, [
        element('a', { href: `${location.pathname}${searchQueryString({ ...state, q: s.q })}` }, [`「${s.q}」`]),
        fill(config.strings.suggestionCount, { n: s.count }),
      ]),
    );
    suggestionBox.append(element('p', {}, [config.strings.suggestionsLead]), element('ul', {}, items));
  }

  function renderFilters(): void {
    filterBox.replaceChildren();
    if (!outcome || outcome.key === '') {
      filterBox.hidden = true;
      return;
    }
    filterBox.hidden = false;
    for (const facet of config.facets) {
      const counts = outcome.counts[facet.key];
      const selected = new Set(state.filters[facet.key]);
      const values = facet.values.filter((v) => (counts[v.value] ?? 0) > 0 || selected.has(v.value));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', { className: 'search-facet' }, [element('legend', {}, [facet.label])]);
      let group: string | undefined;
      let ul = element('ul');
      for (const value of values) {
        if (value.group !== group) {
          group = value.group;
          if (ul.childElementCount > 0) fieldset.append(ul);
          if (group) fieldset.append(element('p', { className: 'search-facet-group' }, [group]));
          ul = element('ul');
        }
        const box = element('input', { type: 'checkbox', name: facet.key, value: value.value, checked: selected.has(value.value) });
        box.addEventListener('change', () => {
          const values = new Set(state.filters[facet.key]);
          if (box.checked) values.add(value.value);
          else values.delete(value.value);
          state = { ...state, filters: { ...state.filters, [facet.key]: [...values] } };
          void search({ focusKey: `${facet.key}:${value.value}` });
        });
        const n = counts[value.value] ?? 0;
        ul.append(element('li', {}, [element('label', {}, [box, ` ${value.label} `, element('span', { className: 'search-facet-count' }, [`(${n})`])])]));
      }
      fieldset.append(ul);
      filterBox.append(fieldset);
    }
    if (Object.values(state.filters).some((v) => v.length > 0)) {
      const clear = element('button', { type: 'button', className: 'search-clear' }, [config.strings.clearFilters]);
      clear.addEventListener('click', () => {
        state = { ...state, filters: emptyFilters() };
        void search({});
        input.focus();
      });
      filterBox.append(clear);
    }
  }

  async function loadRow(index: SearchIndex, hit: Hit): Promise<ShownRow> {
    const { doc, index: rowIndex } = index.place(hit.row);
    const document = index.table.documents[doc];
    const text = await fetchJson<RowText>(`${config.bundle}${rowTextPath(document.id, rowIndex)}`);
    return { document, text, dimension: index.values(hit.row, 'dimension')[0] };
  }

  function renderHit(row: ShownRow, keys: readonly string[]): HTMLLIElement | null {
    const ranges = row.text.fields.map((text) => findMatches(text, keys));
    const firstField = ranges.findIndex((r) => r.length > 0);
    // Pagefind found the phrase in this record's words; check it against the text as written.
    if (firstField < 0) return null;
    const fragmentHash = textFragment(row.text.fields[firstField], ranges[firstField][0], segmenter) ?? '';
    const heading: Node[] = [];
    HEADING_FIELDS.forEach((_, i) => {
      const text = row.text.fields[i];
      if (!text) return;
      if (heading.length > 0) heading.push(element('span', { className: 'search-hit-sep', ariaHidden: 'true' }, [' › ']));
      heading.push(...renderSegments(highlight(text, ranges[i])));
    });
    const link = element('a', { href: `${row.text.url}${fragmentHash}` }, heading);
    const context = [documentLabelOf(config, row.document)];
    if (row.dimension) context.push(labelOf.get(`dimension:${row.dimension}`) ?? row.dimension);
    const item = element('li', { className: 'search-hit' }, [
      element('p', { className: 'search-hit-doc' }, [context.join(' · ')]),
      element('h2', { className: 'search-hit-title' }, [link]),
    ]);
    // The body field holding the first body match, else the first non-empty body field as context.
    const bodyFields = ROW_FIELDS.map((_, i) => i).filter((i) => i >= HEADING_FIELDS.length && row.text.fields[i]);
    const shownField = bodyFields.find((i) => ranges[i].length > 0) ?? bodyFields.find((i) => ROW_FIELDS[i] !== 'unitsText');
    if (shownField !== undefined) {
      const cut = excerpt(row.text.fields[shownField], ranges[shownField]);
      item.append(
        element('p', { className: 'search-hit-excerpt' }, [
          element('span', { className: 'search-hit-field' }, [`${config.strings.fields[shownField]}：`]),
          cut.cutBefore ? '…' : '',
          ...renderSegments(cut.segments),
          cut.cutAfter ? '…' : '',
        ]),
      );
    }
    return item;
  }

  /** Shows the next page of results; `whileLoading` runs once their texts have been asked for. */
  async function showMore(runId: number, focusFirst: boolean, whileLoading?: () => void): Promise<void> {
    if (!outcome) return;
    const batch = outcome.hits.slice(shown, shown + config.pageSize);
    shown += batch.length;
    const index = (await api()).index;
    const loading = Promise.all(batch.map((hit) => loadRow(index, hit)));
    whileLoading?.();
    const rows = await loading;
    if (runId !== generation) return;
    let firstLink: HTMLAnchorElement | null = null;
    for (const row of rows) {
      const item = renderHit(row, outcome.variants);
      if (!item) {
        dropped++;
        console.warn(`search: ${row.text.url} was returned for "${outcome.key}" but its text does not contain it`);
        continue;
      }
      list.append(item);
      firstLink ??= item.querySelector('a');
    }
    if (dropped > 0) showCount();
    const remaining = outcome.hits.length - shown;
    more.hidden = remaining <= 0;
    more.disabled = remaining <= 0;
    if (remaining > 0) more.textContent = fill(config.strings.more, { n: Math.min(remaining, config.pageSize), total: remaining });
    if (focusFirst && firstLink) firstLink.focus();
    list.setAttribute('aria-busy', 'false');
  }

  async function search(options: { focusKey?: string }): Promise<void> {
    const runId = ++generation;
    const q = state.q.trim();
    if (q === '') {
      outcome = null;
      list.replaceChildren();
      more.hidden = true;
      setCount(config.strings.prompt);
      note.hidden = true;
      sortControl.hidden = true;
      renderSuggestions([]);
      renderFilters();
      updateUrl();
      return;
    }
    // The previous count stays on screen until the answer replaces it, unless the answer takes
    // long enough for the reader to wonder: a quick search does not flash (or have read out) a
    // status in between. The count's data-count goes at once, as it marks a finished search.
    count.removeAttribute('data-count');
    count.removeAttribute('data-q');
    const slow = setTimeout(() => runId === generation && setCount(config.strings.searching), SEARCHING_STATUS_DELAY_MS);
    list.setAttribute('aria-busy', 'true');
    try {
      const result = await runSearch(await api(), engineConfig, state);
      if (runId !== generation) return;
      outcome = result;
      shown = 0;
      dropped = 0;
      list.replaceChildren();
      // The filters and their counts are known now: drawn while the first rows' texts load.
      await showMore(runId, false, () => {
        renderFilters();
        if (options.focusKey) {
          const [key, value] = options.focusKey.split(':') as [FilterKey, string];
          filterBox.querySelector<HTMLInputElement>(`input[name="${key}"][value="${CSS.escape(value)}"]`)?.focus();
        }
      });
      if (runId !== generation) return;
      const nearest = total() === 0 ? await suggestions(await api(), engineConfig, state) : [];
      if (runId !== generation) return;
      renderSuggestions(nearest);
      showCount();
    } catch (error) {
      if (runId !== generation) return;
      console.error(error);
      setCount(config.strings.error);
      list.setAttribute('aria-busy', 'false');
    } finally {
      clearTimeout(slow);
      // Off the path to the answer: the address and title follow once it is shown (a newer search
      // has its own).
      if (runId === generation) updateUrl();
    }
  }

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.value = state.q;
  sortBox.value = state.sort;
  sortBox.addEventListener('change', () => {
    const sort = (SORT_ORDERS as readonly string[]).includes(sortBox.value) ? (sortBox.value as SortOrder) : state.sort;
    state = { ...state, sort };
    void search({});
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      state = { ...state, q: input.value };
      void search({});
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, q: input.value };
    void search({});
  });
  more.addEventListener('click', () => void showMore(generation, true));
  void search({});
}
