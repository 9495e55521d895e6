/**
 * 更新日期: when a page's content was last updated, taken from the documents it shows — never from
 * the build clock, so two builds of the same documents are byte-identical.
 *
 * A document's own date is the most precise one it states: the date of the letter that issued it
 * (issuedOn), else the month of its self-assessment (scores.assessedOn), else only the year it
 * covers. A page that lists documents is as new as the newest of them.
 */
import type { Document } from '../model/schema.ts';
import { rocDate, rocMonth, rocYear } from './format.ts';

export interface DocumentDate {
  /** "2026-01-28", "2020-07" or "2022": as precise as the document itself states. */
  iso: string;
  precision: 'day' | 'month' | 'year';
  /** 民國115年1月28日（2026-01-28） / 民國109年7月（2020-07） / 民國111年（2022）. */
  text: string;
}

export function updatedDate(doc: Pick<Document, 'issuedOn' | 'scores' | 'year'>): DocumentDate {
  const day = doc.issuedOn?.date;
  if (day) return { iso: day, precision: 'day', text: `${rocDate(day)}（${day}）` };
  const month = doc.scores?.assessedOn;
  if (month) return { iso: month, precision: 'month', text: `${rocMonth(month)}（${month}）` };
  return { iso: String(doc.year.gregorian), precision: 'year', text: rocYear(doc.year) };
}

/**
 * Orders documents newest first: by their own date where they state one, a date falling in a
 * year counting as later than the bare year (a report covering 2022 is written after it begins),
 * then by year, reports after plans of the same year, then id for a stable order.
 */
export function compareNewestFirst(a: Document, b: Document): number {
  // "2022" sorts before "2022-01": a bare year counts as the earliest point of that year.
  const key = (d: Document) => updatedDate(d).iso;
  return (
    key(b).localeCompare(key(a)) ||
    b.year.gregorian - a.year.gregorian ||
    Number(b.kind === 'report') - Number(a.kind === 'report') ||
    a.id.localeCompare(b.id)
  );
}

/** The newest of the documents' dates; null for none (a page that shows no document). */
export function newestDate(docs: readonly Document[]): DocumentDate | null {
  if (docs.length === 0) return null;
  return updatedDate([...docs].sort(compareNewestFirst)[0]);
}
