/**
 * npm run ingest                      parse every source in content/sources/, write content/generated/
 * npm run -s ingest -- --check FILE…  parse only those files, write nothing, report per file
 * npm run -s ingest -- --print FILE   print one document as JSON on stdout
 *
 * Every run validates every curated file of content/reference first. Logs go to stderr; failures
 * exit 1 with "FILE:LINE: error: message" and leave the previous output untouched (everything is
 * computed in memory, then swapped in with renames).
 * INGEST_SOURCES_DIR overrides the sources; GENERATED_DIR (src/lib/settings.ts) the output, the same
 * variable the site build reads.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/model/schema.ts';
import type { Reference } from '../src/model/reference.ts';
import { IngestError } from '../src/model/errors.ts';
import { buildDocument, checkUnique } from '../src/ingest/pipeline.ts';
import { LAYOUTS } from '../src/ingest/layouts/index.ts';
import { ingestReport, type Curated } from '../src/ingest/output.ts';
import { ingestDirectory, loadCurated, loadSources } from '../src/ingest/run.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { lineageSummary } from '../src/lineage/summary.ts';
import { indicatorSummary } from '../src/indicators/summary.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SOURCES_DIR = resolve(ROOT, process.env.INGEST_SOURCES_DIR ?? 'content/sources');
const OUT_DIR = resolve(ROOT, siteSettings(process.env).generatedDir);

/** Files named on the command line are relative to where npm was invoked, not the project root. */
function fromInvocation(file: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function summary(doc: Document): string {
  const pct = (doc.coverage.ratio * 100).toFixed(2);
  return `${doc.id.padEnd(22)} rows=${String(doc.rows.length).padStart(3)}  coverage=${pct}%  ${doc.sourceFile}`;
}

function runAll(curated: Curated): void {
  const documents = ingestDirectory(ROOT, SOURCES_DIR, OUT_DIR, curated);
  for (const doc of documents) console.log(summary(doc));
  const report = ingestReport(documents);
  console.error(
    `ingest: ${documents.length} documents, ${report.rows} rows, ${report.weakMatches.length} weak practice matches, ` +
      `${report.uncoveredLines} uncovered lines → ${OUT_DIR}`,
  );
  console.error(lineageSummary(OUT_DIR));
  console.error(indicatorSummary(OUT_DIR));
}

function runCheck(files: string[], ref: Reference): boolean {
  let ok = true;
  const checked = [];
  for (const file of files) {
    try {
      const [source] = loadSources(ROOT, [fromInvocation(file)], ref);
      const doc = buildDocument(source, ref, LAYOUTS);
      checked.push(source);
      console.log(`${source.text.file}: ok ${summary(doc)}`);
      for (const line of doc.coverage.uncovered) {
        console.log(`${source.text.file}:${line.line}: warning: not in the model: ${line.missing}`);
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      console.log(error.message);
      ok = false;
    }
  }
  try {
    checkUnique(checked);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.log(error.message);
    ok = false;
  }
  return ok;
}

function runPrint(file: string, ref: Reference): void {
  const [source] = loadSources(ROOT, [fromInvocation(file)], ref);
  const doc = buildDocument(source, ref, LAYOUTS);
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  console.error(summary(doc));
}

function main(argv: string[]): number {
  try {
    const curated = loadCurated(ROOT);
    const ref = curated.reference;
    if (argv[0] === '--check') {
      if (argv.length < 2) throw new Error('usage: ingest --check FILE…');
      return runCheck(argv.slice(1), ref) ? 0 : 1;
    }
    if (argv[0] === '--print') {
      if (argv.length !== 2) throw new Error('usage: ingest --print FILE');
      runPrint(argv[1], ref);
      return 0;
    }
    if (argv.length > 0) throw new Error(`unknown arguments: ${argv.join(' ')} (use --check FILE… or --print FILE)`);
    runAll(curated);
    return 0;
  } catch (error) {
    console.error(error instanceof IngestError ? error.message : error);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
