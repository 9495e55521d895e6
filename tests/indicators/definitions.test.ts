import { describe, expect, it } from 'vitest';
import { parseIndicatorDefinitions } from '../../src/indicators/definitions.ts';
import { IngestError } from '../../src/model/errors.ts';

const practices = new Set(['phone-courtesy']);
const valid = `- id: phone-courtesy-tests
  from: rows
  label: 電話禮貌測試人次
  en: Telephone courtesy tests
  unit: 人次
  practice: phone-courtesy
  description: 受測人次。
  patterns:
    - sentence: 測試{n}人次
`;

function errorOf(text: string): IngestError {
  try {
    parseIndicatorDefinitions(text, practices, 'indicators.yaml');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('indicator definitions', () => {
  it('accepts a valid file and fills in the defaults', () => {
    const [indicator] = parseIndicatorDefinitions(valid, practices, 'indicators.yaml');
    expect(indicator.from).toBe('rows');
    if (indicator.from === 'rows') {
      expect(indicator.fields).toEqual(['results']);
      // Targets: planned figures of the actions, marked by 預計/預定/預訂.
      expect(indicator.targetFields).toEqual(['actions']);
      expect(indicator.target).toBe('預計|預定|預訂');
    }
  });

  it('rejects a target marker that is not a regular expression, naming its line', () => {
    const error = errorOf(valid.replace('  patterns:', '  target: 預計(\n  patterns:'));
    expect(error.message).toMatch(/indicators\.yaml:\d+/);
    expect(error.message).toContain('not a valid regular expression');
  });

  it('rejects a pattern without {n}, naming its line', () => {
    const error = errorOf(valid.replace('測試{n}人次', '測試人次'));
    expect(error.line).toBe(9);
    expect(error.message).toContain('{n}');
  });

  it('rejects a pattern that is not a regular expression', () => {
    expect(errorOf(valid.replace('測試{n}人次', '測試({n}人次')).message).toContain('regular expression');
  });

  it('rejects an unknown practice at its line', () => {
    const error = errorOf(valid.replace('practice: phone-courtesy', 'practice: phone-manners'));
    expect(error.line).toBe(6);
    expect(error.message).toContain('unknown practice phone-manners');
  });

  it('rejects duplicate ids', () => {
    expect(errorOf(valid + valid.replace(/^- /, '- ')).message).toContain('duplicate indicator id');
  });
});
