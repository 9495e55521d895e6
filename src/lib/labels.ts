/** Short labels and descriptions derived from the data, shared by pages, titles and exports. */
import type { Document, Row } from '../model/schema.ts';
import { chineseNumeral, rocDate, rocYear } from './format.ts';
import { kindLabel, ui } from './i18n.ts';
import { composeDocumentLabel } from './document-label.ts';

/** "花蓮分局 民國111年（2022）執行績效與成果". */
export function documentLabel(doc: Pick<Document, 'branch' | 'year' | 'kind'>): string {
  return composeDocumentLabel(doc.branch.name, rocYear(doc.year), kindLabel(doc.kind));
}

/** The row's most specific text: sub-item, else method, else strategy. */
export function rowHeading(row: Pick<Row, 'item' | 'method' | 'strategy'>): string {
  return row.item || row.method || row.strategy;
}

/** Row numbering as the document writes it, e.g. "構面一 (二) 3. (2)"; absent levels left out. */
export function rowNumbering(row: Pick<Row, 'key'>): string {
  const { dimension, strategy, method, item, suffix } = row.key;
  const parts = [`${ui.dimension}${chineseNumeral(dimension)}`];
  if (strategy) parts.push(`(${chineseNumeral(strategy)})`);
  if (method) parts.push(`${method}.`);
  if (item) parts.push(`(${item})`);
  return parts.join(' ') + (suffix ? ` ${suffix}` : '');
}

/** Cuts text for <title> and meta descriptions only (never for quoted content on the page). */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** Meta description of a row page, from its own text. */
export function rowDescription(doc: Document, row: Row): string {
  const body = row.results || row.actions || row.method || row.strategy;
  return clip(`${documentLabel(doc)}｜${rowNumbering(row)}｜${body}`, 150);
}

/** The date shown in a citation: the issuing date when the document has one, else its year. */
export function documentDate(doc: Pick<Document, 'issuedOn' | 'year'>): string {
  return doc.issuedOn?.date ? rocDate(doc.issuedOn.date) : `民國${doc.year.roc}年`;
}

/** The citation a row page offers to copy: author (bureau + branch), date, title, numbering, heading. */
export function rowCitation(doc: Document, row: Row): string {
  const author = doc.branch.id === 'hq' ? doc.branch.name : `${ui.bureau}${doc.branch.name}`;
  return `${author}（${documentDate(doc)}）。${doc.title}，${rowNumbering(row)}${clip(rowHeading(row), 40)}。`;
}

/** Note kinds the ingest uses, in words. */
const NOTE_KINDS: Record<string, string> = {
  'editor-note': '編者附註',
  'category-heading': '分類標題',
  'table-caption': '表格標題',
  'programme-name': '計畫名稱',
  'assessed-unit': '受考核單位',
  'score-table-row': '成績表內容',
  'score-follow-up': '考核結果處理',
  preamble: '前言',
};
export function noteKindLabel(kind: string): string {
  return NOTE_KINDS[kind] ?? kind;
}
