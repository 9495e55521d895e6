/** A document's profile: rows and characters per dimension, where the document spends its length. */
import type { DocumentView } from '../lib/site.ts';
import { chineseNumeral } from '../lib/format.ts';
import { chartText, ui } from '../lib/i18n.ts';
import type { CatalogInput, Chart } from './chart.ts';
import { branchSeries, branchYearData, documentLongLabel, documentShortLabel } from './chart-labels.ts';
import { formatNumber } from './format.ts';
import { profileChart } from './profile.ts';

/** Characters of a text without whitespace, counted as code points. */
function visibleChars(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

export function profileChartOf(input: CatalogInput, view: DocumentView): Chart {
  const doc = view.document;
  const numberOf = new Map(view.framework?.dimensions.map((d) => [d.id, d.number]) ?? []);
  const items = doc.dimensions.map((heading) => {
    const rows = view.rows.filter((r) => r.row.dimension.id === heading.dimension.id);
    const number = numberOf.get(heading.dimension.id);
    return {
      key: heading.dimension.id,
      label: `${number ? `${chineseNumeral(number)}、` : ''}${heading.dimension.label}`,
      rows: rows.length,
      chars: rows.reduce((sum, r) => sum + visibleChars(r.row.actions) + visibleChars(r.row.results), 0),
    };
  });
  const id = `profile-${doc.id}`;
  const title = chartText.profileTitle(documentShortLabel(input.index, doc));
  const desc = `${title}：${items.map((i) => chartText.profileItem(i.label, i.rows, formatNumber(i.chars))).join('；')}。`;
  const series = branchSeries(doc.branch.id);
  return {
    id,
    kind: 'profile',
    scope: branchYearData(doc),
    title,
    caption: chartText.profileCaption,
    desc,
    sources: [{ text: chartText.profileSource(documentLongLabel(doc)), href: view.path }],
    svg: (width = 360) => profileChart({ id, title, desc, series, items }, width),
    table: {
      caption: title,
      columns: [{ label: ui.dimension }, { label: ui.rowCount, numeric: true }, { label: chartText.charCount, numeric: true }],
      rows: items.map((i) => ({
        key: i.key,
        cells: [{ text: i.label, header: true }, { text: String(i.rows), numeric: true }, { text: formatNumber(i.chars), numeric: true }],
      })),
    },
    csv: {
      columns: ['document_id', 'dimension_id', 'dimension', 'rows', 'chars'],
      rows: items.map((i) => [doc.id, i.key, i.label, i.rows, i.chars]),
    },
  };
}

