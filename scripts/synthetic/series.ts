/**
 * Which real source each document of the series is made from, and how its figures trend.
 *
 * A source is chosen for its layout and framework (content/reference/frameworks.yaml): the headquarters' documents
 * from the HQ plan (sectioned-plan layout, the HQ strategies); the branches' documents before ROC
 * 106 from the Keelung 102 report (tab table, the 2013 framework); from 106 on, plans from the
 * Kaohsiung 109 plan (PDF text, the 2017 framework, Jan–Jun results and a score table) and reports
 * from the Hsinchu 107 or the Hualien 111 report (both the 2017 framework), each branch keeping one
 * report layout throughout, as offices keep their templates. Sources are named by the identity
 * their own title gives them (branch-year-kind), never by file name.
 */
import type { DocumentKind } from '../../src/model/schema.ts';
import type { Trend } from './figures.ts';
import { random } from './random.ts';

/** The first ROC year of the 2017 service-programme framework (政府服務躍升方案). */
export const FRAMEWORK_2017_FROM = 106;
export const FIRST_YEAR = 95;
export const LAST_YEAR = 114;

export const SOURCE = {
  hqPlan: 'hq-115-plan',
  report2013: 'keelung-102-report',
  plan2017: 'kaohsiung-109-plan',
  reports2017: ['hsinchu-107-report', 'hualien-111-report'],
} as const;

/** The source document id (branch-year-kind of a real source) for one document of the series. */
export function sourceFor(seed: number, organisation: string, roc: number, kind: DocumentKind): string {
  if (organisation === 'hq') return SOURCE.hqPlan;
  if (roc < FRAMEWORK_2017_FROM) return SOURCE.report2013;
  if (kind === 'plan') return SOURCE.plan2017;
  const own = SOURCE.reports2017.find((id) => id.startsWith(`${organisation}-`));
  return own ?? random(seed, 'report layout', organisation).pick(SOURCE.reports2017);
}

/**
 * The organisation's figures relative to the source's: a level (its size), a yearly growth or
 * decline, and a little year-to-year noise. An organisation's own source year gives level 1.
 */
export function trendFor(seed: number, organisation: string, roc: number, source: { branch: string; roc: number }): Trend {
  const shape = random(seed, 'trend', organisation);
  const level = organisation === source.branch ? 1 : shape.between(0.6, 1.5);
  const growth = shape.between(-0.03, 0.09);
  const year = random(seed, 'trend', organisation, roc);
  const years = roc - source.roc;
  return {
    factor: level * (1 + growth) ** years * year.between(0.92, 1.08),
    percentShift: Math.max(-8, Math.min(8, growth * 30 * years)) + year.between(-1, 1),
  };
}
