/**
 * How the published source files are served. Their bytes and lines come from the generated folder
 * (sourceBytes, sourceLines in src/lib/generated.ts).
 */
import type { Document } from '../model/schema.ts';

/** The charset to announce for a source file, from the encoding the ingest detected. */
export function sourceCharset(encoding: Document['encoding']): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
