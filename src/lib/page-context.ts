/**
 * What the page frame needs to know about each page beyond its own props: the documents it shows
 * (for its 更新日期) and its share image. Keyed by the page's site path and computed once from the
 * site index, so every page gets them from the layout without each template repeating the rule:
 * a document, its source view and its row pages show that document and use its image; a branch,
 * year, dimension or practice page shows its documents; a practice and an indicator page have
 * their own image; everything else shows every document and uses the home page's image. A page
 * that shows no document yet (a branch without one) is dated by the whole collection, which is
 * what its "none yet" reflects.
 */
import type { Document } from '../model/schema.ts';
import type { SiteIndex } from './site.ts';
import { paths } from './urls.ts';

export interface PageContext {
  documents: readonly Document[];
  /** Site path of the page's share image. */
  ogImage: string;
}

export interface IndicatorDocuments {
  id: string;
  /** Documents that have a value for the indicator. */
  documents: readonly Document[];
}

export function pageContexts(index: SiteIndex, indicators: readonly IndicatorDocuments[]): Map<string, PageContext> {
  const contexts = new Map<string, PageContext>();
  const all = index.documents.map((d) => d.document);
  const set = (path: string, context: PageContext) =>
    contexts.set(path, context.documents.length > 0 ? context : { ...context, documents: all });

  set(paths.home(), { documents: all, ogImage: paths.ogHome() });
  for (const view of index.documents) {
    const context = { documents: [view.document], ogImage: paths.ogDocument(view.document.id) };
    set(view.path, context);
    set(paths.documentSource(view.document), context);
    for (const row of view.rows) set(row.path, context);
  }
  for (const branch of index.branches) set(branch.path, { documents: branch.documents, ogImage: paths.ogHome() });
  for (const year of index.years) set(year.path, { documents: year.documents, ogImage: paths.ogHome() });
  for (const dimension of index.dimensions) set(dimension.path, { documents: dimension.documents, ogImage: paths.ogHome() });
  for (const practice of index.practices) {
    const context = { documents: practice.byDocument.map((d) => d.document), ogImage: paths.ogPractice(practice.practice.id) };
    set(practice.path, context);
    set(paths.comparePractice(practice.practice.id), context);
  }
  for (const indicator of indicators) {
    set(paths.compareIndicator(indicator.id), { documents: indicator.documents, ogImage: paths.ogIndicator(indicator.id) });
  }
  return contexts;
}

/** The context of a page the map does not list: every document, the home page's image. */
export function defaultContext(index: SiteIndex): PageContext {
  return { documents: index.documents.map((d) => d.document), ogImage: paths.ogHome() };
}
