/** An ingest problem that names the file and, where there is one, the line. */
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
