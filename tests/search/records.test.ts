import { describe, expect, it } from 'vitest';
import { BLOCK, documentGeometry, orderDocuments, rowAt, rowLayout, rowTextPath, searchCorpus, searchTableFile, searchTableFromFile } from '../../src/search/records.ts';
import { FIELD_BREAK, FIELD_END } from '../../src/search/tokens.ts';
import { testDocument, testRow } from './fake-pagefind.ts';

describe('row layout', () => {
  it('puts heading words first and body words from the next block on, fields apart', () => {
    const layout = rowLayout(['(一)策略', '', '(2) 注重電話禮貌', '秘書室', '', '訂有電話禮貌測試']);
    const words = layout.words;
    expect(words.slice(0, 4)).toEqual(['(一', '一)', ')策', '策略']);
    expect(words[4]).toBe(`略${FIELD_END}`);
    expect(words[5]).toBe(FIELD_BREAK);
    expect(layout).toMatchObject({ headingBlocks: 1, bodyBlocks: 1 });
    expect(words.length).toBe(2 * BLOCK);
    expect(words[BLOCK]).toBe('秘書');
  });

  it('always leaves a FIELD_BREAK between heading and body, and none for an empty part', () => {
    const full = rowLayout(['長'.repeat(BLOCK), '', '', '', '', '']);
    expect(full.headingBlocks).toBe(2);
    expect(full.words[BLOCK - 1]).toBe(`長${FIELD_END}`);
    expect(full.words[BLOCK]).toBe(FIELD_BREAK);
    expect(rowLayout(['', '', '', '', '', '結果']).headingBlocks).toBe(0);
  });

  it('refuses text holding the character that marks field ends', () => {
    expect(() => rowLayout(['a\uE000', '', '', '', '', ''], 'x d1')).toThrow(/x d1: .*U\+E000/);
  });
});

describe('searchCorpus', () => {
  const documents = [
    testDocument('keelung', 102, 'report', [testRow('d1-s1-m1-i1', { strategy: '(一)策略', results: '電話禮貌測試 APP' })]),
    testDocument('hualien', 111, 'report', [
      testRow('d1-s1-m1-i1', { strategy: '(一)服務一致及正確性', results: '單一窗口，便捷貿 e 網'.repeat(10), practices: [{ id: 'single-window', label: '單一窗口' }, { id: 'online', label: '線上申辦' }] }),
      testRow('d1-s1-m1-i2', { item: '(2) 其他' }),
    ]),
    testDocument('hq', 115, 'plan', [testRow('d1-s0-m0-i1', { actions: '(一) 作法' })]),
  ];
  const corpus = searchCorpus(documents, ['hq', 'keelung', 'hualien'], '/reports/');

  it('makes one record per document, newest year first', () => {
    expect(corpus.records.map((r) => r.url)).toEqual(['/reports/hq/115/plan/', '/reports/hualien/111/report/', '/reports/keelung/102/report/']);
    expect(corpus.table.documents.map((d) => [d.id, d.branch, d.year, d.kind])).toEqual([
      ['hq-115-plan', 'hq', 115, 'plan'],
      ['hualien-111-report', 'hualien', 111, 'report'],
      ['keelung-102-report', 'keelung', 102, 'report'],
    ]);
    expect(orderDocuments(documents, ['hq', 'keelung', 'hualien']).map((d) => d.id)[0]).toBe('hq-115-plan');
    expect(corpus.records.every((r) => r.language === 'zxx')).toBe(true);
    expect(corpus.rows).toBe(4);
  });

  it('files every row under its dimension and each of its practices', () => {
    const hualien = corpus.table.documents[1];
    expect(corpus.table.kinds[hualien.rows[0]]).toEqual({ dimension: 'd1', practices: ['single-window', 'online'] });
    expect(corpus.table.kinds[hualien.rows[3]]).toEqual({ dimension: 'd1', practices: ['p'] });
  });

  it('tells from every word position its row and whether it is in the heading', () => {
    corpus.records.forEach((record, d) => {
      const doc = documents.find((x) => x.id === corpus.table.documents[d].id)!;
      const geometry = documentGeometry(corpus.table.documents[d], corpus.table.block);
      const words = record.content.split(' ');
      doc.rows.forEach((row, r) => {
        const layout = rowLayout([row.strategy, row.method, row.item, row.unitsText, row.actions, row.results]);
        const start = geometry.rowStart[r];
        expect(words.slice(start, start + layout.words.length).join(' ').replace(/( ")+$/, '')).toBe(layout.words.join(' ').replace(/( ")+$/, ''));
        layout.words.forEach((word, i) => {
          if (word === FIELD_BREAK || start + i >= words.length) return;
          expect(rowAt(geometry, start + i)).toBe(r);
          expect(start + i < geometry.bodyStart[r]).toBe(i < layout.headingBlocks * BLOCK);
        });
      });
      expect(rowAt(geometry, geometry.rowStart[doc.rows.length])).toBe(-1);
    });
  });

  it('keeps each row as written, with its page, for the rows shown', () => {
    expect(corpus.rowTexts.get(rowTextPath('hualien-111-report', 1))).toEqual({
      url: '/reports/hualien/111/report/d1-s1-m1-i2/',
      row: 'd1-s1-m1-i2',
      fields: ['', '', '(2) 其他', '', '', ''],
    });
    expect(corpus.rowTexts.size).toBe(4);
  });

  it('lists the punctuation Pagefind must keep, and no letters', () => {
    expect([...corpus.includeCharacters].sort()).toEqual(['(', ')', '，', FIELD_END].sort());
    expect(corpus.characters.has('a')).toBe(true);
  });
});

describe('search-table.json', () => {
  const corpus = searchCorpus(
    [
      testDocument('hualien', 111, 'report', [testRow('a', { item: '(1) 電話禮貌' }), testRow('b', { results: '完成' })]),
      testDocument('keelung', 102, 'plan', [testRow('c', { item: '(1) 其他' })]),
    ],
    ['hualien', 'keelung'],
    '/',
  );
  corpus.table.documents.forEach((doc, i) => (doc.page = `zxx_${i}`));

  it('is written by column and read back as the same table', () => {
    const file = searchTableFile(corpus.table);
    expect(file.documents.id).toEqual(['hualien-111-report', 'keelung-102-plan']);
    expect(file.documents.year).toEqual([111, 102]);
    expect(searchTableFromFile(JSON.parse(JSON.stringify(file)))).toEqual(corpus.table);
  });

  it('refuses a file whose columns disagree in length', () => {
    const file = searchTableFile(corpus.table);
    expect(() => searchTableFromFile({ ...file, documents: { ...file.documents, page: ['zxx_0'] } })).toThrow(/column page has 1 entries, 2 expected/);
  });
});
