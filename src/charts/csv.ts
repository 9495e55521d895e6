/**
 * The site's one CSV writer, for every CSV it publishes (/data/*.csv and each chart's CSV):
 * RFC 4180 through d3-dsv, CRLF line ends, UTF-8 byte-order mark so Excel reads the Chinese.
 */
import { csvFormatRows } from 'd3';

export type CsvValue = string | number | null;

export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const cells = [columns as readonly CsvValue[], ...rows].map((row) => row.map((v) => (v === null ? '' : String(v))));
  // d3-dsv quotes fields holding commas, quotes or line breaks; its line ends are "\n", but a
  // quoted field may itself hold "\n", so rows are joined here rather than re-splitting its output.
  return `\uFEFF${cells.map((row) => csvFormatRows([row])).join('\r\n')}\r\n`;
}
