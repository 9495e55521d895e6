/**
 * Document profile: per dimension, how many strategy rows the document has and how much text they
 * hold (characters of planned actions and results, whitespace excluded). Two panels with their own
 * scales, each bar labelled with its number. Pure: (spec, width) → SVG.
 */
import { max, scaleLinear } from 'd3';
import { formatNumber } from './format.ts';
import { BG_FALLBACK, INK_FALLBACK, SERIES_FALLBACK } from './palette.ts';
import { el, fitText, svgRoot, textEl, textWidth } from './svg.ts';
import { chartText, ui } from '../lib/i18n.ts';

export interface ProfileDatum {
  key: string;
  /** Dimension label, e.g. "構面一 基礎服務". */
  label: string;
  rows: number;
  chars: number;
}

export interface ProfileSpec {
  id: string;
  title: string;
  desc: string;
  /** Colour series (the document's branch). */
  series: number;
  items: ProfileDatum[];
}

const FONT = 12;
const ROW = 26;
const BAR = 14;
const TOP = 24;
const GAP = 6;

const PROFILE_PANELS = [
  { field: 'rows', heading: ui.rowCount, unit: chartText.rowsUnit },
  { field: 'chars', heading: chartText.charCount, unit: chartText.charsUnit },
] as const;

export function profileChart(spec: ProfileSpec, width = 360): string {
  const labelWidth = Math.min(max(spec.items, (i) => textWidth(i.label, FONT)) ?? 0, width * 0.3) + GAP;
  const panelWidth = (width - labelWidth) / PROFILE_PANELS.length;
  const height = TOP + spec.items.length * ROW + 6;
  const fill = SERIES_FALLBACK[spec.series % SERIES_FALLBACK.length];

  const body: string[] = [el('rect', { class: 'chart-bg', width, height, fill: BG_FALLBACK })];
  PROFILE_PANELS.forEach((panel, p) => {
    const left = labelWidth + p * panelWidth;
    const numbers = spec.items.map((i) => `${formatNumber(i[panel.field])} ${panel.unit}`);
    const valueWidth = (max(numbers, (n) => textWidth(n, FONT)) ?? 0) + GAP;
    const x = scaleLinear()
      .domain([0, Math.max(max(spec.items, (i) => i[panel.field]) ?? 0, 1)])
      .range([0, Math.max(panelWidth - valueWidth - GAP, 12)]);
    body.push(textEl('text', { class: 'chart-strong', x: left, y: 14, fill: INK_FALLBACK }, panel.heading));
    spec.items.forEach((item, index) => {
      const y = TOP + index * ROW + (ROW - BAR) / 2;
      const w = Math.max(x(item[panel.field]), item[panel.field] > 0 ? 1 : 0);
      body.push(
        el('g', { class: 'chart-row', 'data-key': `${item.key}-${panel.field}` }, [
          textEl('title', {}, `${item.label}：${numbers[index]}`),
          el('rect', { class: `chart-bar chart-s${spec.series}`, x: left, y, width: w, height: BAR, fill, stroke: INK_FALLBACK }),
          textEl('text', { x: left + w + 4, y: y + BAR / 2 + FONT * 0.35, fill: INK_FALLBACK }, numbers[index]),
        ]),
      );
    });
  });
  spec.items.forEach((item, index) => {
    const y = TOP + index * ROW + ROW / 2 + FONT * 0.35;
    body.push(textEl('text', { x: labelWidth - GAP, y, 'text-anchor': 'end', fill: INK_FALLBACK }, fitText(item.label, labelWidth - GAP, FONT)));
  });
  return svgRoot({ id: spec.id, title: spec.title, desc: spec.desc, width, height, className: 'chart-profile' }, body);
}
