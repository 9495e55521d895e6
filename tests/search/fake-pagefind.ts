/**
 * A stand-in for Pagefind 1.6's search() over our records, doing what pagefind_web's search.rs
 * does with an unquoted term: the term's words (split on spaces) must all occur in a record; each
 * word matches every indexed word it is a prefix of, or, when there is none in the whole index,
 * the longest indexed word that is a prefix of it; every position of every matched word is
 * reported. Records are the real ones (src/search/records.ts) built from test documents.
 */
import type { Document, Row } from '../../src/model/schema.ts';
import { SearchIndex, Searcher, type PagefindApi, type PagefindResponse } from '../../src/search/engine.ts';
import { searchCorpus, rowTextPath, type SearchCorpus } from '../../src/search/records.ts';

export function fakePagefind(corpus: SearchCorpus) {
  const calls: string[] = [];
  const contents = corpus.records.map((record) => record.content.split(' '));
  const vocabulary = new Set(contents.flat().filter((word) => word !== '"'));
  const matching = (word: string): Set<string> => {
    const extensions = [...vocabulary].filter((w) => w.startsWith(word));
    if (extensions.length > 0) return new Set(extensions);
    const prefixes = [...vocabulary].filter((w) => word.startsWith(w)).sort((a, b) => b.length - a.length);
    return new Set(prefixes.slice(0, 1));
  };
  const api: PagefindApi = {
    async search(term) {
      calls.push(term);
      const words = term.split(' ').map(matching);
      const results: PagefindResponse['results'] = [];
      contents.forEach((content, i) => {
        const of = (set: Set<string>) => content.flatMap((w, p) => (set.has(w) ? [p] : []));
        if (!words.every((set) => of(set).length > 0)) return;
        results.push({ id: `page-${i}`, words: words.flatMap(of) });
      });
      return { results };
    },
  };
  return { api, calls };
}

export function testRow(id: string, fields: Partial<Row>): Row {
  return {
    id,
    key: { dimension: 1, strategy: 1, method: 1, item: 1, suffix: '' },
    dimension: { id: 'd1', label: '基礎服務', maxPoints: 200 },
    strategy: '',
    method: '',
    item: '',
    unitsText: '',
    units: [],
    actions: '',
    results: '',
    resultsPeriod: null,
    frameworkItem: null,
    practices: [{ id: 'p', label: 'p' }],
    source: { lines: [1, 1] },
    ...fields,
  };
}

export function testDocument(branch: string, roc: number, kind: 'plan' | 'report', rows: Row[]): Document {
  return {
    id: `${branch}-${roc}-${kind}`,
    branch: { id: branch as Document['branch']['id'], name: branch },
    year: { roc, gregorian: roc + 1911 },
    kind,
    rows,
  } as Document;
}

/** A searcher over test documents, with the row id of each global row. */
export function testSearcher(documents: readonly Document[], branchOrder: readonly string[]) {
  const corpus = searchCorpus(documents, branchOrder, '/');
  corpus.table.documents.forEach((doc, i) => (doc.page = `page-${i}`));
  const fake = fakePagefind(corpus);
  const index = new SearchIndex(corpus.table);
  const searcher = new Searcher(fake.api, index);
  const rowId = (row: number) => {
    const { doc, index: i } = index.place(row);
    return corpus.rowTexts.get(rowTextPath(corpus.table.documents[doc].id, i))!.row;
  };
  return { corpus, searcher, calls: fake.calls, rowId };
}
