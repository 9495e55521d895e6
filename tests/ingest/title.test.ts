import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadReference } from '../../src/model/reference.ts';
import { findTitle } from '../../src/ingest/title.ts';
import { loadSourceFile } from '../../src/ingest/source.ts';

const { branches } = loadReference(process.cwd());

describe('document identity comes from the title line, never the file name', () => {
  it.each([
    ['hq-115-plan.txt', 3, 'hq', 115, 'plan', '經濟部標準檢驗局 115 年度提升服務效能執行計畫'],
    ['hsinchu-107-report.txt', 3, 'hsinchu', 107, 'report', '經濟部標準檢驗局新竹分局 107 年度提升服務效能執行績效與成果'],
    ['hualien-111-report.txt', 3, 'hualien', 111, 'report', '經濟部標準檢驗局花蓮分局111年度提升服務效能執行績效與成果'],
    ['kaohsiung-109-plan.txt', 1, 'kaohsiung', 109, 'plan', '經濟部標準檢驗局高雄分局 109 年度提升服務效能執行計畫'],
    ['keelung-102-report.txt', 3, 'keelung', 102, 'report', '經濟部標準檢驗局基隆分局 102 年度提升服務品質執行成果與績效'],
  ])('%s', (file, line, branch, roc, kind, title) => {
    const { title: found } = loadSourceFile(`content/sources/${file}`, branches);
    expect(found).toMatchObject({ line, roc, kind, title });
    expect(found.branch.id).toBe(branch);
  });

  it('a misleading file name changes nothing', () => {
    const text = readFileSync('content/sources/hualien-111-report.txt', 'utf8').split('\n');
    expect(findTitle('keelung-102-plan.txt', text, branches).branch.id).toBe('hualien');
  });

  it('covers every seed shipped', () => {
    expect(readdirSync('content/sources').sort()).toEqual([
      'hq-115-plan.txt',
      'hsinchu-107-report.txt',
      'hualien-111-report.txt',
      'kaohsiung-109-plan.txt',
      'keelung-102-report.txt',
    ]);
  });

  it('accepts the 臺/台 variants of a branch name', () => {
    const found = findTitle('x', ['經濟部標準檢驗局台中分局 113 年度提升服務效能執行計畫'], branches);
    expect(found.branch.id).toBe('taichung');
    expect(found.kind).toBe('plan');
  });
});
