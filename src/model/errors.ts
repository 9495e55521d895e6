/**
 * A problem in an input file — a source document or a curated reference file — naming the file
 * and, where there is one, the line. The ingest and the reference loaders throw it; scripts print
 * its message as "FILE:LINE: error: …".
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: error: ${detail}`);
    this.name = 'IngestError';
  }
}
