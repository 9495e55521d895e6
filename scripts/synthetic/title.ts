/**
 * The title line rewritten to name another organisation, year and kind. Titles are identified by
 * src/ingest/title.ts: 經濟部標準檢驗局[分局] NNN 年度 …計畫 (a plan) or …成果/績效 (a report).
 */
import type { Branch } from '../../src/model/reference.ts';
import type { DocumentKind } from '../../src/model/schema.ts';

/** Organisation, year and 年度 as title lines write them ("經濟部標準檢驗局新竹分局 107 年度", spaces optional). */
const TITLE_HEAD = /經濟部標準檢驗局\s*([^\s\d]*?分局)?\s*(\d{1,3})\s*年度/;
/** How the titles name their kind: 執行計畫, 執行成果與績效 (Keelung), 執行績效與成果 (the 2017 framework). */
const TITLE_KIND = /執行(?:計畫|成果與績效|績效與成果)/;

export interface Identity {
  branch: Branch;
  roc: number;
  /** Rewrites the kind too when given; otherwise the title keeps its own. */
  kind?: DocumentKind;
}

/** Index of the title line among the first twelve (as src/ingest/title.ts looks for it). */
export function titleLineIndex(lines: readonly string[]): number {
  // Compatibility ideographs (the Kaohsiung title writes 年度 with U+F98E U+FA01) match once in NFC.
  const index = lines.slice(0, 12).findIndex((line) => TITLE_HEAD.test(line.normalize('NFC')));
  if (index === -1) throw new Error('no title line (經濟部標準檢驗局… NNN 年度…) in the first 12 lines');
  return index;
}

/** The title line rewritten; every other line stays as it was. */
export function retitle(text: string, to: Identity): string {
  const lines = text.split('\n');
  const index = titleLineIndex(lines);
  const organisation = to.branch.id === 'hq' ? '' : to.branch.name;
  let title = lines[index].normalize('NFC').replace(TITLE_HEAD, `經濟部標準檢驗局${organisation} ${to.roc} 年度`);
  if (to.kind) {
    const written = title.match(TITLE_KIND)?.[0];
    if (!written) throw new Error(`title names no kind (執行計畫 / 執行績效與成果): ${title}`);
    const isPlan = written === '執行計畫';
    if (to.kind === 'plan' && !isPlan) title = title.replace(TITLE_KIND, '執行計畫');
    // A report keeps the wording of its family; a plan turned report takes the 2017 wording.
    if (to.kind === 'report' && isPlan) title = title.replace(TITLE_KIND, '執行績效與成果');
  }
  lines[index] = title;
  return lines.join('\n');
}
