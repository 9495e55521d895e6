import { describe, expect, it } from 'vitest';
import { isPagefindWordChar, keyChar, searchKey, searchKeyWithSpans } from '../../src/search/normalise.ts';

describe('searchKey: the text form both index and queries are compared in', () => {
  it('drops whitespace of every kind, so spaced words and line breaks do not matter', () => {
    expect(searchKey('便捷貿 e 網')).toBe('便捷貿e網');
    expect(searchKey('CNS 11359')).toBe('cns11359');
    expect(searchKey('電話\n禮貌\u3000測試\t')).toBe('電話禮貌測試');
  });

  it('folds full-width Latin letters and digits to ASCII, and lower-cases letters', () => {
    expect(searchKey('ＡＰＰ')).toBe('app');
    expect(searchKey('０８００２２１１２７')).toBe('0800221127');
    expect(searchKey('QR Code')).toBe(searchKey('ｑｒｃｏｄｅ'));
    expect(searchKey('5S')).toBe('5s');
  });

  it('keeps Chinese punctuation and full-width brackets as written (find-in-page would too)', () => {
    expect(searchKey('電話，禮貌')).toBe('電話，禮貌');
    expect(searchKey('（一）')).toBe('（一）');
    expect(searchKey('(一)')).toBe('(一)');
    expect(searchKey('e-mail')).toBe('e-mail');
  });

  it('applies NFC, so a compatibility ideograph matches its unified form', () => {
    // U+F9E4 is a CJK compatibility ideograph that NFC maps to U+7406 理 (the Kaohsiung PDF has it).
    expect(searchKey('管\uF9E4')).toBe('管理');
    expect(searchKey('e\u0301')).toBe('é');
  });

  it('drops format characters (zero-width space, soft hyphen) and stray combining marks', () => {
    expect(searchKey('單\u200B一\u00AD窗口')).toBe('單一窗口');
    expect(searchKey('禮\uFE0F貌')).toBe('禮貌');
  });

  it('folds the ASCII double quote, which Pagefind reserves for phrase syntax', () => {
    expect(keyChar('"')).toBe('\uFF02');
    expect(searchKey('"QR"')).toBe('\uFF02qr\uFF02');
  });
});

describe('searchKey folds what Taiwan writes interchangeably', () => {
  it('reads 台, 臺 and 檯 as one character, and the other variant groups likewise', () => {
    expect(searchKey('臺東辦事處')).toBe(searchKey('台東辦事處'));
    expect(searchKey('櫃檯')).toBe(searchKey('櫃台'));
    expect(searchKey('櫃臺')).toBe(searchKey('櫃台'));
    expect(searchKey('平臺')).toBe(searchKey('平台'));
    expect(searchKey('公佈')).toBe(searchKey('公布'));
    expect(searchKey('裏面')).toBe(searchKey('裡面'));
    expect(searchKey('線上')).toBe(searchKey('綫上'));
  });

  it('keeps apart what only looks alike: 颱 is not 台, 製 is not 制, 菸 is not 煙', () => {
    expect(searchKey('颱風')).not.toBe(searchKey('台風'));
    expect(searchKey('製作')).not.toBe(searchKey('制作'));
    expect(searchKey('菸害')).not.toBe(searchKey('煙害'));
  });

  it('drops a thousands separator or a hyphen between two digits, so numbers match however grouped', () => {
    expect(searchKey('42,234')).toBe('42234');
    expect(searchKey('0800-221-127')).toBe('0800221127');
    expect(searchKey('(03)822-6280')).toBe('(03)8226280');
    expect(searchKey('４２，２３４')).toBe('42，234');
    expect(searchKey('42 , 234')).toBe('42234');
  });

  it('keeps separators that are not between two digits', () => {
    expect(searchKey('e-mail')).toBe('e-mail');
    expect(searchKey('共 42,')).toBe('共42,');
    expect(searchKey(',5')).toBe(',5');
    expect(searchKey('1--2')).toBe('1--2');
  });
});

describe('searchKeyWithSpans: where each key character came from', () => {
  it('maps a folded number back over its separators, and a folded character to itself', () => {
    const { key, spans, text } = searchKeyWithSpans('專線 0800-221-127，臺東');
    expect(key).toBe('專線0800221127，台東');
    expect(text.slice(spans[2][0], spans[11][1])).toBe('0800-221-127');
    expect(text.slice(spans[13][0], spans[13][1])).toBe('臺');
  });

  it('maps key characters back to offsets in the text, across removed spaces', () => {
    const { key, spans, text } = searchKeyWithSpans('便捷貿 e 網');
    expect(key).toBe('便捷貿e網');
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['便', '捷', '貿', 'e', '網']);
    expect(spans[4]).toEqual([6, 7]);
  });

  it('counts characters outside the BMP as one key character spanning two code units', () => {
    const { key, spans } = searchKeyWithSpans('𠀋 a');
    expect([...key]).toEqual(['𠀋', 'a']);
    expect(spans).toEqual([[0, 2], [3, 4]]);
  });
});

describe('isPagefindWordChar mirrors Rust char::is_alphanumeric', () => {
  it('accepts letters, ideographs and numbers, rejects punctuation and symbols', () => {
    for (const c of ['a', 'Z', '電', '5', '５', 'Ⅻ', '①']) expect(isPagefindWordChar(c)).toBe(true);
    for (const c of ['，', '(', '-', '%', '→', '＂', '_']) expect(isPagefindWordChar(c)).toBe(false);
  });
});
