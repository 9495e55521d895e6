/**
 * Splits the last two columns of a PDF-extracted row, 具體作法 (actions) and 執行績效與成果 (results).
 *
 * The extraction writes a row's cells one after the other, and when the row crosses a page it does so
 * page by page: the actions and results on the first page, then the actions and results on the next.
 * Nothing marks where one cell ends, so every way of cutting each page's paragraphs into an actions
 * part followed by a results part is weighed against what the two cells look like in these plans:
 *
 * - a sentence cut by the page break continues, unnumbered, as the first text of its column on the
 *   next page (hard rule);
 * - numbering inside one cell only goes forward: "(2)" never follows "(2)" (hard rule);
 * - the results cell restates the numbering the actions cell opens with ("3." … "3.");
 * - the two cells report the same points, so they hold about as many paragraphs,
 * - and, paragraph by paragraph, share wording.
 *
 * The best cut wins; two equally good cuts are an error, not a guess.
 */
import { IngestError } from '../../model/errors.ts';
import type { Numbering } from '../text.ts';
import { continueParagraph, paragraphsOf, type Paragraph, type PdfLine } from './pdf-text-lines.ts';

export interface ActionsAndResults {
  actions: Paragraph[];
  results: Paragraph[];
}

/** Cuts tried per row before giving up: rows here have at most a few pages and a dozen paragraphs. */
const MAX_CANDIDATES = 200_000;

export function splitActionsAndResults(file: string, body: readonly PdfLine[]): ActionsAndResults {
  const pages = pagesOf(body)
    .map(paragraphsOf)
    .filter((p) => p.length > 0);
  if (pages.length === 0) throw new IngestError(file, null, 'row has no 具體作法 text');
  const firstLine = pages[0][0].lines[0];
  const count = pages.reduce((n, p) => n * (p.length + 1), 1);
  if (count > MAX_CANDIDATES) {
    throw new IngestError(
      file,
      firstLine,
      `row spans too many pages and paragraphs to split 具體作法 from 執行績效與成果`,
    );
  }
  const scored = rankedCuts(pages);
  if (scored.length === 0) {
    throw new IngestError(
      file,
      firstLine,
      'cannot tell where 具體作法 ends and 執行績效與成果 begins (no consistent cut)',
    );
  }
  if (scored.length > 1 && compareScores(scored[0].score, scored[1].score) === 0) {
    const at = scored[0].cut.results[0]?.lines[0] ?? firstLine;
    throw new IngestError(
      file,
      at,
      'cannot tell where 具體作法 ends and 執行績效與成果 begins (two cuts fit equally well)',
    );
  }
  return scored[0].cut;
}

/**
 * Whether the lines read so far hold a results cell after the actions: results begun, restating the
 * actions' opening number when there is one. A row cannot end before that.
 */
export function hasResults(body: readonly PdfLine[]): boolean {
  const pages = pagesOf(body)
    .map(paragraphsOf)
    .filter((p) => p.length > 0);
  if (pages.length === 0 || pages.reduce((n, p) => n * (p.length + 1), 1) > MAX_CANDIDATES) return false;
  const best = rankedCuts(pages)[0];
  if (!best || best.cut.results.length === 0) return false;
  return best.cut.actions[0].marker === null || best.score.restatesOpening;
}

interface Score {
  /** A cut that leaves the results cell empty is the last resort. */
  hasResults: boolean;
  /** The results open with the numbering the actions open with. */
  restatesOpening: boolean;
  /** Minus the difference in paragraph counts. */
  balance: number;
  /** Paragraph-by-paragraph wording shared by the two cells. */
  similarity: number;
}

/** Cuts that keep the hard rules, best first. */
function rankedCuts(pages: readonly Paragraph[][]): { cut: ActionsAndResults; score: Score }[] {
  const scored: { cut: ActionsAndResults; score: Score }[] = [];
  for (const cuts of cutsOf(pages.map((p) => p.length))) {
    const cut = assemble(pages, cuts);
    if (cut) scored.push({ cut, score: scoreOf(cut) });
  }
  return scored.sort((a, b) => compareScores(b.score, a.score));
}

/** Body lines grouped by page: a new group at every line that opens a page. */
function pagesOf(body: readonly PdfLine[]): PdfLine[][] {
  const pages: PdfLine[][] = [];
  for (const l of body) {
    if (pages.length === 0 || l.pageStart) pages.push([]);
    pages[pages.length - 1].push(l);
  }
  return pages;
}

/** Every choice of how many leading paragraphs of each page are actions. */
function* cutsOf(sizes: readonly number[]): Generator<number[]> {
  if (sizes.length === 0) {
    yield [];
    return;
  }
  for (const rest of cutsOf(sizes.slice(1))) {
    for (let k = 0; k <= sizes[0]; k++) yield [k, ...rest];
  }
}

/** Puts the paragraphs together for one cut; null when the cut breaks a hard rule. */
function assemble(pages: readonly Paragraph[][], cuts: readonly number[]): ActionsAndResults | null {
  const actions: Paragraph[] = [];
  const results: Paragraph[] = [];
  for (let p = 0; p < pages.length; p++) {
    const ownActions = pages[p].slice(0, cuts[p]);
    const ownResults = pages[p].slice(cuts[p]);
    // Every cell of a row starts on the row's first page.
    if (p === 0 && ownActions.length === 0) return null;
    // A column left mid-sentence on the previous page must go on first on this one.
    if (isOpen(actions) && ownActions.length === 0) return null;
    if (isOpen(results) && ownResults.length === 0) return null;
    if (!extend(actions, ownActions) || !extend(results, ownResults)) return null;
  }
  if (actions.length === 0) return null;
  if (!numberingMovesOn(actions) || !numberingMovesOn(results)) return null;
  return { actions, results };
}

function isOpen(column: readonly Paragraph[]): boolean {
  return column.length > 0 && !column[column.length - 1].complete;
}

/** Appends one page's part of a column; the first paragraph continues an open one. */
function extend(column: Paragraph[], part: readonly Paragraph[]): boolean {
  if (part.length === 0) return true;
  if (isOpen(column)) {
    const [continuation, ...rest] = part;
    if (continuation.marker || continuation.bullet) return false;
    column[column.length - 1] = continueParagraph(column[column.length - 1], continuation);
    column.push(...rest);
    return true;
  }
  column.push(...part);
  return true;
}

/**
 * Within one cell each numbering style counts up; a style seen again after a higher-level marker
 * ("1." (1) (2) "2." (1)) starts over, because it numbers the points under the new marker.
 */
export function numberingMovesOn(column: readonly Paragraph[]): boolean {
  const levels: { style: Numbering['style']; value: number }[] = [];
  for (const p of column) {
    if (!p.marker) continue;
    const level = levels.findIndex((l) => l.style === p.marker?.style);
    if (level === -1) {
      levels.push({ style: p.marker.style, value: p.marker.value });
      continue;
    }
    if (p.marker.value <= levels[level].value) return false;
    levels.splice(level + 1);
    levels[level].value = p.marker.value;
  }
  return true;
}

function scoreOf({ actions, results }: ActionsAndResults): Score {
  const opening = actions[0].marker;
  const resultsOpening = results[0]?.marker;
  return {
    hasResults: results.length > 0,
    restatesOpening: Boolean(opening && resultsOpening && sameMarker(opening, resultsOpening)),
    balance: -Math.abs(actions.length - results.length),
    similarity: alignedSimilarity(actions, results),
  };
}

function sameMarker(a: Numbering, b: Numbering): boolean {
  return a.style === b.style && a.value === b.value;
}

/** Positive when `a` is the better cut; the criteria count in the order Score lists them. */
function compareScores(a: Score, b: Score): number {
  const order = (s: Score) => [Number(s.hasResults), Number(s.restatesOpening), s.balance, s.similarity];
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i] - y[i]) > 1e-9) return x[i] - y[i];
  }
  return 0;
}

/** Sum over paragraph pairs (first with first, …) of their character-bigram Dice similarity. */
function alignedSimilarity(actions: readonly Paragraph[], results: readonly Paragraph[]): number {
  let total = 0;
  for (let i = 0; i < Math.min(actions.length, results.length); i++) total += dice(actions[i].text, results[i].text);
  return total;
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/g, '')];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function dice(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let size = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    size += n;
  }
  for (const n of gb.values()) size += n;
  return size === 0 ? 0 : (2 * shared) / size;
}
