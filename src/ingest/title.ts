/**
 * Identifies a document from its own title line: organisation (branch), ROC year and kind.
 * File names are for humans only and are never read.
 */
import type { Branch } from '../model/reference.ts';
import type { DocumentKind } from '../model/schema.ts';
import { IngestError } from '../model/errors.ts';
import { collapseSpaces, squash } from './text.ts';

export interface DocumentTitle {
  line: number;
  title: string;
  branch: Branch;
  roc: number;
  kind: DocumentKind;
}

/** How far into a document the title may sit (blank lines and markdown markers aside). */
const TITLE_SEARCH_LINES = 12;

const ORGANISATION = '經濟部標準檢驗局';

export function findTitle(file: string, lines: readonly string[], branches: readonly Branch[]): DocumentTitle {
  const limit = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const title = collapseSpaces(lines[i].replace(/^\s*#+\s*/, ''));
    if (!title.startsWith(ORGANISATION) || !/年度/.test(title)) continue;
    const line = i + 1;
    const m = squash(title).match(/^經濟部標準檢驗局(.*?)(\d{0,3})年度(.+)$/);
    if (!m) continue;
    const [, orgRest, digits, rest] = m;
    if (!digits) throw new IngestError(file, line, `title has no year before 年度: "${title}"`);
    const branch = branchOf(orgRest, branches);
    if (!branch) throw new IngestError(file, line, `unknown branch "${orgRest}" in title "${title}"`);
    const kind = kindOf(rest);
    if (!kind) throw new IngestError(file, line, `title names neither a plan (執行計畫) nor a results report (成果/績效): "${title}"`);
    return { line, title, branch, roc: Number(digits), kind };
  }
  throw new IngestError(
    file,
    null,
    `no recognisable title in the first ${TITLE_SEARCH_LINES} lines (expected "${ORGANISATION}[分局] NNN 年度…計畫/成果")`,
  );
}

function branchOf(orgRest: string, branches: readonly Branch[]): Branch | undefined {
  if (orgRest === '') return branches.find((b) => b.id === 'hq');
  return branches.find((b) => b.names.some((name) => squash(name) === orgRest));
}

function kindOf(rest: string): DocumentKind | null {
  if (/計畫/.test(rest) && !/成果與績效$|績效與成果$/.test(rest)) return 'plan';
  if (/成果|績效/.test(rest)) return 'report';
  return null;
}
