import { describe, expect, it } from 'vitest';
import { documentLabelOf, searchPageConfig } from '../../src/search/config.ts';
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

  it('embeds nothing per document, so the page does not grow with the series', () => {
    const json = JSON.stringify(config);
    for (const doc of documents) expect(json).not.toContain(doc.id);
  });
});
