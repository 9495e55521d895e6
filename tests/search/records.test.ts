import { describe, expect, it } from 'vitest';
import type { Document, Row } from '../../src/model/schema.ts';
import { BODY_START, isHeadingPosition, orderDocuments, rowContent, searchCorpus, type RowPayload } from '../../src/search/records.ts';
import { FIELD_BREAK } from '../../src/search/tokens.ts';
import { decodeUnindexed } from '../../src/search/unindexed.ts';

function row(id: string, fields: Partial<Row>): Row {
  return {
    id,
    key: { dimension: 1, strategy: 1, method: 1, item: 1, suffix: '' },
    dimension: { id: 'gsp-2017-d1', label: '基礎服務', maxPoints: 200 },
    strategy: '(一)服務一致及正確性',
    method: '',
    item: '',
    unitsText: '',
    units: [],
    actions: '',
    results: '',
    resultsPeriod: null,
    frameworkItem: null,
    practices: [{ id: 'phone-courtesy', label: '電話禮貌測試' }],
    source: { lines: [1, 1] },
    ...fields,
  };
}

function doc(branch: string, roc: number, kind: 'plan' | 'report', rows: Row[]): Document {
  return {
    id: `${branch}-${roc}-${kind}`,
    branch: { id: branch as Document['branch']['id'], name: branch },
    year: { roc, gregorian: roc + 1911 },
    kind,
    rows,
  } as Document;
}

describe('record content', () => {
  it('puts heading words first and body words from BODY_START on, fields apart', () => {
    const words = rowContent(['(一)策略', '', '(2) 注重電話禮貌', '秘書室', '', '訂有電話禮貌測試']).split(' ');
    expect(words.slice(0, 4)).toEqual(['(一', '一)', ')策', '策略']);
    expect(words[5]).toBe(FIELD_BREAK);
    expect(words[BODY_START]).toBe('秘書');
    expect(words.indexOf('電話', BODY_START)).toBeGreaterThan(BODY_START);
    expect(isHeadingPosition(words.indexOf('電話'))).toBe(true);
    expect(isHeadingPosition(words.indexOf('電話', BODY_START))).toBe(false);
  });

  it('refuses a heading too long to keep apart from the body', () => {
    expect(() => rowContent(['長'.repeat(BODY_START + 1), '', '', '', '', ''], 'x d1')).toThrow(/x d1: heading/);
  });
});

describe('searchCorpus', () => {
  const documents = [
    doc('keelung', 102, 'report', [row('d1-s1-m1-i1', { results: '電話禮貌測試 APP' })]),
    doc('hualien', 111, 'report', [
      row('d1-s1-m1-i1', { results: '單一窗口，便捷貿 e 網', practices: [{ id: 'single-window', label: '單一窗口' }, { id: 'online', label: '線上申辦' }] }),
      row('d1-s1-m1-i2', { item: '(2) 其他' }),
    ]),
    doc('hq', 115, 'plan', [row('d1-s0-m0-i1', { actions: '(一) 作法' })]),
  ];
  const corpus = searchCorpus(documents, ['hq', 'keelung', 'hualien'], '/reports/');

  it('makes one record per row, newest year first, rows in document order', () => {
    expect(corpus.records.map((r) => r.url)).toEqual([
      '/reports/hq/115/plan/d1-s0-m0-i1/',
      '/reports/hualien/111/report/d1-s1-m1-i1/',
      '/reports/hualien/111/report/d1-s1-m1-i2/',
      '/reports/keelung/102/report/d1-s1-m1-i1/',
    ]);
    expect(corpus.records.map((r) => r.sort.order)).toEqual(['000000', '000001', '000002', '000003']);
    // Oldest year first, each document's rows still in order.
    expect(corpus.records.map((r) => r.sort.oldest)).toEqual(['000003', '000001', '000002', '000000']);
    expect(orderDocuments(documents, ['hq', 'keelung', 'hualien']).map((d) => d.id)[0]).toBe('hq-115-plan');
  });

  it('files every row under branch, year, kind, dimension and each of its practices', () => {
    expect(corpus.records[1].filters).toEqual({
      branch: ['hualien'],
      year: ['111'],
      kind: ['report'],
      dimension: ['gsp-2017-d1'],
      practice: ['single-window', 'online'],
    });
    expect(corpus.records.every((r) => r.language === 'zxx')).toBe(true);
  });

  it('keeps the text as written in the meta, out of the index', () => {
    const payload = JSON.parse(decodeUnindexed(corpus.records[1].meta.row)) as RowPayload;
    expect(payload).toEqual({
      doc: 'hualien-111-report',
      row: 'd1-s1-m1-i1',
      fields: ['(一)服務一致及正確性', '', '', '', '', '單一窗口，便捷貿 e 網'],
    });
  });

  it('lists the punctuation Pagefind must keep, and no letters', () => {
    expect([...corpus.includeCharacters].sort()).toEqual(['(', ')', '，'].sort());
    expect(corpus.characters.has('a')).toBe(true);
  });
});
