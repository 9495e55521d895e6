import { describe, expect, it } from 'vitest';
import { loadReference, templateItems } from '../../src/model/reference.ts';
import { IngestError } from '../../src/model/errors.ts';

const ref = loadReference(process.cwd());
const framework = (id: string) => ref.frameworks.find((f) => f.id === id)!;

describe('the curated reference data', () => {
  it('holds the three frameworks, in order', () => {
    expect(ref.frameworks.map((f) => f.id)).toEqual(['sqa-2013', 'gsp-2017', 'hq-2026']);
  });

  it('sqa-2013 has the three Keelung 102 dimensions, without points', () => {
    const sqa = framework('sqa-2013');
    expect(sqa.dimensions.map((d) => [d.id, d.label, d.maxPoints])).toEqual([
      ['sqa-2013-d1', '優質便民服務', null],
      ['sqa-2013-d2', '資訊流通服務', null],
      ['sqa-2013-d3', '創新增值服務', null],
    ]);
    expect(sqa.dimensions[0].strategies.map((s) => s.text)).toEqual([
      '推動便捷、透明之服務流程，提供高效率之服務',
      '營造機關為民服務專業、親切之良好形象',
      '重視顧客關係，提升民眾滿意度',
    ]);
  });

  it('gsp-2017 has five dimensions worth 1000 points', () => {
    const gsp = framework('gsp-2017');
    expect(gsp.dimensions.map((d) => [d.label, d.maxPoints])).toEqual([
      ['基礎服務', 200],
      ['服務遞送', 300],
      ['服務量能', 200],
      ['服務評價', 200],
      ['開放創新', 100],
    ]);
    expect(gsp.dimensions.reduce((sum, d) => sum + (d.maxPoints ?? 0), 0)).toBe(1000);
  });

  it('gsp-2017 keeps the full template down to sub-items (構面一 (二) 3. (2) 注重電話禮貌)', () => {
    const strategy = framework('gsp-2017').dimensions[0].strategies[1];
    const method = strategy.methods[2];
    expect([strategy.id, strategy.text]).toEqual(['gsp-2017-d1-s2', '服務友善性']);
    expect([method.id, method.text]).toEqual(['gsp-2017-d1-s2-m3', '提高服務行為友善性']);
    expect(method.items[1]).toEqual({ id: 'gsp-2017-d1-s2-m3-i2', text: '注重電話禮貌，不定期進行禮貌測試，每4個月至少測試1次。' });
    // Counted from the Hualien 111 report, which copies the whole template: strategies + methods + sub-items.
    const counts = framework('gsp-2017').dimensions.map((d) => templateItems([{ ...framework('gsp-2017'), dimensions: [d] }]).length);
    expect(counts).toEqual([
      2 + (3 + 4) + (6 + 8 + 2 + 3),
      3 + (4 + 3 + 2) + (3 + 5),
      2 + (1 + 1),
      2 + (2 + 1) + (2 + 3),
      2 + (1 + 1),
    ]);
  });

  it('hq-2026 has the five HQ 115 strategies as dimensions, their sub-items as strategies', () => {
    const hq = framework('hq-2026');
    expect(hq.dimensions.map((d) => d.label)).toEqual([
      '完備基礎服務項目，注重服務特性差異化',
      '重視意見回饋及參與，力求服務切合民眾需求',
      '便捷服務遞送過程與方式，提升服務便利性與可近性',
      '開放政府透明治理，優化機關管理創新',
      '掌握社經發展趨勢，專案規劃前瞻服務',
    ]);
    expect(hq.dimensions.map((d) => d.strategies.length)).toEqual([4, 2, 3, 3, 3]);
    expect(hq.dimensions.every((d) => d.maxPoints === null && d.strategies.every((s) => s.methods.length === 0))).toBe(true);
  });

  it('gives every framework and dimension an English label', () => {
    for (const f of ref.frameworks) {
      expect(f.en).toMatch(/[A-Za-z]/);
      for (const d of f.dimensions) expect(d.en, d.id).toMatch(/^[A-Z][A-Za-z ,\-]+$/);
    }
  });

  it('includes the practices the site is built around', () => {
    const ids = ref.practices.map((p) => p.id);
    for (const id of [
      'phone-courtesy', 'web-accessibility', 'barrier-free-facilities', 'single-window', 'satisfaction-survey',
      'online-application', 'complaint-handling', 'open-data', 'staff-training', 'outreach',
      'process-simplification', 'information-disclosure', 'website-usability', 'service-facilities',
      'sop-consistency', 'case-tracking', 'innovation', 'public-participation', 'document-reduction',
      'internal-efficiency', 'cross-agency-integration',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(ids.length).toBeLessThanOrEqual(30);
  });

  it('maps every template item of every framework to at least one practice, and uses every practice', () => {
    const items = templateItems(ref.frameworks);
    expect(items).toHaveLength(141);
    for (const item of items) expect(ref.crosswalk[item.id], item.id).not.toHaveLength(0);
    expect(Object.keys(ref.crosswalk).sort()).toEqual(items.map((i) => i.id).sort());
    const used = new Set(Object.values(ref.crosswalk).flat());
    expect(ref.practices.filter((p) => !used.has(p.id))).toEqual([]);
  });

  it('crosswalks the same topic to the same practice across frameworks', () => {
    expect(ref.crosswalk['sqa-2013-d1-s2-m2-i2']).toEqual(['phone-courtesy']);
    expect(ref.crosswalk['gsp-2017-d1-s2-m3-i2']).toEqual(['phone-courtesy']);
    expect(ref.crosswalk['sqa-2013-d1-s1-m1-i1']).toEqual(['single-window']);
    expect(ref.crosswalk['gsp-2017-d2-s1-m2-i1']).toEqual(['single-window']);
    expect(ref.crosswalk['sqa-2013-d2-s1-m2-i4']).toEqual(['web-accessibility']);
    expect(ref.crosswalk['gsp-2017-d1-s2-m2-i8']).toEqual(['web-accessibility']);
    expect(ref.crosswalk['gsp-2017-d1-s2-m1-i4']).toEqual(['barrier-free-facilities']);
    expect(ref.crosswalk['hq-2026-d3-s1']).toEqual(['document-reduction']);
    expect(ref.crosswalk['gsp-2017-d2-s1-m3']).toContain('document-reduction');
  });
});

describe('a broken reference file is reported with file and line', () => {
  const load = (fixture: string) => () => loadReference(`tests/fixtures/reference/${fixture}`);
  const failure = (fixture: string): IngestError => {
    try {
      load(fixture)();
    } catch (error) {
      if (error instanceof IngestError) return error;
      throw error;
    }
    throw new Error(`${fixture} loaded without error`);
  };

  it('loads the valid miniature', () => {
    expect(load('valid')().frameworks[0].dimensions[0].strategies[0].methods[0].items[0].id).toBe('gsp-2017-d1-s1-m1-i1');
  });

  it('YAML syntax: a key repeated in one mapping', () => {
    const error = failure('duplicate-key');
    expect([error.file, error.line]).toEqual(['content/reference/practices.yaml', 7]);
    expect(error.message).toMatch(/^content\/reference\/practices\.yaml:7: error: Map keys must be unique/);
  });

  it('schema: a practice without its English label points at that practice', () => {
    const error = failure('missing-english-label');
    expect([error.file, error.line]).toEqual(['content/reference/practices.yaml', 5]);
    expect(error.detail).toMatch(/^1\.en: /);
  });

  it('crosswalk: an unknown practice id points at the line naming it', () => {
    const error = failure('unknown-practice-in-crosswalk');
    expect([error.file, error.line]).toEqual(['content/reference/crosswalk.yaml', 3]);
    expect(error.detail).toBe('gsp-2017-d1-s1-m1-i1: unknown practice telephone-manners');
  });

  it('crosswalk: a template item without a practice is named', () => {
    const error = failure('template-item-without-practice');
    expect(error.file).toBe('content/reference/crosswalk.yaml');
    expect(error.detail).toBe('template item gsp-2017-d1-s1-m1 has no practice');
  });

  it('frameworks: an id that does not follow the template order', () => {
    const error = failure('id-out-of-template-order');
    expect([error.file, error.line]).toEqual(['content/reference/frameworks.yaml', 18]);
    expect(error.detail).toMatch(/id gsp-2017-d1-s1-m1-i2 should be gsp-2017-d1-s1-m1-i1/);
  });
});
