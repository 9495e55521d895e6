/**
 * What row and document pages show of the lineage the ingest wrote (src/lineage/): the same item
 * of the organisation in the previous and next year with the text changes against the previous
 * year, and the plan ↔ report counterpart; for a document, its counterpart document and the items
 * planned and reported side by side. Plain data, computed per page from the lineage file; a row
 * page holds at most three other rows, however large the corpus.
 */
import type { Document, Row } from '../model/schema.ts';
import type { DocumentPair, Lineage, RowLink } from '../lineage/schema.ts';
import { hasChanges, wordDiff, type DiffPart } from '../lineage/text-diff.ts';
import type { DocumentView, RowView, TemplatePlace } from './site.ts';

export interface LinkedRow {
  view: RowView;
  link: RowLink;
}

/** A field of the row's text compared with the same field a year before. */
export interface FieldChange {
  field: 'strategy' | 'method' | 'item' | 'actions' | 'results';
  parts: DiffPart[];
  changed: boolean;
}

export interface RowLineageView {
  /** The same item in the nearest earlier year that has it (same organisation and kind). */
  previousYear: LinkedRow | null;
  nextYear: LinkedRow | null;
  /** The organisation's adjacent earlier / later document of the same kind, with or without the item. */
  previousDocument: Document | null;
  nextDocument: Document | null;
  /** Earlier documents exist and none has the item: it first appears in this year. */
  firstAppears: boolean;
  /** The next document exists and does not have the item. */
  notContinued: boolean;
  /** The previous year's row is older than the previous document (the item skipped a year or more). */
  resumed: boolean;
  /** Field by field against previousYear (fields empty in both left out); [] without a previous year. */
  changes: FieldChange[];
  /** The plan row (of a report row) or report row (of a plan row) of the same year and item. */
  counterpart: LinkedRow | null;
  /** The other kind's document of the same organisation and year, when the corpus has it. */
  counterpartDocument: DocumentView | null;
}

export interface PairedItemView {
  itemId: string;
  place: TemplatePlace | null;
  plan: RowView[];
  report: RowView[];
}

export interface DocumentPairView {
  /** The document's plan or report of the same organisation and year. */
  counterpart: DocumentView;
  /** False when the two follow different frameworks; rows are then not paired. */
  sameFramework: boolean;
  /** Every item, plan order first. */
  items: PairedItemView[];
  paired: PairedItemView[];
  plannedNotReported: PairedItemView[];
  reportedNotPlanned: PairedItemView[];
}

export interface LineageIndex {
  row(view: RowView): RowLineageView;
  /** Only the linked rows, without the text comparison (for the data exports). */
  links(rowKey: string): { previousYear: RowView | null; nextYear: RowView | null; counterpart: RowView | null };
  /** The document's plan ↔ report pairing; null when its counterpart is not in the corpus. */
  document(view: DocumentView): DocumentPairView | null;
}

const FIELDS: readonly FieldChange['field'][] = ['strategy', 'method', 'item', 'actions', 'results'];

/** The row's text fields against an earlier row's, word by word. */
export function fieldChanges(before: Row, after: Row): FieldChange[] {
  return FIELDS.filter((field) => before[field] !== '' || after[field] !== '').map((field) => {
    const parts = wordDiff(before[field], after[field]);
    return { field, parts, changed: hasChanges(parts) };
  });
}

export function buildLineageIndex(
  lineage: Lineage,
  rows: readonly RowView[],
  documentById: ReadonlyMap<string, DocumentView>,
  templatePlace: (itemId: string) => TemplatePlace | null,
): LineageIndex {
  const rowByKey = new Map(rows.map((view) => [view.key, view]));
  const entryByKey = new Map(lineage.rows.map((entry) => [entry.row, entry]));
  const pairByDocument = new Map<string, DocumentPair>();
  for (const pair of lineage.pairs) {
    pairByDocument.set(pair.plan, pair);
    pairByDocument.set(pair.report, pair);
  }
  const resolveRow = (key: string): RowView => {
    const view = rowByKey.get(key);
    if (!view) throw new Error(`lineage names row ${key}, which the documents do not have`);
    return view;
  };
  const resolveDocument = (id: string | null): DocumentView | null => {
    if (id === null) return null;
    const view = documentById.get(id);
    if (!view) throw new Error(`lineage names document ${id}, which is not in the corpus`);
    return view;
  };
  const linked = (link: RowLink | null): LinkedRow | null => (link ? { view: resolveRow(link.row), link } : null);
  const counterpartId = (document: Document) =>
    `${document.branch.id}-${document.year.roc}-${document.kind === 'plan' ? 'report' : 'plan'}`;

  const entryOf = (rowKey: string) => {
    const entry = entryByKey.get(rowKey);
    if (!entry) throw new Error(`${rowKey}: not in the lineage file (was the ingest run after the documents changed?)`);
    return entry;
  };

  return {
    links(rowKey) {
      const entry = entryOf(rowKey);
      const row = (link: RowLink | null) => (link ? resolveRow(link.row) : null);
      return { previousYear: row(entry.previousYear), nextYear: row(entry.nextYear), counterpart: row(entry.counterpart) };
    },
    row(view) {
      const entry = entryOf(view.key);
      const previousYear = linked(entry.previousYear);
      const nextYear = linked(entry.nextYear);
      const previousDocument = resolveDocument(entry.previousDocument)?.document ?? null;
      const nextDocument = resolveDocument(entry.nextDocument)?.document ?? null;
      return {
        previousYear,
        nextYear,
        previousDocument,
        nextDocument,
        firstAppears: previousDocument !== null && previousYear === null,
        notContinued: nextDocument !== null && nextYear?.view.document !== nextDocument,
        resumed: previousYear !== null && previousYear.view.document !== previousDocument,
        changes: previousYear ? fieldChanges(previousYear.view.row, view.row) : [],
        counterpart: linked(entry.counterpart),
        counterpartDocument: documentById.get(counterpartId(view.document)) ?? null,
      };
    },
    document(view) {
      const pair = pairByDocument.get(view.document.id);
      if (!pair) return null;
      const counterpart = resolveDocument(view.document.kind === 'plan' ? pair.report : pair.plan)!;
      const items = pair.items.map((item) => ({
        itemId: item.item,
        place: templatePlace(item.item),
        plan: item.plan.map(resolveRow),
        report: item.report.map(resolveRow),
      }));
      return {
        counterpart,
        sameFramework: pair.sameFramework,
        items,
        paired: items.filter((i) => i.plan.length > 0 && i.report.length > 0),
        plannedNotReported: items.filter((i) => i.report.length === 0),
        reportedNotPlanned: items.filter((i) => i.plan.length === 0),
      };
    },
  };
}
