/**
 * Lineage on the built site (the lineage fixture build, see support/builds.ts): a report row shows
 * its plan, last year's row and the diff; a plan row shows what was reported; document pages link
 * their counterpart and list planned ↔ reported items; exports carry the links.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LINEAGE, REAL } from './support/builds.ts';
import { outputChecks } from './support/output-checks.ts';
import { fileFor, loadIndex, pages, visibleText } from './support/dist.ts';

outputChecks(LINEAGE);

const html = (path: string) => {
  const file = fileFor(LINEAGE, path);
  if (!file) throw new Error(`no page ${path}`);
  return readFileSync(file, 'utf8');
};
/** The markup of the section a heading opens, nested sections included. */
const section = (page: string, headingId: string) => {
  const start = page.lastIndexOf('<section', page.indexOf(`id="${headingId}"`));
  const tags = /<section\b|<\/section>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
    depth += tag[0] === '</section>' ? -1 : 1;
    if (depth === 0) return page.slice(start, tag.index + tag[0].length);
  }
  throw new Error(`section of #${headingId} is not closed`);
};
let index: ReturnType<typeof loadIndex> | undefined;
const rowPath = (documentId: string, start: string) => {
  index ??= loadIndex(LINEAGE);
  const view = index.rows.find((v) => v.document.id === documentId && (v.row.item || v.row.method || v.row.strategy).startsWith(start));
  if (!view) throw new Error(`no row "${start}" in ${documentId}`);
  return view.path;
};

describe('lineage build: a report row', () => {
  const path = rowPath('kaohsiung-109-report', '(2) 注重電話禮貌');
  const page = html(path);

  it('shows its plan row’s planned action beside its results, linking the plan row', () => {
    const counterpart = section(page, 'counterpart-heading');
    expect(counterpart).toContain(`href="${rowPath('kaohsiung-109-plan', '(2) 注重電話禮貌')}"`);
    const text = visibleText(counterpart);
    expect(text).toContain('計畫的具體作法');
    expect(text).toContain('年度預計測試 117 人次以上');
    expect(text).toContain('計測試60人次');
  });

  it('links last year’s row of the same item and shows the words that changed, marked without colour', () => {
    const lineage = section(page, 'lineage-heading');
    expect(lineage).toContain(`href="${rowPath('kaohsiung-108-report', '(2) 注重電話禮貌')}"`);
    expect(visibleText(lineage)).toContain('民國108年（2019）');
    const removed = [...lineage.matchAll(/<del class="change"[^>]*>([\s\S]*?)<\/del>/g)].map((m) => visibleText(m[1]));
    const added = [...lineage.matchAll(/<ins class="change"[^>]*>([\s\S]*?)<\/ins>/g)].map((m) => visibleText(m[1]));
    expect(removed).toContain('〔刪除： 52 〕');
    expect(added).toContain('〔新增： 60 〕');
    expect(lineage).toMatch(/<span class="visually-hidden"[^>]*>〔新增：<\/span>/);
  });

  it('stays bounded: its lineage and counterpart sections link at most three other rows', () => {
    const linked = new Set(
      [section(page, 'counterpart-heading'), section(page, 'lineage-heading')].flatMap((s) =>
        [...s.matchAll(/href="(\/[a-z]+\/\d+\/(?:plan|report)\/d[^"]+\/)"/g)].map((m) => m[1]),
      ),
    );
    expect(linked.size).toBeLessThanOrEqual(3);
    console.info(`lineage: ${path} is ${(gzipSync(page).length / 1024).toFixed(1)} kB gzip`);
  });
});

describe('lineage build: first appearance, discontinuation, plan rows, framework change', () => {
  it('says when an item first appears and when it is not continued', () => {
    expect(visibleText(html(rowPath('kaohsiung-109-report', '(2) 開發跨平臺通用服務')))).toContain(
      '本年度首次出現：高雄分局 民國108年（2019） 執行績效與成果未見此項目。',
    );
    expect(visibleText(html(rowPath('kaohsiung-108-report', '(4) 資訊標示配合')))).toContain(
      '未延續：高雄分局 民國109年（2020） 執行績效與成果未見此項目。',
    );
  });

  it('shows on a plan row what was reported', () => {
    const counterpart = visibleText(section(html(rowPath('kaohsiung-109-plan', '(2) 注重電話禮貌')), 'counterpart-heading'));
    expect(counterpart).toContain('成果報告的執行績效與成果');
    expect(counterpart).toContain('109年已辦理完成3次稽核活動，計測試60人次');
  });

  it('marks a link across a framework change', () => {
    const lineage = visibleText(section(html(rowPath('keelung-103-report', '(3) 注重電話禮貌')), 'lineage-heading'));
    expect(lineage).toContain('跨評核架構');
    expect(lineage).toContain('基隆分局 民國102年（2013）');
  });
});

describe('lineage build: document pages', () => {
  it('link the counterpart document and list planned ↔ reported items', () => {
    const report = html('/kaohsiung/109/report/');
    expect(report).toContain('href="/kaohsiung/109/plan/"');
    const plan = html('/kaohsiung/109/plan/');
    expect(plan).toContain('href="/kaohsiung/109/report/"');
    const table = section(plan, 'pair-heading');
    const text = visibleText(table);
    expect(text).toContain('計畫有、成果未列的項目');
    expect(text).toContain('成果有、計畫未列的項目');
    expect(table).toContain(`href="${rowPath('kaohsiung-109-plan', '(4) 資訊標示配合')}"`);
    expect(text).toMatch(/依範本項目逐項對照：\d+ 項計畫且有成果，2 項計畫有、成果未列，0 項成果有、計畫未列。/);
  });

  it('show no pairing for a document without a counterpart', () => {
    expect(html('/keelung/103/report/')).not.toContain('id="pair-heading"');
  });
});

describe('lineage in the exports', () => {
  it('gives each row previousYear, nextYear and counterpart permalinks or null', () => {
    const rows = JSON.parse(readFileSync(fileFor(LINEAGE, '/data/strategies.json')!, 'utf8')) as Record<string, unknown>[];
    const phone = rows.find((r) => r.permalink === rowPath('kaohsiung-109-report', '(2) 注重電話禮貌'))!;
    expect(phone).toMatchObject({
      previousYear: rowPath('kaohsiung-108-report', '(2) 注重電話禮貌'),
      nextYear: null,
      counterpart: rowPath('kaohsiung-109-plan', '(2) 注重電話禮貌'),
    });
    const csv = readFileSync(fileFor(LINEAGE, '/data/strategies.csv')!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('previous_year,next_year,counterpart');
  });

  it('is empty for the five real documents, which share no organisation', () => {
    const rows = JSON.parse(readFileSync(fileFor(REAL, '/data/strategies.json')!, 'utf8')) as Record<string, unknown>[];
    expect(rows.every((r) => r.previousYear === null && r.nextYear === null && r.counterpart === null)).toBe(true);
    expect(pages(REAL).some((p) => p.html.includes('id="lineage-heading"'))).toBe(true);
  });
});
