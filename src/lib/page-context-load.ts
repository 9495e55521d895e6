/** The page contexts of this build (src/lib/page-context.ts), computed once from its data. */
import { indicatorBuild } from '../indicators/load.ts';
import { defaultContext, pageContexts, type PageContext } from './page-context.ts';

let cached: Promise<{ byPath: Map<string, PageContext>; fallback: PageContext }> | undefined;

async function load() {
  const { index, indicators, extraction } = await indicatorBuild();
  const indicatorDocuments = indicators.map((indicator) => {
    const ids = new Set(extraction.values.filter((v) => v.indicator === indicator.id).map((v) => v.document.id));
    return { id: indicator.id, documents: index.documents.map((d) => d.document).filter((d) => ids.has(d.id)) };
  });
  return { byPath: pageContexts(index, indicatorDocuments), fallback: defaultContext(index) };
}

/** The context of the page at `path` (null: a page without a path, e.g. the 404 page). */
export async function pageContext(path: string | null): Promise<PageContext> {
  cached ??= load();
  const { byPath, fallback } = await cached;
  return (path !== null && byPath.get(path)) || fallback;
}
