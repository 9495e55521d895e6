/**
 * The share cards of this build, computed once (src/og/cards.ts), and a PNG response for one.
 *
 * Rendering is the slow part (a few hundred images at the full series), so each PNG is kept in
 * Astro's cache directory under the SHA-256 of its laid-out card and the renderer's versions: a
 * rebuild draws only the cards whose text, layout or renderer changed, and an unchanged card
 * gives the same bytes either way. Cache files are written atomically (temporary file, rename).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indicatorBuild } from '../indicators/load.ts';
import { siteSettings } from '../lib/settings.ts';
import { shareCards, type Card } from './cards.ts';
import { cardLayout, rendererVersions, renderLayout } from './render.ts';

let cached: Promise<Map<string, Card>> | undefined;

export function cardsByPath(): Promise<Map<string, Card>> {
  cached ??= indicatorBuild().then(({ index, indicators, extraction }) => new Map(shareCards(index, indicators, extraction).map((c) => [c.path, c])));
  return cached;
}

let versions: string | undefined;
const cacheDir = () => resolve(process.cwd(), siteSettings(process.env).cacheDir, 'og-images');

async function png(card: Card): Promise<Buffer<ArrayBuffer>> {
  const tree = cardLayout(card);
  versions ??= rendererVersions();
  const key = createHash('sha256').update(versions).update('\n').update(JSON.stringify(tree)).digest('hex');
  const file = join(cacheDir(), `${key}.png`);
  if (existsSync(file)) return readFileSync(file) as Buffer<ArrayBuffer>;
  const bytes = await renderLayout(tree);
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, bytes);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return bytes;
}

/** The PNG of the card at `path`; 404 when there is none. */
export async function cardResponse(path: string): Promise<Response> {
  const card = (await cardsByPath()).get(path);
  if (!card) return new Response('no such image', { status: 404 });
  return new Response(await png(card), { headers: { 'Content-Type': 'image/png' } });
}
