/**
 * How a document's label is put together from the labels of its organisation, year and kind
 * ("臺中分局 民國112年（2023） 執行計畫"). In a module of its own, importing nothing, because the
 * search page's script composes the label from its filter labels too (src/search/page.ts): a
 * label per document embedded in that page would grow with the series.
 */
export function composeDocumentLabel(branch: string, year: string, kind: string): string {
  return `${branch} ${year} ${kind}`;
}
