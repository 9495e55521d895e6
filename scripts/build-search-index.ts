/**
 * Builds the site's search index (src/search/records.ts): one Pagefind record per document,
 * written to <OUT_DIR>/pagefind/ through Pagefind's Node API, and beside Pagefind's files the
 * search table (search-table.json) and each row's text (rows/<document>/<index>.json). Run after
 * `astro build` by the build; also runnable alone:
 *
 *   npx tsx scripts/build-search-index.ts         (OUT_DIR, GENERATED_DIR, BASE_PATH as for the build)
 *
 * Fails (exit 1, message on stderr) on any Pagefind error, on a record count that does not match
 * the documents, on a character Pagefind did not keep, and when Pagefind ignored our chunk size.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/model/schema.ts';
import { readGenerated } from '../src/lib/generated.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { RECORD_LANGUAGE, searchCorpus, searchTableFile, TABLE_FILE, type SearchTable } from '../src/search/records.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Word positions per index chunk, for an index of `positions` positions. A query downloads the
 * whole chunk of each of its words, so bytes per query grow with the chunk size; Pagefind's
 * metadata, loaded before the first search, lists every chunk (about 15 B gzip each), so it
 * grows with the number of chunks. Their sum is least near √(2 × positions) (≈ 2,800 at the full
 * series); never below 1000, where a chunk is about 2 kB. Pagefind's default (20 000) would make
 * every query download tens of kB. Pagefind reads it only from the environment variable set
 * below; `npm run bench:search` shows the effect.
 */
export function indexChunkWords(positions: number): number {
  return Math.max(1000, Math.round(Math.sqrt(2 * positions)));
}

export interface SearchIndexOptions {
  outDir: string;
  generatedDir: string;
  base: string;
}

export interface SearchIndexSummary {
  records: number;
  rows: number;
  chunks: number;
  largestChunk: number;
  includeCharacters: string;
}

/** The documents and the branch order, read through the one reader of the generated folder. */
export function loadDocuments(generatedDir: string): { documents: Document[]; branchOrder: string[] } {
  const { documents, branches } = readGenerated(generatedDir);
  if (documents.length === 0) throw new Error(`${generatedDir} holds no documents`);
  return { documents, branchOrder: branches.map((b) => b.id) };
}

function failOn(what: string, errors: readonly string[] | undefined): void {
  if (errors && errors.length > 0) throw new Error(`pagefind ${what}: ${errors.join('; ')}`);
}

export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const { documents, branchOrder } = loadDocuments(options.generatedDir);
  const corpus = searchCorpus(documents, branchOrder, options.base);

  // Read by the Pagefind binary when the service starts, so set before the first call.
  const chunkWords = indexChunkWords(corpus.positions);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkWords);
  const pagefind = await import('pagefind');
  const bundle = join(options.outDir, 'pagefind');
  const temp = `${bundle}.tmp-${process.pid}`;
  try {
    const { index, errors } = await pagefind.createIndex({ includeCharacters: corpus.includeCharacters });
    failOn('createIndex', errors);
    if (!index) throw new Error('pagefind createIndex returned no index');
    for (const record of corpus.records) {
      const added = await index.addCustomRecord(record);
      failOn(`addCustomRecord ${record.url}`, added.errors);
    }
    rmSync(temp, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: temp });
    failOn('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }

  const summary = checkBundle(temp, corpus.records.length, corpus.includeCharacters, corpus.positions, chunkWords);
  writeTable(temp, corpus.table, corpus.records.map((r) => r.url));
  for (const [path, text] of corpus.rowTexts) {
    const file = join(temp, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(text));
  }
  rmSync(bundle, { recursive: true, force: true });
  renameSync(temp, bundle);
  return { ...summary, rows: corpus.rows };
}

/** Pagefind result ids are its fragments' hashes: the table records which is whose. */
function writeTable(dir: string, table: SearchTable, urls: readonly string[]): void {
  const pageOfUrl = new Map<string, string>();
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    pageOfUrl.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  table.documents.forEach((doc, i) => {
    const page = pageOfUrl.get(urls[i]);
    if (!page) throw new Error(`search index: Pagefind wrote no fragment for ${urls[i]}`);
    doc.page = page;
  });
  writeFileSync(join(dir, TABLE_FILE), JSON.stringify(searchTableFile(table)));
}

/** Checks what Pagefind wrote against what we asked for; throws on any difference. */
function checkBundle(dir: string, records: number, includeCharacters: string, positions: number, chunkWords: number): SearchIndexSummary {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
    include_characters?: string[];
  };
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1 || languages[0] !== RECORD_LANGUAGE) {
    throw new Error(`search index: expected one language "${RECORD_LANGUAGE}", Pagefind wrote ${languages.join(', ')}`);
  }
  const pages = entry.languages[RECORD_LANGUAGE].page_count;
  if (pages !== records) throw new Error(`search index: ${records} documents, but Pagefind indexed ${pages} records`);
  const kept = new Set(entry.include_characters ?? []);
  const lost = [...includeCharacters].filter((char) => !kept.has(char));
  if (lost.length > 0) throw new Error(`search index: Pagefind did not keep the characters ${lost.join(' ')}`);
  const chunks = readdirSync(join(dir, 'index')).map((name) => statSync(join(dir, 'index', name)).size);
  const largestChunk = Math.max(...chunks);
  // Each chunk holds about chunkWords positions; far fewer chunks means Pagefind ignored
  // the setting and every query would download several times what it needs.
  if (positions >= 4 * chunkWords && chunks.length * 2 * chunkWords < positions) {
    throw new Error(
      `search index: ${chunks.length} index chunks for ${positions} word positions; ` +
        `Pagefind seems to have ignored PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${chunkWords}`,
    );
  }
  return { records, rows: 0, chunks: chunks.length, largestChunk, includeCharacters };
}

async function main(): Promise<void> {
  const settings = siteSettings(process.env);
  const started = performance.now();
  const summary = await buildSearchIndex({
    outDir: resolve(ROOT, settings.outDir),
    generatedDir: resolve(ROOT, settings.generatedDir),
    base: settings.base,
  });
  console.error(
    `search index: ${summary.rows} rows in ${summary.records} records, ${summary.chunks} index chunks (largest ${summary.largestChunk} B) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`search index: error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
