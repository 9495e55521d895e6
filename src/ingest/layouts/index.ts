/** Every layout family the ingest knows, tried in order; exactly one must recognise a source. */
import type { LayoutParser } from '../layout.ts';
import { tabbedParagraphTableLayout } from './tabbed-paragraph-table.ts';
import { tabbedMarkdownLayout } from './tabbed-markdown.ts';
import { foldedHierarchyTableLayout } from './folded-hierarchy-table.ts';
import { pdfTextLayout } from './pdf-text.ts';
import { sectionedPlanLayout } from './sectioned-plan.ts';

export const LAYOUTS: readonly LayoutParser[] = [
  tabbedParagraphTableLayout,
  tabbedMarkdownLayout,
  foldedHierarchyTableLayout,
  pdfTextLayout,
  sectionedPlanLayout,
];
