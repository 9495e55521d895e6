/**
 * The one rule for "the file was cut short": every table of these documents closes its last cell
 * with a finished sentence, so a last cell that does not end one means the text stops mid-row.
 */

/** Sentence-final punctuation, optionally inside a closing quote or bracket: "…。", "…。」", "…！）". */
const SENTENCE_END = /[。！？!?；;][」』”"’）)\]]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}
