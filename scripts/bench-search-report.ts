/**
 * The search benchmark's printed report: one table per corpus size, ours beside plain Pagefind,
 * with the targets, then examples of what either engine got wrong. Sizes: kB = 1000 bytes.
 */
import { FIRST_PAGE, type EngineRun, type Measured } from './bench-search-driver.ts';
import type { Expected, QueryKind } from './bench-search-queries.ts';
import { costs, laterBytes, laterMs, laterMsByPass, quantile, score, type Costs } from './bench-search-scoring.ts';

export const TARGETS = { recall: 1, precision: 0.995, firstBytes: 150_000, laterBytesP95: 40_000 };

export interface SizeResult {
  label: string;
  description: string;
  rows: number;
  queries: number;
  seed: string;
  warmUp: string;
  expected: Expected;
  ours: EngineRun;
  plain: EngineRun;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const kB = (x: number) => `${(x / 1000).toFixed(1)} kB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function describeMisses(label: string, list: readonly Measured[], expected: Expected, kind: 'missed' | 'wrong'): string[] {
  if (list.length === 0) return [];
  const lines = [`${label}: ${list.length} queries with ${kind} rows, e.g.`];
  for (const m of list.slice(0, 6)) {
    const want = expected.get(m.query.text)!;
    const got = new Set(m.found);
    const diff = kind === 'missed' ? [...want].filter((p) => !got.has(p)) : [...got].filter((p) => !want.has(p));
    lines.push(`  ${JSON.stringify(m.query.text)} (${m.query.kind}): ${diff.length} ${kind}, e.g. ${diff.slice(0, 2).join(' ')}`);
  }
  return lines;
}

/** The report of one size, and the targets our search missed there (empty when it met them all). */
export function sizeReport(result: SizeResult): { text: string; misses: string[] } {
  const { expected } = result;
  const a = score(result.ours.session, expected);
  const b = score(result.plain.session, expected);
  const ac: Costs = costs(result.ours);
  const bc: Costs = costs(result.plain);
  const out: string[] = [];
  const line = (label: string, x: string, y: string, target = '') => out.push(`${label.padEnd(50)}${x.padStart(14)}${y.padStart(18)}   ${target}`);
  out.push(`\n${result.label}: ${result.description}; ${result.queries} queries over ${result.rows} rows (seed ${result.seed})`);
  line('', 'our search', 'plain Pagefind', 'target');
  line('recall', pct(a.recall), pct(b.recall), '100 %');
  line('precision (queries of ≥ 2 characters)', pct(a.precision), pct(b.precision), '≥ 99.5 %');
  line('  rows expected / rows listed', `${a.relevant}/${a.results}`, `${b.relevant}/${b.results}`);
  const kinds: QueryKind[] = ['variant', 'number', 'simplified'];
  for (const kind of kinds) {
    const only = (m: Measured) => m.query.kind === kind;
    const n = result.ours.session.filter(only).length;
    if (n === 0) continue;
    const as = score(result.ours.session, expected, only);
    const bs = score(result.plain.session, expected, only);
    line(`recall / precision, ${kind} queries (n=${n})`, `${pct(as.recall)} / ${pct(as.precision)}`.replace(/ %/g, ''), `${pct(bs.recall)} / ${pct(bs.precision)}`.replace(/ %/g, ''));
  }
  line('first query, cold: bytes', kB(ac.firstBytes), kB(bc.firstBytes), `≤ ${kB(TARGETS.firstBytes)}`);
  const [oursByPass, plainByPass] = [laterMsByPass(ac), laterMsByPass(bc)];
  const passes = oursByPass.length;
  line(`later query (${ac.later.length / passes} queries × ${passes} passes): median bytes`, kB(laterBytes(ac, 0.5)), kB(laterBytes(bc, 0.5)));
  line('later query: 95th percentile bytes', kB(laterBytes(ac, 0.95)), kB(laterBytes(bc, 0.95)), `≤ ${kB(TARGETS.laterBytesP95)}`);
  line('later query: max bytes', kB(laterBytes(ac, 1)), kB(laterBytes(bc, 1)));
  line('first query, cold: latency', ms(ac.firstMs), ms(bc.firstMs));
  line('later query: median latency', ms(laterMs(ac)), ms(laterMs(bc)), '≤ plain Pagefind');
  const perPass = (medians: number[]) => medians.map((x) => x.toFixed(0)).join(' / ');
  if (passes > 1) line('  median latency of each pass', perPass(oursByPass), perPass(plainByPass));
  line('later query: 95th percentile latency', ms(laterMs(ac, 0.95)), ms(laterMs(bc, 0.95)));
  line('long session: median bytes / latency', `${kB(quantile(ac.sessionBytes, 0.5))} / ${ms(quantile(ac.sessionMs, 0.5))}`, `${kB(quantile(bc.sessionBytes, 0.5))} / ${ms(quantile(bc.sessionMs, 0.5))}`);
  out.push(
    ...describeMisses('our search', a.missedQueries, expected, 'missed'),
    ...describeMisses('our search', a.wrongQueries, expected, 'wrong'),
    ...describeMisses('plain Pagefind', b.missedQueries, expected, 'missed').slice(0, 4),
    ...describeMisses('plain Pagefind', b.wrongQueries, expected, 'wrong').slice(0, 4),
  );
  const misses = [
    a.recall < TARGETS.recall && `recall ${pct(a.recall)}`,
    a.precision < TARGETS.precision && `precision ${pct(a.precision)}`,
    ac.firstBytes > TARGETS.firstBytes && `first query ${kB(ac.firstBytes)}`,
    laterBytes(ac, 0.95) > TARGETS.laterBytesP95 && `later query p95 ${kB(laterBytes(ac, 0.95))}`,
    laterMs(ac) > laterMs(bc) && `later-query median latency ${ms(laterMs(ac))} > plain ${ms(laterMs(bc))}`,
  ].filter((m): m is string => typeof m === 'string');
  return { text: out.join('\n'), misses: misses.map((m) => `${result.label}: ${m}`) };
}

export function explanation(warmUp: string): string {
  return (
    `Bytes: what the server sent (scripts/serve.ts: headers included, gzip for text types as static hosts do; Pagefind's\n` +
    `files as written); kB = 1000 bytes. First query: a cold browser opening /search/?q=… (our page, with its HTML,\n` +
    `CSS and scripts) or a bare page calling Pagefind's search() (plain). Later query: the second query of a fresh\n` +
    `visit, after ${JSON.stringify(warmUp)}; latency measured inside the page, from submitting the query to its count\n` +
    `and first ${FIRST_PAGE} results shown (ours) or to search() and the first ${FIRST_PAGE} results' data (plain). The sample is\n` +
    `run in passes, alternating engines query by query (and which goes first); medians are over every pass.\n` +
    `Recall and precision count every result ("show more" until the end).`
  );
}
