/** The one builder of a layout's rows: every field the contract needs, empty where the layout has no such column. */
import type { ParsedRow } from '../../layout.ts';

export type RowFields = Pick<ParsedRow, 'key' | 'strategy'> &
  Partial<Pick<ParsedRow, 'method' | 'item' | 'unitsText' | 'actions' | 'results' | 'resultsPeriod'>> & {
    /** First and last source line of the row's own text. */
    lines: [number, number];
  };

export function parsedRow(fields: RowFields): ParsedRow {
  return {
    key: fields.key,
    strategy: fields.strategy,
    method: fields.method ?? '',
    item: fields.item ?? '',
    unitsText: fields.unitsText ?? '',
    actions: fields.actions ?? '',
    results: fields.results ?? '',
    resultsPeriod: fields.resultsPeriod ?? null,
    source: { lines: fields.lines },
  };
}
