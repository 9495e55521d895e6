/** Reading a built site in tests: its pages, links, ids and visible text. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteIndex } from '../../../src/lib/site.ts';
import { siteIndexFromDir } from '../../../src/lib/generated.ts';
import type { TestBuild } from './builds.ts';
import { listFiles } from '../../../scripts/bench-site.ts';

export { listFiles };

export interface Page {
  /** Server path including the base, e.g. "/reports/years/". */
  url: string;
  file: string;
  html: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

/** Text a reader sees: tags and scripts removed, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace-free form, for checking that model text appears on a page regardless of line breaks. */
export function squashed(text: string): string {
  return text.replace(/\s+/g, '');
}


export function pages(build: TestBuild): Page[] {
  return listFiles(build.outDir)
    .filter((file) => file.endsWith('.html') && !file.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(build.outDir, file).split(sep).join('/');
      const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { url: `${build.base}${path}`, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The file a server path maps to, or null (directories map to their index.html). */
export function fileFor(build: TestBuild, serverPath: string): string | null {
  if (!serverPath.startsWith(build.base)) return null;
  const rel = decodeURIComponent(serverPath.slice(build.base.length));
  const candidate = join(build.outDir, rel);
  if (!existsSync(candidate)) return null;
  if (statSync(candidate).isDirectory()) {
    if (!serverPath.endsWith('/')) return null;
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return candidate;
}

export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decodeEntities(m[1]));
}

export function ids(html: string): Set<string> {
  return new Set(attributeValues(html, 'id'));
}

export function metaContent(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1]) : null;
}

export function loadIndex(build: TestBuild): SiteIndex {
  return siteIndexFromDir(build.generatedDir);
}
