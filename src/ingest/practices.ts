/**
 * Places parsed documents in the curated reference data: which framework a document follows (from its
 * dimension headings) and which template item and practices each row is about (from its strategy,
 * method and sub-item texts). Pure functions; matching is by meaning, never by numbering, because
 * branches renumber, reword and re-split the template they copy.
 *
 * "Meaning" here is text similarity after normalisation: the Sørensen–Dice coefficient of character
 * bigrams. Chinese has no spaces to split words on, and the documents copy the template almost verbatim,
 * so shared two-character sequences are a robust signal that survives inserted clauses ("，每4個月至少
 * 測試1次"), dropped words, changed punctuation and PDF line breaks inside words.
 */
import type { DimensionRef } from '../model/schema.ts';
import type { Framework, Reference } from '../model/reference.ts';
import type { ParsedDimension, ParsedRow } from './layout.ts';
import { IngestError } from '../model/errors.ts';

/**
 * Below this similarity a row's own text (its deepest level) is not recognisably a template item.
 *
 * Measured on the five sources: rows that copy a template item score 1 after normalisation, and the
 * reworded copies stay well above 0.7 (Kaohsiung's phone-courtesy item without "每4個月至少測試1次"
 * 0.74, Hualien's 專業度 method without "（含委外 call center 人員）" 0.84, Keelung's typo
 * "網頁用他人資料" 0.91, Hualien's "用跨機關" for "運用跨機關" 0.97). Texts that are not template items
 * stay at or below 0.45 against every item of their dimension (Kaohsiung's added "進行內部同仁滿意度
 * 調查" 0.44 against its method 辦理服務滿意度調查; Keelung's own innovation programme ≤ 0.1).
 * 0.6 sits in the gap, a little closer to the copies: a weak flag only asks for review (the row is
 * still placed through its parents), while a false strong match would silently mislabel a row.
 */
export const WEAK_MATCH_THRESHOLD = 0.6;

/**
 * A parsed dimension heading must reach this similarity with a framework dimension label to count
 * as that dimension. True headings score 1 after normalisation (the labels are copied verbatim);
 * the closest wrong label of the right framework scores ≤ 0.4 (e.g. 基礎服務 vs the HQ
 * 完備基礎服務項目… ≈ 0.3), so 0.6 separates them while tolerating a typo or an extra word.
 */
export const DIMENSION_MATCH_THRESHOLD = 0.6;

/**
 * Weight of the parent levels when ranking candidates. Small on purpose: it only decides between
 * template items the row's own text matches (almost) equally well, never overrides a clear match.
 */
const PARENT_TIE_BREAK_WEIGHT = 0.05;

// ── Text normalisation and similarity ────────────────────────────────────────────────────────

const CHINESE_NUMERAL = '[一二三四五六七八九十]{1,3}';
/** Each pattern's group 1 is context to keep; the rest is the marker. */
const NUMBERING_MARKERS: readonly RegExp[] = [
  // (一) (1) in either width (NFKC has already made them half-width).
  new RegExp(`()\\(\\s*(?:${CHINESE_NUMERAL}|\\d{1,2})\\s*\\)`, 'gu'),
  // 1. 1、 at the start or after a non-digit (not "2.0", "109.07", "11.").
  /(^|[^\d.])\d{1,2}\s*[.、](?!\d)/gu,
  // 一、 at the start or after a space or closing bracket ("【生活消費保安心】 一、確保…"), not inside "統一、".
  new RegExp(`(^|[\\s】」』)])${CHINESE_NUMERAL}、`, 'gu'),
];

/**
 * The comparison form of a text: width folded (NFKC: full-width letters, digits and punctuation),
 * lower-cased, numbering markers removed, then everything but letters and digits removed (punctuation,
 * whitespace, the spaces PDF extraction leaves inside words).
 */
export function normaliseForMatch(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase();
  for (const marker of NUMBERING_MARKERS) folded = folded.replace(marker, '$1');
  return folded.replace(/[^\p{L}\p{N}]/gu, '');
}

function bigramCounts(text: string): Map<string, number> {
  const chars = Array.from(text);
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i] + chars[i + 1];
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient of the character-bigram multisets of two already normalised texts, 0–1. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  const countsA = bigramCounts(a);
  const countsB = bigramCounts(b);
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const n of countsA.values()) totalA += n;
  for (const [bigram, n] of countsB) {
    totalB += n;
    shared += Math.min(n, countsA.get(bigram) ?? 0);
  }
  return (2 * shared) / (totalA + totalB);
}

/** Similarity of two raw texts. */
export function textSimilarity(a: string, b: string): number {
  return diceSimilarity(normaliseForMatch(a), normaliseForMatch(b));
}

// ── Framework resolution ─────────────────────────────────────────────────────────────────────

/**
 * The part of a dimension heading that names it: without "構面一", numbering, and parentheticals that
 * give points or agency class ("（200 分）", "（第 1 類：第一線服務機關）").
 */
function dimensionLabelKey(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/^[#\s]*/, '')
    .replace(new RegExp(`^構面\\s*(?:${CHINESE_NUMERAL}|\\d{1,2})\\s*[、:.]?`, 'u'), '')
    .replace(/\([^()]*(?:分|類)[^()]*\)/gu, '');
  return normaliseForMatch(folded);
}

interface DimensionCandidate {
  parsed: ParsedDimension;
  best: Framework['dimensions'][number] | null;
  similarity: number;
}

function matchDimensions(framework: Framework, dimensions: readonly ParsedDimension[]): DimensionCandidate[] {
  const labels = framework.dimensions.map((d) => ({ dimension: d, key: dimensionLabelKey(d.label) }));
  return dimensions.map((parsed) => {
    const keys = [dimensionLabelKey(parsed.label), dimensionLabelKey(parsed.heading)].filter(Boolean);
    let best: DimensionCandidate = { parsed, best: null, similarity: 0 };
    for (const { dimension, key } of labels) {
      const similarity = Math.max(0, ...keys.map((k) => diceSimilarity(k, key)));
      if (similarity > best.similarity) best = { parsed, best: dimension, similarity };
    }
    return best;
  });
}

/**
 * Picks the framework whose dimension labels best match the document's dimension headings (by text,
 * not position) and maps each parsed dimension number to the framework's canonical dimension.
 * Throws IngestError at the first heading when no framework fits, and at the offending heading when
 * one heading matches no dimension, two headings claim the same dimension, or points disagree.
 */
export function resolveFramework(
  ref: Reference,
  file: string,
  dimensions: ParsedDimension[],
): { framework: Framework; dimensionRefs: Map<number, DimensionRef> } {
  if (dimensions.length === 0) throw new IngestError(file, null, 'no dimension (構面) headings found');
  const firstLine = dimensions[0].source.lines[0];

  const ranked = ref.frameworks
    .map((framework) => {
      const matches = matchDimensions(framework, dimensions);
      const matched = matches.filter((m) => m.similarity >= DIMENSION_MATCH_THRESHOLD).length;
      const mean = matches.reduce((sum, m) => sum + m.similarity, 0) / matches.length;
      return { framework, matches, matched, mean };
    })
    .sort((a, b) => b.matched - a.matched || b.mean - a.mean);
  const chosen = ranked[0];
  if (!chosen || chosen.matched === 0) {
    const headings = dimensions.map((d) => `"${d.heading}"`).join(', ');
    throw new IngestError(file, firstLine, `no framework in frameworks.yaml matches the dimension headings ${headings}`);
  }

  const { framework } = chosen;
  const dimensionRefs = new Map<number, DimensionRef>();
  const claimedBy = new Map<string, ParsedDimension>();
  for (const { parsed, best, similarity } of chosen.matches) {
    const line = parsed.source.lines[0];
    if (!best || similarity < DIMENSION_MATCH_THRESHOLD) {
      const labels = framework.dimensions.map((d) => d.label).join('、');
      throw new IngestError(
        file,
        line,
        `dimension heading "${parsed.heading}" matches no dimension of ${framework.id} (${labels}); best similarity ${similarity.toFixed(2)}`,
      );
    }
    const other = claimedBy.get(best.id);
    if (other && other.number !== parsed.number) {
      throw new IngestError(
        file,
        line,
        `dimension heading "${parsed.heading}" and the heading at line ${other.source.lines[0]} both match ${best.id} (${best.label})`,
      );
    }
    claimedBy.set(best.id, parsed);
    if (parsed.maxPoints !== null && best.maxPoints !== null && parsed.maxPoints !== best.maxPoints) {
      throw new IngestError(
        file,
        line,
        `dimension heading "${parsed.heading}" gives ${parsed.maxPoints} points but ${best.id} (${best.label}) has ${best.maxPoints}`,
      );
    }
    const known = dimensionRefs.get(parsed.number);
    if (known && known.id !== best.id) {
      throw new IngestError(file, line, `構面 ${parsed.number} is headed both as ${known.label} and as "${parsed.heading}"`);
    }
    dimensionRefs.set(parsed.number, { id: best.id, label: best.label, maxPoints: best.maxPoints });
  }
  return { framework, dimensionRefs };
}

// ── Row matching ─────────────────────────────────────────────────────────────────────────────

interface Candidate {
  id: string;
  /** Normalised text of the template item. */
  text: string;
  /** Normalised texts of its ancestors, strategy first, joined. */
  parents: string;
  /**
   * Other spellings of the same item a document may produce when it folds levels into one cell: with
   * its ancestors in front ("(二) 積極回應民眾意見 有效及時處理…") or with its sub-items after it
   * (Hualien's "有效及時處理…陳情 (1)建置… (2)提供… (3)定期…").
   */
  folded: string[];
}

const candidateCache = new WeakMap<Framework, Map<number, Candidate[]>>();

function candidatesOf(framework: Framework, dimensionNumber: number): Candidate[] {
  let byDimension = candidateCache.get(framework);
  if (!byDimension) {
    byDimension = new Map();
    candidateCache.set(framework, byDimension);
  }
  const cached = byDimension.get(dimensionNumber);
  if (cached) return cached;
  const dimension = framework.dimensions.find((d) => d.number === dimensionNumber);
  if (!dimension) {
    throw new RangeError(`framework ${framework.id} has no dimension ${dimensionNumber}`);
  }
  const candidates: Candidate[] = [];
  const candidate = (id: string, text: string, parents: string, children: string[]): Candidate => {
    const folded = [parents + text, text + children.join('')].filter((t) => t !== text);
    return { id, text, parents, folded };
  };
  for (const strategy of dimension.strategies) {
    const s = normaliseForMatch(strategy.text);
    const below: string[] = [];
    for (const method of strategy.methods) {
      const m = normaliseForMatch(method.text);
      const items = method.items.map((item) => ({ id: item.id, text: normaliseForMatch(item.text) }));
      candidates.push(candidate(method.id, m, s, items.map((i) => i.text)));
      for (const item of items) candidates.push(candidate(item.id, item.text, s + m, []));
      below.push(m, ...items.map((i) => i.text));
    }
    candidates.push(candidate(strategy.id, s, '', below));
  }
  byDimension.set(dimensionNumber, candidates);
  return candidates;
}

/** Similarity of a row text to a template item, in whichever spelling of the item fits best. */
function similarityTo(candidate: Candidate, text: string): number {
  return Math.max(diceSimilarity(text, candidate.text), ...candidate.folded.map((f) => diceSimilarity(text, f)));
}

function bestCandidate(candidates: readonly Candidate[], text: string, parents: string): { candidate: Candidate; similarity: number } {
  let best = { candidate: candidates[0], similarity: 0 };
  let bestScore = -1;
  for (const candidate of candidates) {
    const similarity = similarityTo(candidate, text);
    const context = parents && candidate.parents ? diceSimilarity(parents, candidate.parents) : 0;
    const score = similarity + PARENT_TIE_BREAK_WEIGHT * context;
    if (score > bestScore) {
      best = { candidate, similarity };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Matches one row to a template item of the given framework dimension (FrameworkDimension.number; for
 * the five sources this is also the document's 構面 number) and, through the crosswalk, to practices.
 *
 * The row's deepest text (item, else method, else strategy) is compared with every template item of the
 * dimension at any level, since documents fold levels differently (the HQ plan's sub-items are the
 * template's strategies); the parent levels only break near-ties. When that text matches no template
 * item well (the row is a branch's own addition), the closest parent text that does match anchors the
 * row, which is then placed on the best item within that anchor's subtree (the anchor included).
 * `similarity` is always that of the row's deepest text with the chosen template item, so a row placed
 * through a parent is reported `weak`: its own text is not a template item.
 */
export function matchRow(
  ref: Reference,
  framework: Framework,
  dimensionNumber: number,
  row: Pick<ParsedRow, 'strategy' | 'method' | 'item'>,
): { frameworkItem: { id: string; similarity: number; weak: boolean }; practices: { id: string; label: string }[] } {
  const candidates = candidatesOf(framework, dimensionNumber);
  const levels = [row.item, row.method, row.strategy].map(normaliseForMatch).filter((text) => text.length > 0);
  if (levels.length === 0) throw new RangeError('row has no strategy, method or item text to match');
  if (candidates.length === 0) throw new RangeError(`framework ${framework.id} dimension ${dimensionNumber} has no template items`);

  const deepest = levels[0];
  const parentsOfDeepest = levels.slice(1).reverse().join('');
  let chosen = bestCandidate(candidates, deepest, parentsOfDeepest);
  if (chosen.similarity < WEAK_MATCH_THRESHOLD) {
    // Not a template item: find the closest parent level that is one, and place the row within it.
    for (let depth = 1; depth < levels.length; depth++) {
      const anchor = bestCandidate(candidates, levels[depth], levels.slice(depth + 1).reverse().join('')).candidate;
      if (similarityTo(anchor, levels[depth]) >= WEAK_MATCH_THRESHOLD) {
        const subtree = candidates.filter((c) => c.id === anchor.id || c.id.startsWith(`${anchor.id}-`));
        chosen = bestCandidate(subtree, deepest, parentsOfDeepest);
        break;
      }
    }
  }

  const similarity = Math.round(chosen.similarity * 1000) / 1000;
  const { id } = chosen.candidate;
  const practiceIds = ref.crosswalk[id];
  if (!practiceIds?.length) throw new RangeError(`crosswalk has no practice for ${id}`);
  const practices = practiceIds.map((practiceId) => {
    const practice = ref.practices.find((p) => p.id === practiceId);
    if (!practice) throw new RangeError(`crosswalk names unknown practice ${practiceId}`);
    return { id: practice.id, label: practice.label };
  });
  return {
    frameworkItem: { id, similarity, weak: similarity < WEAK_MATCH_THRESHOLD },
    practices,
  };
}
