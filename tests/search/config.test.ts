import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, commonWords, documentLabelOf, searchPageConfig } from '../../src/search/config.ts';
import { FIELD_BREAK, FIELD_END } from '../../src/search/tokens.ts';
import { documentLabel } from '../../src/lib/labels.ts';
import { realData } from '../indicators/real-documents.ts';

describe('search page config', () => {
  const { documents, reference } = realData();
  const config = searchPageConfig({
    documents,
    branches: reference.branches,
    frameworks: reference.frameworks,
    practices: reference.practices,
    bundle: '/pagefind/',
    // The Simplified table is not under test here: a conversion that changes nothing.
    conversion: { simplifyText: (text: string) => text, isSimplified: () => false },
  });

  it('labels each result with its document’s label, composed from the filter labels alone', () => {
    expect(documents.length).toBe(5);
    for (const doc of documents) {
      expect(documentLabelOf(config, { branch: doc.branch.id, year: doc.year.roc, kind: doc.kind })).toBe(documentLabel(doc));
    }
  });

  it('lists the commonest bigrams of the index with their positions, commonest first', () => {
    const { words, positions } = config.commonWords;
    expect(words).toHaveLength(COMMON_WORDS);
    expect(words).toContain('服務');
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    expect(words.every((w) => [...w].length === 2 && !w.includes(FIELD_END) && !w.includes(FIELD_BREAK))).toBe(true);
    expect(commonWords([['服務', '務品', '服務', `質${FIELD_END}`, FIELD_BREAK]])).toEqual({ words: ['服務', '務品'], positions: [2, 1] });
  });

  it('embeds nothing per document, so the page does not grow with the series', () => {
    const json = JSON.stringify(config);
    for (const doc of documents) expect(json).not.toContain(doc.id);
  });
});
