/**
 * A document's source view in pages of SOURCE_LINES_PER_PAGE lines (src/lib/urls.ts decides which
 * page holds a line), so the longest source stays within about ten screens. Plain data for the
 * source pages, the permalink list and the page contexts.
 */
import { paths, SOURCE_LINES_PER_PAGE, type DocumentKeys } from './urls.ts';

export interface SourcePage {
  number: number;
  path: string;
  /** First and last line on the page, 1-based, inclusive. */
  from: number;
  to: number;
}

/** The pages of a source of `lineCount` lines; an empty source still has its (empty) first page. */
export function sourcePages(doc: DocumentKeys, lineCount: number): SourcePage[] {
  const count = Math.max(1, Math.ceil(lineCount / SOURCE_LINES_PER_PAGE));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    path: paths.documentSourcePage(doc, i + 1),
    from: i * SOURCE_LINES_PER_PAGE + 1,
    to: Math.min(lineCount, (i + 1) * SOURCE_LINES_PER_PAGE),
  }));
}
