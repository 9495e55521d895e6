/**
 * Colours of the charts. The stylesheet (src/components/charts/charts.css) owns the real values,
 * light and dark; the hex values here are only presentation-attribute fallbacks for an SVG shown
 * without any stylesheet. Colour never carries meaning alone: every bar is labelled with its
 * branch and year, every cell with its count, and partial-period values are hatched and marked.
 *
 * Branch colours follow the Okabe–Ito palette (distinguishable with every common colour-vision
 * deficiency), one fixed colour per branch so a branch looks the same in every chart. Bars have an
 * ink-coloured outline, so their edge meets the 3:1 non-text contrast even for the light fills.
 */
// No imports: this module ends up in the compare page's island, which must stay small.

export const SERIES_FALLBACK = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;

/** Series index of a branch: its position in `branchIds` (the BranchId enum, HQ first), stable across charts. */
export function branchSeries(branchIds: readonly string[], branchId: string): number {
  const index = branchIds.indexOf(branchId);
  return index < 0 ? 0 : index % SERIES_FALLBACK.length;
}

export const INK_FALLBACK = '#1a1d21';
export const MUTED_FALLBACK = '#4a5058';
export const GRID_FALLBACK = '#c3cad3';
export const BG_FALLBACK = '#ffffff';
export const SURFACE_FALLBACK = '#f4f6f8';
export const SCORE_FALLBACK = '#0072B2';

/** Coverage matrix: empty, 1, 2, 3+ rows (sequential blues); text colours chosen per step for AA contrast. */
export const COVERAGE_FILL_FALLBACK = ['none', '#deebf7', '#9ecae1', '#08519c'] as const;
export const COVERAGE_TEXT_FALLBACK = [MUTED_FALLBACK, INK_FALLBACK, INK_FALLBACK, '#ffffff'] as const;

/** Coverage step of a row count: 0 (none), 1, 2, 3 (three or more). */
export function coverageStep(count: number): 0 | 1 | 2 | 3 {
  return count <= 0 ? 0 : count === 1 ? 1 : count === 2 ? 2 : 3;
}
