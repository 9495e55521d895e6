/**
 * The compare page's island: the only JavaScript of the charts. The page works without it — the
 * GET form then shows every indicator for every branch and year, and each indicator and practice
 * has its own pre-rendered page. With it:
 *  - the state (branches, years, indicator or practice, "only documents with a value") is read
 *    from the query string on load and written back on every change, so any view can be shared;
 *  - charts are redrawn for the chosen branches and years by the same pure function the server
 *    used (src/charts/bars.ts), from the data the server wrote onto each bar;
 *  - table rows outside the choice are hidden, and the practice view is fetched from its
 *    pre-rendered page;
 *  - hovering a bar shows a tooltip with its sentence from the table.
 */
import { barChart, readBar, type BarDatum } from '../../charts/bars.ts';
import { chartText } from '../../lib/i18n.ts';
import { paths } from '../../lib/urls.ts';

export interface CompareState {
  branches: string[];
  years: string[];
  indicator: string;
  practice: string;
  valued: boolean;
}

/** The state a query string asks for, keeping only values the form offers (unknown ones are ignored). */
export function stateFromQuery(query: URLSearchParams, offered: { branches: string[]; years: string[]; indicators: string[]; practices: string[] }): CompareState {
  const pick = (values: string[], allowed: string[]) => allowed.filter((v) => values.includes(v));
  const one = (value: string | null, allowed: string[]) => (value && allowed.includes(value) ? value : '');
  return {
    branches: pick(query.getAll('branch'), offered.branches),
    years: pick(query.getAll('year'), offered.years),
    indicator: one(query.get('indicator'), offered.indicators),
    practice: one(query.get('practice'), offered.practices),
    valued: query.get('valued') === '1',
  };
}

/** The query string of a state ("" for the default view), as paths.compareQuery writes it. */
export function queryFromState(state: CompareState): string {
  return paths.compareQuery(state).slice(paths.compare().length);
}

/** Whether a document (branch, year) is inside the chosen branches and years; nothing chosen means all. */
export function selected(state: CompareState, branch: string | undefined, year: string | undefined): boolean {
  return (state.branches.length === 0 || (branch !== undefined && state.branches.includes(branch))) &&
    (state.years.length === 0 || (year !== undefined && state.years.includes(year)));
}

interface FigureCache {
  bars: BarDatum[];
  /** The server's chart markup, kept when it is first replaced. */
  original: string | null;
  /** Whether the frame shows a redrawn (filtered) chart rather than the server's. */
  redrawn: boolean;
  id: string;
  title: string;
}

const figureCache = new WeakMap<Element, FigureCache>();

function cacheFor(figure: Element): FigureCache | null {
  const cached = figureCache.get(figure);
  if (cached) return cached;
  const svg = figure.querySelector('svg.chart-bars');
  const frame = figure.querySelector('.chart-frame');
  if (!svg || !frame) return null;
  const bars = [...svg.querySelectorAll('g.chart-row')].map((g) => readBar({ get: (name) => g.getAttribute(name) }));
  const entry: FigureCache = { bars, original: null, redrawn: false, id: svg.id, title: svg.querySelector('title')?.textContent ?? '' };
  figureCache.set(figure, entry);
  return entry;
}

function filterFigure(figure: Element, state: CompareState): number {
  const frame = figure.querySelector('.chart-frame');
  const cache = cacheFor(figure);
  if (!frame || !cache) return 0;
  const bars = cache.bars.filter((b) => selected(state, b.data?.branch, b.data?.year) && (!state.valued || b.value !== null));
  if (bars.length === cache.bars.length) {
    // The server's chart stays untouched unless an earlier choice replaced it: no work on load.
    if (cache.redrawn && cache.original !== null) frame.innerHTML = cache.original;
    cache.redrawn = false;
  } else {
    if (!cache.redrawn) cache.original = frame.innerHTML;
    cache.redrawn = true;
    const desc = bars.length === 0 ? `${cache.title}：${chartText.noneSelected}` : `${cache.title}：${bars.map((b) => `${b.label} ${b.valueText}`).join('；')}。`;
    // barChart escapes every text it writes, so its output is safe markup.
    frame.innerHTML = barChart({ id: cache.id, title: cache.title, desc, bars });
  }
  const shown = new Set(bars.map((b) => b.key));
  for (const row of figure.querySelectorAll<HTMLTableRowElement>('tbody tr[data-document]')) {
    row.hidden = !shown.has(row.dataset.document ?? '');
  }
  return bars.length;
}

function readForm(form: HTMLFormElement): CompareState {
  const data = new FormData(form);
  return {
    branches: data.getAll('branch').map(String),
    years: data.getAll('year').map(String),
    indicator: String(data.get('indicator') ?? ''),
    practice: String(data.get('practice') ?? ''),
    valued: data.get('valued') === '1',
  };
}

function writeForm(form: HTMLFormElement, state: CompareState): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (input.name === 'branch') input.checked = state.branches.includes(input.value);
    if (input.name === 'year') input.checked = state.years.includes(input.value);
    if (input.name === 'valued') input.checked = state.valued;
  }
  const indicator = form.querySelector<HTMLSelectElement>('select[name="indicator"]');
  const practice = form.querySelector<HTMLSelectElement>('select[name="practice"]');
  if (indicator) indicator.value = state.indicator;
  if (practice) practice.value = state.practice;
}

function offeredBy(form: HTMLFormElement) {
  const values = (selector: string) => [...form.querySelectorAll<HTMLInputElement | HTMLOptionElement>(selector)].map((e) => e.value).filter(Boolean);
  return {
    branches: values('input[name="branch"]'),
    years: values('input[name="year"]'),
    indicators: values('select[name="indicator"] option'),
    practices: values('select[name="practice"] option'),
  };
}

const practiceViews = new Map<string, Promise<Element | null>>();

/** The practice view of /compare/practices/<id>/, fetched once (the page the no-JavaScript link opens). */
function practiceView(form: HTMLFormElement, practice: string): Promise<Element | null> {
  let view = practiceViews.get(practice);
  if (!view) {
    const url = new URL(`practices/${encodeURIComponent(practice)}/`, form.action);
    view = fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('[data-compare-view]'))
      .catch(() => null);
    practiceViews.set(practice, view);
  }
  return view;
}

async function apply(form: HTMLFormElement, state: CompareState): Promise<void> {
  const status = document.querySelector('[data-compare-status]');
  let figures = 0;
  for (const section of document.querySelectorAll<HTMLElement>('[data-compare-indicator]')) {
    const show =
      (!state.indicator || section.dataset.compareIndicator === state.indicator) &&
      (!state.practice || section.dataset.practice === state.practice);
    section.hidden = !show;
    if (show) {
      figures++;
      for (const figure of section.querySelectorAll<HTMLElement>('figure[data-chart]')) {
        // A chart of one document (its scores) is shown or hidden whole; bar charts are redrawn.
        if (figure.dataset.branch) figure.hidden = !selected(state, figure.dataset.branch, figure.dataset.year);
        else filterFigure(figure, state);
      }
    }
  }
  const empty = document.querySelector<HTMLElement>('[data-compare-empty]');
  if (empty) empty.hidden = figures > 0;
  const holder = document.querySelector<HTMLElement>('[data-compare-practice]');
  if (holder) {
    holder.hidden = !state.practice;
    if (state.practice) {
      const view = await practiceView(form, state.practice);
      holder.replaceChildren(...(view ? [document.importNode(view, true)] : []));
      for (const figure of holder.querySelectorAll('figure[data-chart]')) {
        figureCache.delete(figure);
        filterFigure(figure, state);
        figures++;
      }
    }
  }
  for (const row of document.querySelectorAll<HTMLTableRowElement>('[data-compare-report] tbody tr')) {
    row.hidden =
      !selected(state, row.dataset.branch, row.dataset.year) || (state.indicator !== '' && row.dataset.indicator !== state.indicator);
  }
  const share = document.querySelector<HTMLAnchorElement>('[data-compare-share]');
  if (share) {
    share.href = `${location.pathname}${queryFromState(state)}`;
    share.textContent = new URL(share.href, location.href).href;
    share.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  }
  if (status) {
    const branches = state.branches.length ? chartText.branchesChosen(state.branches.length) : chartText.all;
    const years = state.years.length ? state.years.join('、') : chartText.all;
    status.textContent = chartText.compareStatus(figures, branches, years);
  }
}

function showTooltip(tooltip: HTMLElement, row: Element, event: PointerEvent): void {
  const figure = row.closest('figure');
  const documentId = row.getAttribute('data-document');
  const quote = documentId ? figure?.querySelector(`tr[data-document="${CSS.escape(documentId)}"] q`)?.textContent : null;
  tooltip.replaceChildren();
  const heading = document.createElement('strong');
  heading.textContent = row.getAttribute('data-title') ?? '';
  tooltip.append(heading);
  if (quote) {
    const q = document.createElement('q');
    q.textContent = quote;
    tooltip.append(document.createElement('br'), q);
  }
  tooltip.style.left = `${event.pageX + 12}px`;
  tooltip.style.top = `${event.pageY + 12}px`;
  tooltip.hidden = false;
}

export function startCompare(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-compare-form]');
  if (!form) return;
  const initial = stateFromQuery(new URLSearchParams(location.search), offeredBy(form));
  writeForm(form, initial);
  void apply(form, initial);

  const update = () => {
    const state = readForm(form);
    history.replaceState(null, '', `${location.pathname}${queryFromState(state)}`);
    void apply(form, state);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'chart-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  document.body.append(tooltip);
  document.addEventListener('pointermove', (event) => {
    const row = (event.target as Element | null)?.closest?.('svg.chart-bars g.chart-row');
    if (row) showTooltip(tooltip, row, event);
    else tooltip.hidden = true;
  });
}
