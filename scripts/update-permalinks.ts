/**
 * Adds newly published permalinks to tests/site/permalinks.snapshot.txt. Refuses (exit 1) when a
 * listed path would disappear or change target: that breaks links people have shared.
 *
 *   npm run permalinks:update            (reads GENERATED_DIR, default content/generated)
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteIndexFromDir } from '../src/lib/generated.ts';
import { permalinkSourcesFromDir } from '../src/lib/permalink-sources.ts';
import { compareSnapshot, formatSnapshot, parseSnapshot, publishedPermalinks } from '../src/lib/permalinks.ts';
import { siteSettings } from '../src/lib/settings.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SNAPSHOT = resolve(ROOT, 'tests/site/permalinks.snapshot.txt');

const generatedDir = resolve(ROOT, siteSettings(process.env).generatedDir);
const index = siteIndexFromDir(generatedDir);
const snapshot = existsSync(SNAPSHOT) ? parseSnapshot(readFileSync(SNAPSHOT, 'utf8')) : [];
const published = publishedPermalinks(index, permalinkSourcesFromDir(generatedDir));
const diff = compareSnapshot(snapshot, published);
if (diff.missing.length > 0 || diff.changed.length > 0) {
  for (const l of diff.missing) console.error(`would disappear: ${l.path} → ${l.target}`);
  for (const c of diff.changed) console.error(`would change: ${c.path}: ${c.was} → ${c.now}`);
  console.error('permalinks: refusing to drop or retarget published paths');
  process.exit(1);
}
writeFileSync(`${SNAPSHOT}.tmp`, formatSnapshot(published));
renameSync(`${SNAPSHOT}.tmp`, SNAPSHOT);
console.error(`permalinks: ${published.length} paths, ${diff.added.length} added`);
