/**
 * Fidelity proof: how much of a source's content text reached the model, line by line.
 *
 * A content line is every non-blank line the layout parser did not declare as layout (repeated
 * headers, page footers). Its cells (tab-separated, `<p>` wrappers and whitespace removed) must be
 * found inside the text of a model element whose source range includes that line — so text that
 * landed in the wrong row counts as missing, not covered.
 */
import type { Coverage } from '../model/schema.ts';
import type { ParsedBody, SourceText } from './layout.ts';
import { squash } from './text.ts';

interface ClaimedText {
  from: number;
  to: number;
  text: string;
}

/** Leading markers that are markup of the extraction, not words: markdown headings and list dashes. */
const LINE_MARKUP = /^\s*(?:#{1,6}\s+|-\s+)/;

/** Shortest run of characters accepted as a match, so scattered single characters never count as found. */
const MIN_MATCH = 3;

export function contentCells(line: string): string[] {
  return line
    .replace(LINE_MARKUP, '')
    .split('\t')
    .map((cell) => squash(cell.replace(/<\/?p>/g, '')))
    .filter((cell) => cell.length > 0);
}

function claims(text: SourceText, body: ParsedBody): ClaimedText[] {
  const out: ClaimedText[] = [];
  const claim = (lines: [number, number], ...parts: string[]) =>
    out.push({ from: lines[0], to: lines[1], text: squash(parts.join('\u0000')) });
  claim([text.titleLine, text.titleLine], text.lines[text.titleLine - 1].replace(LINE_MARKUP, ''));
  if (body.issuedOn) claim(body.issuedOn.source.lines, body.issuedOn.text);
  for (const s of body.sections) claim(s.source.lines, s.heading, s.text);
  for (const d of body.dimensions) claim(d.source.lines, d.heading);
  for (const n of body.notes) claim(n.source.lines, n.text);
  if (body.scores) {
    const s = body.scores;
    claim(
      s.source.lines,
      s.scale,
      ...s.items.flatMap((i) => [i.dimension, String(i.score), String(i.max)]),
      String(s.total),
      String(s.max),
      s.grade,
      s.assessedOnText,
    );
  }
  for (const r of body.rows) claim(r.source.lines, r.strategy, r.method, r.item, r.unitsText, r.actions, r.results);
  return out;
}

/** Characters of `cell` not found (in runs of at least MIN_MATCH, or the whole remainder) in `haystack`. */
export function missingCharacters(cell: string, haystack: string): string {
  let missing = '';
  let pos = 0;
  while (pos < cell.length) {
    // Longest prefix of cell[pos..] present in haystack; substring presence is monotone in length.
    let lo = 0;
    let hi = cell.length - pos;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (haystack.includes(cell.slice(pos, pos + mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo >= Math.min(MIN_MATCH, cell.length - pos) && lo > 0) pos += lo;
    else missing += cell[pos++];
  }
  return missing;
}

export function measureCoverage(text: SourceText, body: ParsedBody): Coverage {
  const claimed = claims(text, body);
  const layout = new Map(body.layoutLines.map((l) => [l.line, l.reason]));
  let contentChars = 0;
  let coveredChars = 0;
  const uncovered: Coverage['uncovered'] = [];
  const excluded: Coverage['excluded'] = [];
  text.lines.forEach((raw, index) => {
    const line = index + 1;
    const reason = layout.get(line);
    if (reason !== undefined) {
      if (raw.trim()) excluded.push({ line, text: raw, reason });
      return;
    }
    const cells = contentCells(raw);
    if (cells.length === 0) return;
    const haystack = claimed
      .filter((c) => c.from <= line && line <= c.to)
      .map((c) => c.text)
      .join('\u0001');
    let missing = '';
    for (const cell of cells) {
      contentChars += cell.length;
      const lost = missingCharacters(cell, haystack);
      coveredChars += cell.length - lost.length;
      missing += lost;
    }
    if (missing) uncovered.push({ line, text: raw, missing });
  });
  return {
    contentChars,
    coveredChars,
    ratio: contentChars === 0 ? 1 : coveredChars / contentChars,
    uncovered,
    excluded,
  };
}
