/**
 * The search benchmark's queries and the rows each one must find.
 *
 * Queries come from the data: every practice label and unit name, a seeded sample of 2–6-character
 * substrings of row text, numbers written with and without their separators, the words Taiwan
 * writes with interchangeable characters (台/臺/檯 …) respelt, and the Simplified form of each.
 *
 * Expected rows are worked out here, independently of src/search: plain substring search over
 * every row field after folding both sides as the search promises to (NFC; whitespace and format
 * characters ignored; full-width Latin and digits folded, case ignored; a separator between two
 * digits ignored; each variant group of OpenCC's tables, as src/search/opencc.ts derives them, read
 * as one character). A Simplified query may stand for any Traditional spelling that simplifies to it.
 */
import * as OpenCC from 'opencc-js';
import type { Document } from '../src/model/schema.ts';
import { paths } from '../src/lib/urls.ts';
import { variantGroups } from '../src/search/opencc.ts';

export type QueryKind = 'practice' | 'unit' | 'substring' | 'number' | 'variant' | 'simplified';

export interface Query {
  text: string;
  kind: QueryKind;
  /** For a Simplified query: the Traditional text it was made from. */
  from?: string;
}

export interface RowText {
  path: string;
  fields: string[];
}

/** Phrases readers type with the other form of an interchangeable character (src/search/variants.ts). */
export const VARIANT_SPELLINGS = ['台東辦事處', '台灣', '全功能櫃檯', '櫃台', '櫃臺', '平臺', '平台', '臺北', '公佈'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rowTexts(documents: readonly Document[]): RowText[] {
  return documents.flatMap((doc) =>
    doc.rows.map((row) => ({
      path: paths.row(doc, row.id),
      fields: [row.strategy, row.method, row.item, row.unitsText, row.actions, row.results].filter((f) => f !== ''),
    })),
  );
}

/** Each member of a variant group → the group's other members. */
function variantMembers(): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const group of variantGroups().split('|')) {
    const chars = [...group];
    for (const char of chars) members.set(char, chars.filter((c) => c !== char));
  }
  return members;
}

export function querySet(documents: readonly Document[], rows: readonly RowText[], practices: readonly { label: string }[], samples: number, seed: number): Query[] {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const queries = new Map<string, Query>();
  const add = (query: Query) => {
    if ([...query.text.trim()].length > 0 && !queries.has(query.text)) queries.set(query.text, query);
  };
  for (const practice of practices) add({ text: practice.label, kind: 'practice' });
  for (const unit of new Set(documents.flatMap((d) => d.rows.flatMap((r) => r.units)))) add({ text: unit, kind: 'unit' });
  const random = mulberry32(seed);
  const lines = rows.flatMap((row) => row.fields.flatMap((field) => field.split('\n').map((line) => [...line.trim()]).filter((l) => l.length >= 2)));
  let picked = 0;
  for (let attempt = 0; picked < samples && attempt < samples * 20; attempt++) {
    const line = lines[Math.floor(random() * lines.length)];
    const length = 2 + Math.floor(random() * 5);
    const start = Math.floor(random() * Math.max(1, line.length - length + 1));
    const text = line.slice(start, start + length).join('').trim();
    if ([...text].length < 2 || queries.has(text)) continue;
    add({ text, kind: 'substring' });
    picked++;
  }
  // Numbers with separators, as written and without them (42,234 / 42234; 0800-221-127 / 0800221127).
  const numbers = [...new Set(rows.flatMap((row) => row.fields.flatMap((field) => field.match(/\d+(?:[,-]\d+)+/g) ?? [])))].sort();
  for (const number of numbers.filter((_, i) => i % Math.max(1, Math.floor(numbers.length / 12)) === 0)) {
    add({ text: number, kind: 'number' });
    add({ text: number.replace(/[,-]/g, ''), kind: 'number' });
  }
  // Variant spellings: the fixed list, and every earlier query holding a variant character respelt with another member.
  for (const text of VARIANT_SPELLINGS) add({ text, kind: 'variant' });
  const members = variantMembers();
  for (const query of [...queries.values()]) {
    const respelt = [...query.text].map((char) => members.get(char)?.[0] ?? char).join('');
    if (respelt !== query.text) add({ text: respelt, kind: 'variant' });
  }
  for (const query of [...queries.values()]) {
    const simplified = toSimplified(query.text);
    if (simplified !== query.text) add({ text: simplified, kind: 'simplified', from: query.text });
  }
  return [...queries.values()];
}

/** The folding the search promises (see the module comment), written independently of src/search. */
export function makeFold(): (text: string) => string {
  const folded = new Map<string, string>();
  for (const group of variantGroups().split('|')) {
    const [first, ...rest] = [...group];
    for (const char of rest) folded.set(char, first);
  }
  return (text) =>
    [
      ...text
        .normalize('NFC')
        .replace(/[\p{White_Space}\p{Cf}\p{M}]/gu, '')
        .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .toLowerCase()
        .replace(/(\d)[,\-\u2010\u2011\u2012\u2013\u2212\uFF0D](?=\d)/g, '$1'),
    ]
      .map((c) => folded.get(c) ?? c)
      .join('');
}

export type Expected = Map<string, Set<string>>;

export function expectedRows(queries: readonly Query[], rows: readonly RowText[]): Expected {
  const fold = makeFold();
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const simplifiedChar = new Map<string, string>();
  const simplifyChar = (c: string) => {
    if (!simplifiedChar.has(c)) {
      const s = toSimplified(c);
      simplifiedChar.set(c, [...s].length === 1 ? s : c);
    }
    return simplifiedChar.get(c)!;
  };
  const simplify = (text: string) => [...text].map(simplifyChar).join('');
  const folded = rows.map((row) => ({ path: row.path, fields: row.fields.map(fold) }));
  let simplifiedRows: { path: string; fields: string[] }[] | null = null;
  const literal = (needle: string) => folded.filter((row) => row.fields.some((field) => field.includes(needle))).map((row) => row.path);
  const expected: Expected = new Map();
  for (const query of queries) {
    const needle = fold(query.text.replace(/^\s*"(.+)"\s*$/s, '$1'));
    if (needle === '') {
      expected.set(query.text, new Set());
    } else if (query.kind !== 'simplified') {
      expected.set(query.text, new Set(literal(needle)));
    } else {
      simplifiedRows ??= folded.map((row) => ({ path: row.path, fields: row.fields.map(simplify) }));
      const simplifiedNeedle = simplify(needle);
      const found = simplifiedRows.filter((row) => row.fields.some((field) => field.includes(simplifiedNeedle))).map((row) => row.path);
      expected.set(query.text, new Set([...found, ...literal(fold(query.from!))]));
    }
  }
  return expected;
}
