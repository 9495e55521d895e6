/**
 * Line-level helpers for text extracted from a PDF (layout family "pdf-text"): how wide a line is
 * on the page, where pages start, how broken lines join back into paragraphs, and how the PDF's
 * letter-spacing of justified lines is undone.
 */
import { collapseSpaces, leadingNumbering, type Numbering } from '../text.ts';

/** One source line as the PDF layout parser sees it. */
export interface PdfLine {
  /** 1-based source line. */
  line: number;
  /** The line as normalised, untouched. */
  raw: string;
  /** Trimmed, letter-spacing undone, runs of spaces collapsed. */
  text: string;
  /**
   * Width of `text`: CJK and full-width characters count 2, the rest 1. Measured after undoing
   * letter-spacing, which the extraction adds to justified lines only.
   */
  width: number;
  /** First line of a new page (see `toPdfLines`). */
  pageStart: boolean;
  /** The line ended in whitespace: the extraction's mark of a word or paragraph boundary. */
  trailingSpace: boolean;
}

const HAN = /\p{Script=Han}/u;
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2E80-\u2FDF\u3100-\u312F]/u;

/** CJK and full-width characters take two columns, everything else one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Justified PDF lines come out letter-spaced ("業 務 標 準 作 業 流"). A run of single Han characters
 * separated by single spaces, with no Han character touching either end, is that spacing and not
 * text, so its spaces are removed; anything else (double spaces, words, Latin) stays as written.
 */
const LETTER_SPACED_RUN = /(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}(?!\p{Script=Han}))+/gu;

export function undoLetterSpacing(text: string): string {
  return text.replace(LETTER_SPACED_RUN, (run) => run.replace(/ /g, ''));
}

/** The text of a line as the model keeps it: letter-spacing undone, spaces collapsed, trimmed. */
export function lineText(raw: string): string {
  return collapseSpaces(undoLetterSpacing(raw.trim()));
}

const PAGE_FOOTER = /^\s*第\s*\d+\s*頁\s*[(（]\s*共\s*\d+\s*頁\s*[)）]\s*$/;

/** "第 12 頁(共 14 頁)". */
export function isPageFooter(raw: string): boolean {
  return PAGE_FOOTER.test(raw);
}

export function isBlank(raw: string): boolean {
  return raw.trim() === '';
}

/**
 * Builds PdfLines for the whole document. The extraction separates the text runs of one page with
 * blank lines but starts a new page right after the last line of the previous one, indented: a line
 * with leading whitespace directly under a non-blank line is the first line of a page. The first
 * line after a page footer is one too.
 */
export function toPdfLines(lines: readonly string[]): PdfLine[] {
  let afterFooter = false;
  return lines.map((raw, index) => {
    const previous = index > 0 ? lines[index - 1] : '';
    const indentedUnderText = /^\s/.test(raw) && !isBlank(raw) && !isBlank(previous);
    const pageStart = !isBlank(raw) && (indentedUnderText || afterFooter);
    if (isPageFooter(raw)) afterFooter = true;
    else if (!isBlank(raw)) afterFooter = false;
    const text = lineText(raw);
    return {
      line: index + 1,
      raw,
      text,
      width: displayWidth(text),
      pageStart,
      trailingSpace: /\S\s+$/.test(raw),
    };
  });
}

const ASCII_WORD_END = /[A-Za-z0-9%)\]]$/;
const ASCII_WORD_START = /^[A-Za-z0-9(\[]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * Joins a line broken by the PDF onto the text before it. Han text joins without a space. Between
 * two Latin words the extraction leaves a trailing space when the break fell between words
 * ("Google site " + "search") and none when it cut a word ("gov.t" + "w/"). Where Han meets Latin
 * or digits the document itself spaces them ("計 14 場次"), so the break becomes that space.
 */
export function joinBroken(before: string, after: string, beforeHadTrailingSpace: boolean): string {
  if (!before) return after;
  if (!after) return before;
  const last = before.at(-1) as string;
  const first = after[0];
  const latinBoth = ASCII_WORD_END.test(last) && ASCII_WORD_START.test(first);
  const hanMeetsLatin = (HAN.test(last) && ASCII_ALNUM.test(first)) || (ASCII_ALNUM.test(last) && HAN.test(first));
  const bareMarker = isBareMarker(before);
  const space = bareMarker || hanMeetsLatin || (latinBoth && beforeHadTrailingSpace);
  return `${before}${space ? ' ' : ''}${after}`;
}

/** A paragraph of a cell, rebuilt from broken lines. */
export interface Paragraph {
  text: string;
  lines: [number, number];
  /** Numbering the paragraph opens with ("1.", "(2)"); null for plain text and bullets. */
  marker: Numbering | null;
  /** Opens with a bullet ("●"). */
  bullet: boolean;
  /** Ends a sentence, so the next line of its column cannot continue it. */
  complete: boolean;
  /** Its last line ended in whitespace (see `joinBroken`). */
  trailingSpace: boolean;
}

const BULLET = /^[●■◆❖▪•➢✓]/;
const SENTENCE_END = /[。！？!?；;]["」』）)]?$/;
/** A full stop at the end of a line closes the paragraph; other punctuation may fall there mid-sentence. */
const PARAGRAPH_END = /。["」』）)]?$/;

/** A marker with nothing after it ("2."), which the PDF puts on a line of its own. */
export function isBareMarker(text: string): boolean {
  const numbering = leadingNumbering(text);
  return numbering !== null && numbering.rest.trim() === '';
}

export function paragraphOf(text: string, lines: [number, number], trailingSpace: boolean): Paragraph {
  return {
    text,
    lines,
    marker: leadingNumbering(text),
    bullet: BULLET.test(text),
    complete: SENTENCE_END.test(text) || isBareMarker(text),
    trailingSpace,
  };
}

/** A paragraph broken by a page: the continuation joins on as if the break were a line break. */
export function continueParagraph(first: Paragraph, continuation: Paragraph): Paragraph {
  const text = joinBroken(first.text, continuation.text, first.trailingSpace);
  return {
    ...paragraphOf(text, [first.lines[0], continuation.lines[1]], continuation.trailingSpace),
    marker: first.marker,
    bullet: first.bullet,
  };
}

/**
 * Rebuilds paragraphs from the non-blank lines of one cell. A line opens a new paragraph when it
 * starts with numbering or a bullet, or when the line before ended a sentence with "。"; any other
 * line continues the paragraph (blank lines inside a cell are an artefact of the extraction).
 */
export function paragraphsOf(lines: readonly PdfLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let text = '';
  let from = 0;
  let to = 0;
  let trailingSpace = false;
  for (const l of lines) {
    if (!l.text) continue;
    const opensParagraph =
      text === '' || leadingNumbering(l.text) !== null || BULLET.test(l.text) || PARAGRAPH_END.test(text);
    if (opensParagraph) {
      if (text) out.push(paragraphOf(text, [from, to], trailingSpace));
      text = l.text;
      from = l.line;
    } else {
      text = joinBroken(text, l.text, trailingSpace);
    }
    to = l.line;
    trailingSpace = l.trailingSpace;
  }
  if (text) out.push(paragraphOf(text, [from, to], trailingSpace));
  return out;
}
