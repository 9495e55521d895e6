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
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(words(before), words(after))) {
    const kind: Change = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const text = change.value.join('');
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.change === kind) last.text += text;
    else parts.push({ change: kind, text });
  }
  return parts;
}

/** True when the diff has any added or removed part. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.change !== 'same');
}
