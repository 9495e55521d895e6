/**
 * The compare page's island: the only JavaScript of the charts. The page works without it — it
 * shows its default view (the first indicator over time), and each indicator and practice has its
 * own pre-rendered page, listed below it. With it:
 *  - the state (branches, years, indicator or practice, "only organisations with a value") is read
 *    from the query string on load and written back on every change, so any view can be shared;
 *  - choosing an indicator or a practice loads that view from its pre-rendered page (the
 *    [data-compare-view] part), so the compare page never carries every chart;
 *  - panels of organisations outside the choice are hidden, and for chosen years each panel is
 *    redrawn by the same pure function the server used (src/charts/timeseries.ts), from the data
 *    the server wrote onto its points; table rows and year columns outside the choice are hidden;
 *  - hovering a point shows a tooltip with its document, value and sentence.
 */
import { readPanel, seriesPanel } from '../../charts/timeseries.ts';
import { chartText, timeText } from '../../lib/i18n.ts';
import { link, paths } from '../../lib/urls.ts';

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

/** Server markup of each redrawn panel, so the full view comes back when the choice is cleared. */
const originals = new WeakMap<Element, string>();

/** Whether an organisation is among the chosen branches (none chosen means all). */
function branchChosen(state: CompareState, branch: string): boolean {
  return state.branches.length === 0 || state.branches.includes(branch);
}

function filterFigure(figure: Element, state: CompareState): number {
  let shownPanels = 0;
  const years = [...state.years].map(Number).sort((a, b) => a - b);
  for (const holder of figure.querySelectorAll<HTMLElement>('.chart-panel')) {
    if (originals.has(holder)) holder.innerHTML = originals.get(holder)!;
    const svg = holder.querySelector('svg.chart-series');
    if (!svg) continue;
    const panel = readPanel(svg);
    const inYears = (p: { year: number }) => years.length === 0 || years.includes(p.year);
    const points = panel.points.filter(inYears);
    const targets = panel.targets.filter(inYears);
    const show = branchChosen(state, panel.key) && (!state.valued || points.length > 0);
    holder.hidden = !show;
    if (show) shownPanels++;
    if (show && years.length > 0) {
      originals.set(holder, holder.innerHTML);
      const title = figure.querySelector('.chart-title')?.textContent ?? '';
      // seriesPanel escapes every text it writes, so its output is safe markup.
      holder.innerHTML = seriesPanel({ id: svg.id.slice(0, -panel.key.length - 1), title }, { ...panel, points, targets }, years, Number(svg.getAttribute('data-top') ?? 1));
    }
  }
  const table = figure.querySelector('table');
  if (table) {
    const headers = [...table.querySelectorAll<HTMLElement>('thead th')];
    const hiddenColumns = new Set(
      headers.flatMap((th, i) => (th.dataset.year && years.length > 0 && !years.includes(Number(th.dataset.year)) ? [i] : [])),
    );
    headers.forEach((th, i) => (th.hidden = hiddenColumns.has(i)));
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const cells = [...row.children] as HTMLElement[];
      cells.forEach((cell, i) => (cell.hidden = hiddenColumns.has(i)));
      const valued = cells.some((cell, i) => i > 0 && !hiddenColumns.has(i) && cell.querySelector('a'));
      row.hidden = (row.dataset.branch !== undefined && !branchChosen(state, row.dataset.branch)) || (state.valued && !valued);
    }
  }
  return shownPanels;
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

/** The view a state asks for: "practice:<id>", "indicator:<id>", or "" for the page's default. */
export function viewOf(state: CompareState): string {
  if (state.practice) return `practice:${state.practice}`;
  if (state.indicator) return `indicator:${state.indicator}`;
  return '';
}

/** Site path of the pre-rendered page a view is loaded from. */
export function viewPath(view: string): string {
  const [kind, id] = view.split(':');
  return kind === 'practice' ? paths.comparePractice(id) : paths.compareIndicator(id);
}

const views = new Map<string, Promise<Element | null>>();

/** A view's [data-compare-view] part, fetched once from its page (the page the no-JavaScript link opens). */
function loadView(view: string): Promise<Element | null> {
  let loaded = views.get(view);
  if (!loaded) {
    loaded = fetch(link(viewPath(view)))
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('[data-compare-view]'))
      .catch(() => null);
    views.set(view, loaded);
  }
  return loaded;
}

async function showView(holder: HTMLElement, state: CompareState): Promise<void> {
  const wanted = viewOf(state) || holder.dataset.defaultView || '';
  if (holder.dataset.view === wanted) return;
  const loading = holder.querySelector<HTMLElement>('[data-compare-loading]');
  const current = holder.querySelector('[data-compare-view]');
  if (loading) {
    loading.textContent = timeText.loading;
    loading.hidden = false;
  }
  const view = await loadView(wanted);
  if (view) {
    const imported = document.importNode(view, true);
    if (current) current.replaceWith(imported);
    else holder.append(imported);
    holder.dataset.view = wanted;
    if (loading) loading.hidden = true;
  } else if (loading) {
    loading.textContent = timeText.loadFailed;
  }
}

async function apply(holder: HTMLElement, state: CompareState): Promise<void> {
  await showView(holder, state);
  let panels = 0;
  for (const figure of holder.querySelectorAll('figure[data-chart]')) panels += filterFigure(figure, state);
  const share = document.querySelector<HTMLAnchorElement>('[data-compare-share]');
  if (share) {
    share.href = `${location.pathname}${queryFromState(state)}`;
    share.textContent = new URL(share.href, location.href).href;
    share.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  }
  const status = document.querySelector('[data-compare-status]');
  if (status) {
    const branches = state.branches.length ? chartText.branchesChosen(state.branches.length) : chartText.all;
    const years = state.years.length ? state.years.join('、') : chartText.all;
    status.textContent = timeText.compareStatus(panels, branches, years);
  }
}

function showTooltip(tooltip: HTMLElement, point: Element, event: PointerEvent): void {
  // The point's only text is its <title> child (src/charts/timeseries.ts).
  const [heading, quote] = (point.textContent ?? '').split('｜');
  tooltip.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = heading;
  tooltip.append(strong);
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
  const holder = document.querySelector<HTMLElement>('[data-compare-holder]');
  if (!form || !holder) return;
  holder.dataset.defaultView = holder.dataset.view ?? '';
  const initial = stateFromQuery(new URLSearchParams(location.search), offeredBy(form));
  writeForm(form, initial);
  // The default view with nothing chosen needs no work: the server's charts stay untouched.
  if (queryFromState(initial) !== '') void apply(holder, initial);

  const update = () => {
    const state = readForm(form);
    history.replaceState(null, '', `${location.pathname}${queryFromState(state)}`);
    void apply(holder, state);
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
    const point = (event.target as Element | null)?.closest?.('svg.chart-series .chart-point');
    if (point) showTooltip(tooltip, point, event);
    else tooltip.hidden = true;
  });
}
