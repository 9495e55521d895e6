/**
 * The self-assessment appendix that closes a PDF-extracted plan (【附表 2】 … 自行考核結果統計表):
 * caption, assessed unit, grade bands, a column header broken into fragments, one data row and a
 * note on what was done with the result.
 *
 * The header fragments ("實施" / "考核" / "機關" / "編號 受 考" / …) are the table's column labels;
 * the dimension labels among them ("一、基礎服" / "務(200 分)") are read into the score items, the
 * rest is layout. The data row's values are read into ParsedScores and kept as written in a note.
 */
import { IngestError } from '../../model/errors.ts';
import type { LayoutLine, ParsedNote, ParsedScores } from '../layout.ts';
import { squash } from '../text.ts';
import { isBlank, joinBroken, type PdfLine } from './pdf-text-lines.ts';

export interface ScoreAppendix {
  scores: ParsedScores;
  notes: ParsedNote[];
  layoutLines: LayoutLine[];
}

const APPENDIX_START = /^【\s*附表/;
const ASSESSED_UNIT = /^受考核單位\s*[:：]/;
/** "優=900 分以上；甲=899-800 分；…" */
const GRADE_SCALE = /^優\s*=/;
const GRADE = '優甲乙丙丁';
/** "180 275 185 180 90 910 優 109.07": dimension scores, total, grade, ROC year.month. */
const VALUES = new RegExp(`^((?:\\d+(?:\\.\\d+)?\\s+)+)([${GRADE}])\\s+(\\d{2,3})\\.(\\d{1,2})$`);
/** A dimension column label, read from the header with whitespace removed: "一、基礎服務(200分)". */
const DIMENSION_LABEL = /([一二三四五六七八九十]+、[^()（）、]+?)[(（](\d+)分[)）]/g;
/** "考核項目成績（1000 分）" */
const TOTAL_POINTS = /成績[(（](\d+)分[)）]/;
const FOLLOW_UP = /^※/;

export function isAppendixStart(text: string): boolean {
  return APPENDIX_START.test(text);
}

export function readScoreAppendix(file: string, lines: readonly PdfLine[]): ScoreAppendix {
  const content = lines.filter((l) => !isBlank(l.raw));
  const find = (pattern: RegExp) => content.findIndex((l) => pattern.test(l.text));
  const unitAt = find(ASSESSED_UNIT);
  const scaleAt = find(GRADE_SCALE);
  const valuesAt = find(VALUES);
  const where = content[0]?.line ?? null;
  if (scaleAt === -1) throw new IngestError(file, where, 'score appendix has no grade bands (優=…)');
  if (valuesAt === -1 || valuesAt < scaleAt) {
    throw new IngestError(file, where, 'score appendix has no row of scores (… total grade YYY.MM)');
  }

  const captionEnd = unitAt !== -1 && unitAt < scaleAt ? unitAt : scaleAt;
  const notes: ParsedNote[] = [];
  const noteOf = (kind: string, part: readonly PdfLine[], text = part.map((l) => l.text).join('\n')) => {
    if (part.length) notes.push({ text, kind, source: { lines: [part[0].line, part[part.length - 1].line] } });
  };
  noteOf('table-caption', content.slice(0, captionEnd));
  if (unitAt !== -1 && unitAt < scaleAt) noteOf('assessed-unit', content.slice(unitAt, scaleAt));

  // Header fragments run from the grade bands to the last dimension label; the data row's cells follow.
  const between = content.slice(scaleAt + 1, valuesAt);
  let read = '';
  let headerEnd = 0;
  between.forEach((l, i) => {
    read += squash(l.text);
    if (/分[)）]$/.test(read)) headerEnd = i + 1;
  });
  const header = between.slice(0, headerEnd);
  const headerText = header.map((l) => squash(l.text)).join('');
  const items = [...headerText.matchAll(DIMENSION_LABEL)].map((m) => ({ dimension: m[1], max: Number(m[2]) }));
  if (items.length === 0)
    throw new IngestError(file, content[scaleAt].line, 'score table header names no dimensions (一、…(200 分))');

  const values = content[valuesAt];
  const m = values.text.match(VALUES) as RegExpMatchArray;
  const numbers = m[1].trim().split(/\s+/).map(Number);
  if (numbers.length !== items.length + 1) {
    throw new IngestError(
      file,
      values.line,
      `score row has ${numbers.length} numbers, expected ${items.length} dimension scores and a total`,
    );
  }
  const rowCells = between.slice(headerEnd);
  noteOf('score-table-row', [...rowCells, values], [...scoreRowCells(rowCells), values.text].join('\n'));
  noteOf(
    'score-follow-up',
    content.slice(valuesAt + 1).filter((l) => FOLLOW_UP.test(l.text)),
  );
  const other = content.slice(valuesAt + 1).filter((l) => !FOLLOW_UP.test(l.text));
  noteOf('appendix-text', other);

  const [rocYear, month] = [Number(m[3]), Number(m[4])];
  const totalPoints = headerText.match(TOTAL_POINTS);
  return {
    scores: {
      items: items.map(({ dimension, max }, i) => ({ dimension, score: numbers[i], max })),
      total: numbers[items.length],
      max: totalPoints ? Number(totalPoints[1]) : items.reduce((n, item) => n + item.max, 0),
      grade: m[2],
      assessedOnText: `${m[3]}.${m[4]}`,
      assessedOn: month >= 1 && month <= 12 ? `${rocYear + 1911}-${String(month).padStart(2, '0')}` : null,
      scale: content[scaleAt].text,
      source: { lines: [content[scaleAt].line, values.line] },
    },
    notes,
    layoutLines: header.map((l) => ({ line: l.line, reason: 'table-header' })),
  };
}

/**
 * Cells of the data row before the numbers ("高雄" / "分局 " / "高雄" / "分局 "): fragments join
 * until one ends in whitespace, the extraction's mark of a cell's last line.
 */
function scoreRowCells(lines: readonly PdfLine[]): string[] {
  const cells: string[] = [];
  let current = '';
  for (const l of lines) {
    current = joinBroken(current, l.text, false);
    if (l.trailingSpace) {
      cells.push(current);
      current = '';
    }
  }
  if (current) cells.push(current);
  return cells;
}
