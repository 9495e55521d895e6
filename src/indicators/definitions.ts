/**
 * The curated indicator definitions (content/reference/indicators.yaml): what to count, in which
 * practice's rows, and the patterns that find the figure in a sentence. Validated on load; a
 * problem names the file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { IngestError } from '../model/errors.ts';
import { parseYaml } from '../model/reference.ts';
import { WHOLE_NUMBER_SOURCE } from './text.ts';

export const INDICATORS_FILE = 'content/reference/indicators.yaml';

/** The placeholder a sentence pattern writes where the value stands. */
export const VALUE_PLACEHOLDER = '{n}';

const RegexSource = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source.replaceAll(VALUE_PLACEHOLDER, '0'), 'u');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

export const IndicatorPattern = z.object({
  /**
   * Regular expression matched against one sentence with its whitespace removed. `{n}` stands for the
   * value (a number as the reports write it, thousands separators included) and must occur exactly
   * once; a named group `unit` may capture the unit as written, checked against the indicator's units.
   */
  sentence: RegexSource.refine((s) => s.split(VALUE_PLACEHOLDER).length === 2, {
    message: `must contain ${VALUE_PLACEHOLDER} exactly once`,
  }),
  /** Regular expression the whole list item around the sentence must match (whitespace removed): context the sentence itself lacks. */
  item: RegexSource.optional(),
});
export type IndicatorPattern = z.infer<typeof IndicatorPattern>;

/** The row fields a figure can be read from. */
const RowField = z.enum(['results', 'actions']);

/** The words that mark a planned figure, unless an indicator says otherwise. */
export const DEFAULT_TARGET_MARKER = '預計|預定|預訂';

const Common = {
  /** Stable ASCII id, used in URLs and downloads, e.g. "phone-courtesy-tests". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese label, e.g. "電話禮貌測試人次". */
  label: z.string().min(1),
  /** English label. */
  en: z.string().min(1),
  /** Unit the values are counted in, as the reports write it, e.g. "人次". */
  unit: z.string().min(1),
  /** One or two sentences in Chinese: what is counted and what is deliberately not. */
  description: z.string().min(1),
};

export const RowIndicator = z.object({
  ...Common,
  from: z.literal('rows'),
  /** Practice id (practices.yaml) whose rows are searched. */
  practice: z.string().regex(/^[a-z0-9-]+$/),
  /** Row fields searched for results, in order. Results only by default: actions are plans and targets, not outcomes. */
  fields: z.array(RowField).min(1).default(['results']),
  /**
   * A sentence matching this states a planned figure (預計, 預定, 預訂 …): it is never a result, and in
   * `targetFields` it is read as a target. Whitespace removed before matching.
   */
  target: RegexSource.default(DEFAULT_TARGET_MARKER),
  /**
   * Row fields searched for targets. The planned actions (具體作法) only by default: a planned figure
   * in a results column usually speaks of a later year (「預計在108年取得…」), so it is not read.
   */
  targetFields: z.array(RowField).default(['actions']),
  /** Units accepted as written next to the value (default: just `unit`); a match in another unit is reported, not counted. */
  units: z.array(z.string().min(1)).optional(),
  /** A sentence matching this is never counted, as a target or as a result (e.g. 義務監視員). Whitespace removed before matching. */
  exclude: RegexSource.optional(),
  /** Any pattern may find the value; all matches in one document must agree. */
  patterns: z.array(IndicatorPattern).min(1),
});
export type RowIndicator = z.infer<typeof RowIndicator>;

export const ScoreIndicator = z.object({
  ...Common,
  /** Values are read from the document's self-assessment score table (考核項目成績), one per dimension and the total. */
  from: z.literal('scores'),
});
export type ScoreIndicator = z.infer<typeof ScoreIndicator>;

export const IndicatorDefinition = z.discriminatedUnion('from', [RowIndicator, ScoreIndicator]);
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

export const IndicatorDefinitions = z.array(IndicatorDefinition).min(1);

/** Accepted units of an indicator. */
export function acceptedUnits(indicator: RowIndicator): string[] {
  return indicator.units ?? [indicator.unit];
}

/** The sentence pattern as a RegExp: `{n}` becomes the named group `value`. */
export function compileSentencePattern(source: string): RegExp {
  return new RegExp(source.replace(VALUE_PLACEHOLDER, `(?<value>${WHOLE_NUMBER_SOURCE})`), 'dgu');
}

/**
 * Parses and validates indicator definitions from YAML text. `practiceIds` are the known practices;
 * an indicator naming another is an error at its line.
 */
export function parseIndicatorDefinitions(
  text: string,
  practiceIds: ReadonlySet<string>,
  file = INDICATORS_FILE,
): IndicatorDefinition[] {
  const { data, lineOf } = parseYaml(text, file, IndicatorDefinitions);
  const seen = new Set<string>();
  data.forEach((indicator, index) => {
    if (seen.has(indicator.id)) throw new IngestError(file, lineOf([index, 'id']), `duplicate indicator id ${indicator.id}`);
    seen.add(indicator.id);
    if (indicator.from === 'rows' && !practiceIds.has(indicator.practice)) {
      throw new IngestError(file, lineOf([index, 'practice']), `${indicator.id}: unknown practice ${indicator.practice}`);
    }
  });
  return data;
}

/** Reads content/reference/indicators.yaml under `root`. */
export function loadIndicatorDefinitions(root: string, practiceIds: ReadonlySet<string>): IndicatorDefinition[] {
  return parseIndicatorDefinitions(readFileSync(join(root, INDICATORS_FILE), 'utf8'), practiceIds);
}
