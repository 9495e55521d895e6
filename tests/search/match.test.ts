import { describe, expect, it } from 'vitest';
import { encodeTextDirective, excerpt, findMatches, highlight, textFragment } from '../../src/search/match.ts';
import { searchKey } from '../../src/search/normalise.ts';

const marked = (text: string, keys: string[]) =>
  highlight(text, findMatches(text, keys.map(searchKey)))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('findMatches: the query in the text as written', () => {
  it('finds every occurrence and maps it back over spaces and width differences', () => {
    expect(marked('本分局單一窗口服務，單一窗口', ['單一窗口'])).toBe('本分局[單一窗口]服務，[單一窗口]');
    expect(marked('便捷貿 e 網申辦', ['便捷貿e網'])).toBe('[便捷貿 e 網]申辦');
    expect(marked('手機ＡＰＰ與 App', ['app'])).toBe('手機[ＡＰＰ]與 [App]');
    expect(marked('國家標準如 CNS 11359 聚乙烯', ['CNS11359'])).toBe('國家標準如 [CNS 11359] 聚乙烯');
  });

  it('finds nothing where only the characters without the punctuation occur', () => {
    expect(findMatches('電話禮貌', [searchKey('電話，禮貌')])).toEqual([]);
    expect(findMatches('電話，禮貌', [searchKey('電話禮貌')])).toEqual([]);
  });

  it('merges overlapping matches of several spellings', () => {
    expect(marked('臺東與台東', ['臺東', '台東'])).toBe('[臺東]與[台東]');
    expect(marked('aaaa', ['aa'])).toBe('[aaaa]');
  });
});

describe('excerpt', () => {
  const long = `${'甲'.repeat(100)}單一窗口${'乙'.repeat(100)}`;

  it('keeps short texts whole', () => {
    const cut = excerpt('短文單一窗口', findMatches('短文單一窗口', ['單一窗口']));
    expect(cut.cutBefore || cut.cutAfter).toBe(false);
  });

  it('centres a long text on its first match and says where it was cut', () => {
    const cut = excerpt(long, findMatches(long, ['單一窗口']), 40);
    expect(cut.cutBefore && cut.cutAfter).toBe(true);
    expect(cut.segments.find((s) => s.match)?.text).toBe('單一窗口');
    expect(cut.segments.map((s) => s.text).join('').length).toBe(40);
  });

  it('shows the start of the text when nothing matched', () => {
    const cut = excerpt(long, [], 40);
    expect(cut.cutBefore).toBe(false);
    expect(cut.segments[0].text.startsWith('甲')).toBe(true);
  });
});

describe('textFragment: the link that highlights the match on the row page', () => {
  const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

  it('quotes the match, widened to whole words, percent-encoded', () => {
    const text = '訂有電話禮貌測試執行計畫';
    const fragment = textFragment(text, findMatches(text, ['話禮'])[0], segmenter)!;
    const quoted = decodeURIComponent(fragment.replace('#:~:text=', ''));
    expect(quoted).toContain('話禮');
    expect(text).toContain(quoted);
    expect(quoted.length).toBeGreaterThan(2);
  });

  it('keeps to the first line of a match that runs over a line break', () => {
    const text = '便捷\n貿易';
    expect(textFragment(text, [0, 5])).toBe(`#:~:text=${encodeURIComponent('便捷')}`);
  });

  it('encodes the characters the directive syntax reserves', () => {
    expect(encodeTextDirective('e-mail, A&B')).toBe('e%2Dmail%2C%20A%26B');
  });
});
