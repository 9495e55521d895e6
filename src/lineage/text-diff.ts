/**
 * Word-level differences between two texts in Chinese: both are cut into words with
 * Intl.Segmenter (zh-Hant; a number such as 117 stays one word), and the word sequences are
 * compared with the `diff` package's longest-common-subsequence diff. Pure; the row page renders
 * the parts as <ins>/<del>.
 */
import { diffArrays } from 'diff';

export type Change = 'same' | 'added' | 'removed';

export interface DiffPart {
  change: Change;
  /** The words of this part joined back together, exactly as written (line breaks included). */
  text: string;
}

const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

/** The text as a sequence of words, spaces and punctuation; joined, they give the text back. */
export function words(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The parts that turn `before` into `after`, in reading order; within one change the removed
 * words come before the added ones. Adjacent parts of the same kind are merged.
 *
 * Changes of whitespace alone are not changes: spaces in these texts are left by PDF extraction
 * and typing habits (「每 3 個月」 beside 「每4個月」), not meaning. Spaces at the edges of a change are
 * taken out of it: added ones kept as unchanged text, removed ones dropped, so the unchanged and added parts always spell `after`
 * exactly, and the unchanged and removed parts spell `before` up to its whitespace.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (kind: Change, text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.change === kind) last.text += text;
    else parts.push({ change: kind, text });
  };
  const space = (word: string) => /^\s*$/.test(word);
  for (const change of diffArrays(words(before), words(after))) {
    const kind: Change = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const tokens = change.value;
    if (kind === 'same') {
      push(kind, tokens.join(''));
      continue;
    }
    // Spaces at the edges of a change belong to the unchanged text around it.
    let start = 0;
    let end = tokens.length;
    while (start < end && space(tokens[start])) start++;
    while (end > start && space(tokens[end - 1])) end--;
    if (kind === 'added') push('same', tokens.slice(0, start).join(''));
    push(kind, tokens.slice(start, end).join(''));
    if (kind === 'added') push('same', tokens.slice(end).join(''));
  }
  return parts;
}

/** True when the diff has any added or removed part. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.change !== 'same');
}
