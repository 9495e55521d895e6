/**
 * What each share image (og:image, 1200 × 630 PNG) says: one card for the home page and for every
 * document, practice and indicator, from the site index and the indicator extraction. Row pages
 * use their document's card (src/lib/page-context.ts). Plain data; src/og/render.ts draws it.
 */
import type { SiteIndex } from '../lib/site.ts';
import type { IndicatorDefinition } from '../indicators/definitions.ts';
import type { Extraction } from '../indicators/extract.ts';
import { rocYear, rocYearFromRoc } from '../lib/format.ts';
import { govText, kindLabel, ui } from '../lib/i18n.ts';
import { paths } from '../lib/urls.ts';

/** An indicator's values as small bars, oldest first. */
export interface CardChart {
  unit: string;
  bars: { label: string; value: number }[];
  /** How many values the indicator has in all (the chart shows the latest CARD_BARS). */
  total: number;
}

export interface Card {
  /** Site path of the PNG (src/lib/urls.ts). */
  path: string;
  /** Small line above the title: the kind of page or the organisation. */
  eyebrow: string;
  title: string;
  /** One line under the title: organisation and year, or counts. */
  meta: string;
  chart: CardChart | null;
}

/** Bars an indicator card shows at most: the latest values, so the chart stays legible. */
export const CARD_BARS = 24;

export function shareCards(index: SiteIndex, indicators: readonly IndicatorDefinition[], extraction: Extraction): Card[] {
  const cards: Card[] = [];
  const years = index.years.map((y) => y.roc);
  const span = years.length === 0 ? '' : `${rocYearFromRoc(Math.min(...years))}–${rocYearFromRoc(Math.max(...years))}`;
  cards.push({
    path: paths.ogHome(),
    eyebrow: govText.publisherName,
    title: ui.siteName,
    meta: [govText.ogDocuments(index.documents.length, index.rows.length), span].filter(Boolean).join('・'),
    chart: null,
  });
  for (const view of index.documents) {
    const doc = view.document;
    cards.push({
      path: paths.ogDocument(doc.id),
      eyebrow: `${doc.branch.name}・${kindLabel(doc.kind)}`,
      title: doc.title,
      meta: `${rocYear(doc.year)}・${govText.ogRows(doc.rows.length)}`,
      chart: null,
    });
  }
  for (const practice of index.practices) {
    cards.push({
      path: paths.ogPractice(practice.practice.id),
      eyebrow: ui.practice,
      title: practice.practice.label,
      meta: govText.ogDocuments(practice.byDocument.length, practice.rows.length),
      chart: null,
    });
  }
  for (const indicator of indicators) {
    // One bar per document: its single result (targets are not drawn), or the total of a breakdown (score tables).
    const values = extraction.values.filter((v) => v.indicator === indicator.id && v.measure === 'result' && (v.series === null || v.series === '總分'));
    const ordered = [...values].sort(
      (a, b) => a.document.year.roc - b.document.year.roc || a.document.branch.id.localeCompare(b.document.branch.id) || a.document.id.localeCompare(b.document.id),
    );
    const shortName = (branchId: string, name: string) => index.branchById.get(branchId)?.branch.shortName ?? name;
    cards.push({
      path: paths.ogIndicator(indicator.id),
      eyebrow: ui.compare,
      title: indicator.label,
      meta: `${indicator.unit}・${govText.ogValues(values.length)}`,
      chart: {
        unit: indicator.unit,
        total: ordered.length,
        bars: ordered.slice(-CARD_BARS).map((v) => ({
          label: `${shortName(v.document.branch.id, v.document.branch.name)} ${v.document.year.roc}`,
          value: v.value,
        })),
      },
    });
  }
  return cards;
}
