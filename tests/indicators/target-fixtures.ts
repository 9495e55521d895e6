/**
 * Rows cut from the real sources where targets and results meet, each as a one-row document of
 * its own (the document's title data kept), named after the quirk it carries.
 */
import type { Document } from '../../src/model/schema.ts';
import { realData } from './real-documents.ts';

function cut(documentId: string, rowId: string): Document {
  const document = realData().documents.find((d) => d.id === documentId);
  const row = document?.rows.find((r) => r.id === rowId);
  if (!document || !row) throw new Error(`no row ${documentId}/${rowId} in the real sources`);
  return { ...document, rows: [row], scores: null };
}

/** Kaohsiung 109 plan, phone courtesy: 「年度預計測試 117 人次以上」 and, in its 1-6月 column, 「1 至 6 月計測試 65 人次」. */
export const targetAndMidYearResultInOneRow = () => cut('kaohsiung-109-plan', 'd1-s2-m3-i2');

/** Keelung 102 report, staff training: its 具體作法 restates 「年度預計舉辦 20 場次以上」 beside the year's 26 場次. */
export const reportRestatesItsTargetBesideTheResult = () => cut('keelung-102-report', 'd1-s2-m2-i3');

/** Kaohsiung 109 plan, staff training: 「年度預計舉辦 11 場次」 next to another activity's 「年度預計參加3場次」 (proficiency tests). */
export const targetBesideAnotherActivitysTarget = () => cut('kaohsiung-109-plan', 'd1-s1-m3-i0');
