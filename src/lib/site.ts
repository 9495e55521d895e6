/**
 * Everything the pages show, derived once from the generated content: plain data in, plain data
 * out, no Astro and no I/O, so it is tested directly. Pages only pick from the SiteIndex.
 *
 * Ordering rules: branches in reference order (HQ first), documents by branch then year, rows in
 * the order the document gives them. Positions are used for ordering and previous/next only,
 * never for URLs or ids.
 */
import type { Document, Row } from '../model/schema.ts';
import type { Branch, Framework, Practice } from '../model/reference.ts';
import { DATA_FILES, PAGE_KINDS } from './page-kinds.ts';
import { uniqueSortedPermalinks } from './permalinks.ts';
import type { Lineage } from '../lineage/schema.ts';
import { buildLineageIndex, type LineageIndex } from './lineage-views.ts';
import { buildAboutView, type AboutView } from './about-view.ts';
import { paths } from './urls.ts';

type FrameworkDimension = Framework['dimensions'][number];
type TemplateStrategy = FrameworkDimension['strategies'][number];
type TemplateMethod = TemplateStrategy['methods'][number];
type TemplateSubItem = TemplateMethod['items'][number];

export interface SiteInput {
  documents: readonly Document[];
  branches: readonly Branch[];
  frameworks: readonly Framework[];
  practices: readonly Practice[];
  /** Template item id → practice ids. */
  crosswalk: Readonly<Record<string, readonly string[]>>;
  /** The ingest's lineage file: previous/next year and plan ↔ report links (src/lineage/schema.ts). */
  lineage: Lineage;
}

/** Where a template item sits in its framework. */
export interface TemplatePlace {
  framework: Framework;
  dimension: FrameworkDimension;
  strategy: TemplateStrategy;
  method: TemplateMethod | null;
  item: TemplateSubItem | null;
}

export interface RowView {
  document: Document;
  row: Row;
  /** "<document id>/<row id>": unique across the site. */
  key: string;
  path: string;
  /** Template item the row matched, when it resolves. */
  template: TemplatePlace | null;
  practices: Practice[];
  /** The page of the row's dimension across documents, when its framework lists the dimension. */
  dimensionPath: string | null;
  previous: RowView | null;
  next: RowView | null;
}

export interface BranchView {
  branch: Branch;
  path: string;
  /** Its documents, oldest first. */
  documents: Document[];
  /** Practices its documents touch, with the row count per document (same order as `documents`). */
  practiceTimeline: { practice: Practice; counts: number[] }[];
  /** Its years, newest first, each with its plan and report (null where there is none yet). */
  timeline: { roc: number; plan: Document | null; report: Document | null }[];
}

export interface YearView {
  roc: number;
  gregorian: number;
  path: string;
  documents: Document[];
}

export interface RowGroup {
  /** Template strategy, or null for rows that matched no template item. */
  strategy: TemplateStrategy | null;
  methods: { method: TemplateMethod | null; rows: RowView[] }[];
}

export interface DimensionView {
  framework: Framework;
  dimension: FrameworkDimension;
  path: string;
  rows: RowView[];
  /** Rows grouped by template strategy and method, in template order; unmatched rows last. */
  groups: RowGroup[];
  /** One listing per method of `groups` (same order): where its rows are read in full. */
  items: DimensionItemView[];
  /** Documents that have rows in this dimension. */
  documents: Document[];
  /** How many of `documents` each year has, newest year first. */
  documentsPerYear: { roc: number; documents: number }[];
}

/** The rows of one document in a listing: kept together on one page. */
export interface DocumentRows {
  document: Document;
  rows: RowView[];
}

/** One page of a paginated listing; page 1's path is the listing's own. */
export interface ListingPage {
  number: number;
  path: string;
  entries: DocumentRows[];
}

/** Every row of one item of a dimension's structure, newest first, in pages. */
export interface DimensionItemView {
  framework: Framework;
  dimension: FrameworkDimension;
  /** Path segment: the template id below the dimension ("s2-m3", "s4"), or "unmatched". */
  key: string;
  strategy: TemplateStrategy | null;
  method: TemplateMethod | null;
  path: string;
  rows: RowView[];
  documents: number;
  pages: ListingPage[];
}

/** One organisation's rows about one practice, newest first, in pages. */
export interface PracticeBranchView {
  practice: Practice;
  branch: Branch;
  path: string;
  /** Documents with rows about the practice, newest first. */
  entries: DocumentRows[];
  pages: ListingPage[];
  /** Rows per year of the organisation's documents, oldest first (0 where a document has none). */
  perYear: { roc: number; rows: number }[];
  /** The entries of the latest year that has any. */
  latest: DocumentRows[];
  /** What the practice page shows of the latest year: its first rows, up to LATEST_SHOWN_UNITS. */
  latestShown: RowView[];
  /** Rows of the latest year not shown on the practice page (read on the history page). */
  latestMore: number;
  /** Rows about the practice in all the organisation's documents. */
  rowCount: number;
  /** Where the practice page shows this organisation's latest year (paths.practiceLatest). */
  latestPath: string;
}

export interface FrameworkView {
  framework: Framework;
  dimensions: DimensionView[];
  documents: Document[];
}

export interface PracticeView {
  practice: Practice;
  path: string;
  rows: RowView[];
  /** The practice's rows per document, documents by branch then year. */
  byDocument: { document: Document; rows: RowView[] }[];
  /** Template items the crosswalk maps to this practice. */
  templateItems: string[];
  /** Per organisation with rows about it (reference order): its history of the practice. */
  byBranch: PracticeBranchView[];
  /** Where a document's rows about this practice are listed (its history page, with the anchor). */
  documentPath(documentId: string): string | null;
}

export interface DocumentView {
  document: Document;
  path: string;
  branch: Branch;
  framework: Framework | null;
  rows: RowView[];
  /** The strategy table in its hierarchy: dimension → strategy → method → rows. */
  table: {
    heading: Document['dimensions'][number];
    strategies: { strategy: string; methods: { method: string; rows: RowView[] }[] }[];
  }[];
  /** The document's parts in source order: sections, dimension tables, notes, the score table. */
  blocks: DocumentBlock[];
}

/** One part of a document page, placed by the first source line it comes from. */
export type DocumentBlock =
  | { kind: 'section'; line: number; section: Document['sections'][number] }
  | {
      kind: 'dimension';
      line: number;
      dimension: DocumentView['table'][number];
      /** The dimension's page across documents, when the framework lists it. */
      dimensionPath: string | null;
    }
  | { kind: 'note'; line: number; note: Document['notes'][number] }
  | { kind: 'scores'; line: number; scores: NonNullable<Document['scores']> };

/** One published path and what it identifies; a path must keep its target forever. */
export interface Permalink {
  path: string;
  target: string;
}

export interface SiteIndex {
  branches: BranchView[];
  years: YearView[];
  documents: DocumentView[];
  frameworks: FrameworkView[];
  dimensions: DimensionView[];
  practices: PracticeView[];
  /** The practices some row matches: the ones that have comparison pages. */
  practicesWithRows: PracticeView[];
  rows: RowView[];
  documentById: ReadonlyMap<string, DocumentView>;
  practiceById: ReadonlyMap<string, PracticeView>;
  branchById: ReadonlyMap<string, BranchView>;
  /**
   * Rows of other documents sharing a practice with this row, per practice: those of the
   * ELSEWHERE_DOCUMENTS documents nearest in time (same branch first on a tie), so a row page stays
   * small however many documents there are; the practice page lists them all.
   */
  elsewhere(row: RowView): Elsewhere[];
  /** Template item id → place, for labelling matches. */
  templatePlace(itemId: string): TemplatePlace | null;
  permalinks: Permalink[];
  /** Lineage for row and document pages (src/lib/lineage-views.ts). */
  lineage: LineageIndex;
  /** /about/ and the sources listing (src/lib/about-view.ts). */
  about: AboutView;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) throw new Error(`duplicate key ${k}`);
    map.set(k, item);
  }
  return map;
}

function indexTemplates(frameworks: readonly Framework[]): Map<string, TemplatePlace> {
  const places = new Map<string, TemplatePlace>();
  for (const framework of frameworks) {
    for (const dimension of framework.dimensions) {
      for (const strategy of dimension.strategies) {
        places.set(strategy.id, { framework, dimension, strategy, method: null, item: null });
        for (const method of strategy.methods) {
          places.set(method.id, { framework, dimension, strategy, method, item: null });
          for (const item of method.items) places.set(item.id, { framework, dimension, strategy, method, item });
        }
      }
    }
  }
  return places;
}

/** Groups consecutive items with the same key, keeping order. */
function runs<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && key(last[0]) === key(item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/** The order documents are listed in everywhere (and extracted in, src/indicators/data.ts): branch, then year, then kind. */
export function documentOrder(branches: readonly Branch[]): (a: Document, b: Document) => number {
  const branchOrder = new Map(branches.map((b, i) => [b.id, i]));
  return (a, b) =>
    (branchOrder.get(a.branch.id) ?? 99) - (branchOrder.get(b.branch.id) ?? 99) ||
    a.year.roc - b.year.roc ||
    a.kind.localeCompare(b.kind);
}

export function buildSiteIndex(input: SiteInput): SiteIndex {
  const compareDocuments = documentOrder(input.branches);
  const documents = [...input.documents].sort(compareDocuments);
  const branchById = byKey(input.branches, (b) => b.id);
  const practiceById = byKey(input.practices, (p) => p.id);
  const frameworkById = byKey(input.frameworks, (f) => f.id);
  const templates = indexTemplates(input.frameworks);
  const dimensionPathOf = (document: Document, dimensionId: string): string | null => {
    const dimension = frameworkById.get(document.framework.id)?.dimensions.find((d) => d.id === dimensionId);
    return dimension ? paths.dimension(document.framework.id, dimension.number) : null;
  };

  // Rows, with their neighbours inside their document.
  const rows: RowView[] = [];
  const rowsByDocument = new Map<string, RowView[]>();
  for (const document of documents) {
    if (!branchById.has(document.branch.id)) throw new Error(`${document.id}: unknown branch ${document.branch.id}`);
    const views = document.rows.map((row): RowView => {
      const practices = row.practices.map((match) => {
        const practice = practiceById.get(match.id);
        if (!practice) throw new Error(`${document.id}/${row.id}: unknown practice ${match.id}`);
        return practice;
      });
      return {
        document,
        row,
        key: `${document.id}/${row.id}`,
        path: paths.row(document, row.id),
        template: row.frameworkItem ? (templates.get(row.frameworkItem.id) ?? null) : null,
        practices,
        dimensionPath: dimensionPathOf(document, row.dimension.id),
        previous: null,
        next: null,
      };
    });
    views.forEach((view, i) => {
      view.previous = views[i - 1] ?? null;
      view.next = views[i + 1] ?? null;
    });
    rowsByDocument.set(document.id, views);
    rows.push(...views);
  }

  const documentViews: DocumentView[] = documents.map((document) => {
    const docRows = rowsByDocument.get(document.id)!;
    const table = document.dimensions.map((heading) => {
      const inDimension = docRows.filter((view) => view.row.dimension.id === heading.dimension.id);
      return {
        heading,
        strategies: runs(inDimension, (v) => v.row.strategy).map((strategyRows) => ({
          strategy: strategyRows[0].row.strategy,
          methods: runs(strategyRows, (v) => v.row.method).map((methodRows) => ({
            method: methodRows[0].row.method,
            rows: methodRows,
          })),
        })),
      };
    });
    const placed = new Set(table.flatMap((d) => d.strategies.flatMap((s) => s.methods.flatMap((m) => m.rows))));
    const orphan = docRows.find((view) => !placed.has(view));
    if (orphan) throw new Error(`${orphan.key}: its dimension ${orphan.row.dimension.id} has no heading in the document`);
    const blocks: DocumentBlock[] = [
      ...document.sections.map((section): DocumentBlock => ({ kind: 'section', line: section.source.lines[0], section })),
      ...table.map((dimension): DocumentBlock => ({
        kind: 'dimension',
        line: dimension.heading.source.lines[0],
        dimension,
        dimensionPath: dimensionPathOf(document, dimension.heading.dimension.id),
      })),
      ...document.notes.map((note): DocumentBlock => ({ kind: 'note', line: note.source.lines[0], note })),
      ...(document.scores ? [{ kind: 'scores', line: document.scores.source.lines[0], scores: document.scores } as const] : []),
    ].sort((a, b) => a.line - b.line);
    return {
      document,
      path: paths.document(document),
      branch: branchById.get(document.branch.id)!,
      framework: frameworkById.get(document.framework.id) ?? null,
      rows: docRows,
      table,
      blocks,
    };
  });
  const documentById = byKey(documentViews, (v) => v.document.id);

  const branches: BranchView[] = input.branches.map((branch) => {
    const own = documents.filter((d) => d.branch.id === branch.id).sort((a, b) => a.year.roc - b.year.roc || a.kind.localeCompare(b.kind));
    const practiceTimeline = input.practices
      .map((practice) => ({
        practice,
        counts: own.map((d) => rowsByDocument.get(d.id)!.filter((v) => v.practices.includes(practice)).length),
      }))
      .filter((line) => line.counts.some((n) => n > 0));
    const timeline = [...new Set(own.map((d) => d.year.roc))]
      .sort((a, b) => b - a)
      .map((roc) => ({
        roc,
        plan: own.find((d) => d.year.roc === roc && d.kind === 'plan') ?? null,
        report: own.find((d) => d.year.roc === roc && d.kind === 'report') ?? null,
      }));
    return { branch, path: paths.branch(branch.id), documents: own, practiceTimeline, timeline };
  });

  const years: YearView[] = [...new Set(documents.map((d) => d.year.roc))]
    .sort((a, b) => b - a)
    .map((roc) => ({
      roc,
      gregorian: roc + 1911,
      path: paths.year(roc),
      documents: documents.filter((d) => d.year.roc === roc),
    }));

  /** Rows by document, newest year first (then branch order, plan before report), rows in document order. */
  const newestFirst = (list: readonly RowView[]): DocumentRows[] => {
    const byDocument = new Map<Document, RowView[]>();
    for (const view of list) byDocument.set(view.document, [...(byDocument.get(view.document) ?? []), view]);
    return [...byDocument.entries()]
      .sort(([a], [b]) => b.year.roc - a.year.roc || compareDocuments(a, b))
      .map(([document, docRows]) => ({ document, rows: docRows }));
  };

  // Dimensions: every dimension of every framework (their pages stay even while no document uses them).
  const dimensionViews: DimensionView[] = [];
  const frameworks: FrameworkView[] = input.frameworks.map((framework) => {
    const dims = framework.dimensions.map((dimension): DimensionView => {
      const dimRows = rows
        .filter((v) => v.row.dimension.id === dimension.id)
        .sort((a, b) => compareDocuments(a.document, b.document));
      const groups: RowGroup[] = [];
      for (const strategy of dimension.strategies) {
        const inStrategy = dimRows.filter((v) => v.template?.strategy.id === strategy.id);
        if (inStrategy.length === 0) continue;
        const methods = [
          ...strategy.methods.map((method) => ({ method, rows: inStrategy.filter((v) => v.template?.method?.id === method.id) })),
          { method: null, rows: inStrategy.filter((v) => v.template?.method === null) },
        ].filter((m) => m.rows.length > 0);
        groups.push({ strategy, methods });
      }
      const unmatched = dimRows.filter((v) => v.template === null || v.template.dimension.id !== dimension.id);
      if (unmatched.length > 0) groups.push({ strategy: null, methods: [{ method: null, rows: unmatched }] });
      const items = groups.flatMap((group) =>
        group.methods.map((m): DimensionItemView => {
          const key = group.strategy ? localTemplateKey(dimension.id, (m.method ?? group.strategy).id) : UNMATCHED_ITEM;
          const path = (page: number) => paths.dimensionItem(framework.id, dimension.number, key, page);
          const newest = newestFirst(m.rows);
          return {
            framework,
            dimension,
            key,
            strategy: group.strategy,
            method: m.method,
            path: path(1),
            rows: newest.flatMap((e) => e.rows),
            documents: newest.length,
            pages: paginate(newest, path),
          };
        }),
      );
      const withRows = new Set(dimRows.map((v) => v.document));
      const dimDocuments = documents.filter((d) => withRows.has(d));
      const view = {
        framework,
        dimension,
        path: paths.dimension(framework.id, dimension.number),
        rows: dimRows,
        groups,
        items,
        documents: dimDocuments,
        documentsPerYear: [...new Set(dimDocuments.map((d) => d.year.roc))]
          .sort((a, b) => b - a)
          .map((roc) => ({ roc, documents: dimDocuments.filter((d) => d.year.roc === roc).length })),
      };
      dimensionViews.push(view);
      return view;
    });
    return { framework, dimensions: dims, documents: documents.filter((d) => d.framework.id === framework.id) };
  });
  for (const document of documents) {
    if (!frameworkById.has(document.framework.id)) throw new Error(`${document.id}: unknown framework ${document.framework.id}`);
  }

  const templateItemsByPractice = new Map<string, string[]>();
  for (const [itemId, practiceIds] of Object.entries(input.crosswalk)) {
    for (const id of practiceIds) templateItemsByPractice.set(id, [...(templateItemsByPractice.get(id) ?? []), itemId]);
  }
  const practices: PracticeView[] = input.practices.map((practice) => {
    const practiceRows = rows.filter((v) => v.practices.includes(practice));
    const byBranch = branches
      .map((b): PracticeBranchView => {
        const entries = newestFirst(practiceRows.filter((v) => v.document.branch.id === b.branch.id));
        const path = (page: number) => paths.practiceBranch(practice.id, b.branch.id, page);
        const latestYear = entries[0]?.document.year.roc;
        const perYear = [...new Set(b.documents.map((d) => d.year.roc))].map((roc) => ({
          roc,
          rows: entries.filter((e) => e.document.year.roc === roc).reduce((sum, e) => sum + e.rows.length, 0),
        }));
        const latest = entries.filter((e) => e.document.year.roc === latestYear);
        const latestRows = latest.flatMap((e) => e.rows);
        const latestShown = firstUnits(latestRows, LATEST_SHOWN_UNITS);
        return {
          practice,
          branch: b.branch,
          path: path(1),
          entries,
          pages: paginate(entries, path),
          perYear,
          latest,
          latestShown,
          latestMore: latestRows.length - latestShown.length,
          rowCount: entries.reduce((sum, e) => sum + e.rows.length, 0),
          latestPath: paths.practiceLatest(practice.id, b.branch.id),
        };
      })
      .filter((view) => view.entries.length > 0);
    const listedOn = new Map<string, string>();
    for (const history of byBranch) {
      for (const page of history.pages) {
        for (const entry of page.entries) {
          if (!listedOn.has(entry.document.id)) {
            listedOn.set(entry.document.id, paths.practiceForDocument(practice.id, history.branch.id, page.number, entry.document.id));
          }
        }
      }
    }
    return {
      practice,
      path: paths.practice(practice.id),
      rows: practiceRows,
      byDocument: documents
        .map((document) => ({ document, rows: practiceRows.filter((v) => v.document === document) }))
        .filter((entry) => entry.rows.length > 0),
      templateItems: templateItemsByPractice.get(practice.id) ?? [],
      byBranch,
      documentPath: (documentId) => listedOn.get(documentId) ?? null,
    };
  });
  const practiceViewById = byKey(practices, (p) => p.practice.id);

  const elsewhere = (view: RowView): Elsewhere[] =>
    view.practices.map((practice) => {
      const others = practiceViewById.get(practice.id)!.byDocument.filter((entry) => entry.document !== view.document);
      const distance = (document: Document) => [
        Math.abs(document.year.roc - view.document.year.roc),
        document.branch.id === view.document.branch.id ? 0 : 1,
        document.year.roc < view.document.year.roc ? 0 : 1,
      ];
      const nearest = [...others]
        .sort((a, b) => compareTuples(distance(a.document), distance(b.document)))
        .slice(0, ELSEWHERE_DOCUMENTS);
      const shown = new Set(nearest.map((entry) => entry.document));
      return {
        practice,
        // Kept in the practice page's order (branch, then year) for reading.
        rows: others.filter((entry) => shown.has(entry.document)).flatMap((entry) => entry.rows),
        totalRows: others.reduce((sum, entry) => sum + entry.rows.length, 0),
        totalDocuments: others.length,
      };
    });

  const permalinks = listPermalinks({ branches, years, documents: documentViews, dimensions: dimensionViews, practices });

  return {
    branches,
    years,
    documents: documentViews,
    frameworks,
    dimensions: dimensionViews,
    practices,
    practicesWithRows: practices.filter((p) => p.rows.length > 0),
    rows,
    documentById,
    practiceById: practiceViewById,
    branchById: byKey(branches, (b) => b.branch.id),
    elsewhere,
    templatePlace: (itemId) => templates.get(itemId) ?? null,
    permalinks,
    lineage: buildLineageIndex(input.lineage, rows, documentById, (itemId) => templates.get(itemId) ?? null),
    about: buildAboutView({ documents: documentViews, frameworks, practices, years, rows }),
  };
}

/**
 * What a listing page holds at most, in row units: a row counts 1 plus one per ROW_UNIT_CHARS of
 * its text, so pages of long rows hold fewer of them (a page stays within about ten screens).
 */
export const LISTING_PAGE_UNITS = 20;
export const ROW_UNIT_CHARS = 400;

/** A row's weight in a listing: 1, plus its planned actions and results text in ROW_UNIT_CHARS. */
export function rowUnits(view: RowView): number {
  return 1 + [...view.row.actions].length / ROW_UNIT_CHARS + [...view.row.results].length / ROW_UNIT_CHARS;
}

/**
 * How much of an organisation's latest year a practice page shows, in row units, at least one row;
 * the rest is one click away on its history page (so the page stays bounded with the organisations).
 */
export const LATEST_SHOWN_UNITS = 3;

/** The leading rows that fit in `units` row units; always at least the first. */
function firstUnits(rows: readonly RowView[], units: number): RowView[] {
  const shown: RowView[] = [];
  let used = 0;
  for (const row of rows) {
    if (shown.length > 0 && used + rowUnits(row) > units) break;
    shown.push(row);
    used += rowUnits(row);
  }
  return shown;
}

/** Segment of a listing of rows matching no template item of a dimension. */
export const UNMATCHED_ITEM = 'unmatched';

/** "gsp-2017-d1-s2-m3" below "gsp-2017-d1" → "s2-m3". */
function localTemplateKey(dimensionId: string, templateId: string): string {
  if (!templateId.startsWith(`${dimensionId}-`)) throw new Error(`template item ${templateId} is not below ${dimensionId}`);
  return templateId.slice(dimensionId.length + 1);
}

/**
 * Entries in pages of at most LISTING_PAGE_UNITS, in order. A document's rows stay together on a
 * page unless they alone exceed one; then they continue on the next page (each page starts with
 * at least one row, however long).
 */
function paginate(entries: readonly DocumentRows[], path: (page: number) => string): ListingPage[] {
  const pages: ListingPage[] = [];
  let unitsOnPage = 0;
  const newPage = () => {
    pages.push({ number: pages.length + 1, path: path(pages.length + 1), entries: [] });
    unitsOnPage = 0;
  };
  for (const entry of entries) {
    const units = entry.rows.reduce((sum, r) => sum + rowUnits(r), 0);
    // A document that fits on a fresh page does not start on a page it would overflow.
    if (pages.length === 0 || (unitsOnPage > 0 && unitsOnPage + units > LISTING_PAGE_UNITS && units <= LISTING_PAGE_UNITS)) newPage();
    for (const row of entry.rows) {
      const weight = rowUnits(row);
      if (unitsOnPage > 0 && unitsOnPage + weight > LISTING_PAGE_UNITS) newPage();
      const page = pages.at(-1)!;
      const last = page.entries.at(-1);
      if (last && last.document === entry.document) last.rows.push(row);
      else page.entries.push({ document: entry.document, rows: [row] });
      unitsOnPage += weight;
    }
  }
  return pages;
}

/** How many other documents a row page lists for each of its practices. */
export const ELSEWHERE_DOCUMENTS = 8;

export interface Elsewhere {
  practice: Practice;
  /** Rows of the nearest other documents (at most ELSEWHERE_DOCUMENTS of them). */
  rows: RowView[];
  /** Rows and documents about this practice outside this row's document, listed or not. */
  totalRows: number;
  totalDocuments: number;
}

function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function listPermalinks(index: Pick<SiteIndex, 'branches' | 'years' | 'documents' | 'dimensions' | 'practices'>): Permalink[] {
  const links: Permalink[] = PAGE_KINDS.flatMap((k) => (k.single ? [k.single] : []));
  for (const file of DATA_FILES) links.push({ path: paths.dataFile(file), target: `data ${file}` });
  for (const b of index.branches) links.push({ path: b.path, target: `branch ${b.branch.id}` });
  for (const y of index.years) {
    links.push({ path: y.path, target: `year ${y.roc}` });
    links.push({ path: paths.aboutSourcesYear(y.roc), target: `about-sources ${y.roc}` });
  }
  for (const d of index.dimensions) links.push({ path: d.path, target: `dimension ${d.dimension.id}` });
  for (const p of index.practices) {
    links.push({ path: p.path, target: `practice ${p.practice.id}` });
    for (const history of p.byBranch) {
      for (const page of history.pages) {
        links.push({ path: page.path, target: `practice-branch ${p.practice.id} ${history.branch.id}${page.number > 1 ? ` page ${page.number}` : ''}` });
      }
    }
  }
  for (const d of index.dimensions) {
    for (const item of d.items) {
      for (const page of item.pages) {
        links.push({ path: page.path, target: `dimension-item ${d.dimension.id} ${item.key}${page.number > 1 ? ` page ${page.number}` : ''}` });
      }
    }
  }
  for (const d of index.documents) {
    links.push({ path: d.path, target: `document ${d.document.id}` });
    links.push({ path: paths.documentSource(d.document), target: `source-lines ${d.document.id}` });
    links.push({ path: paths.sourceFile(d.document.id), target: `source-file ${d.document.id}` });
    for (const r of d.rows) links.push({ path: r.path, target: `row ${r.key}` });
  }
  return uniqueSortedPermalinks(links);
}
