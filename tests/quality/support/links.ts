/**
 * Link checking over a whole build, as a static host would serve it under the build's base path:
 * every reference in HTML (attributes, srcset, inline scripts), CSS (url(), @import), JavaScript
 * (static and dynamic imports, base-rooted asset paths), the sitemap, _headers and the data exports
 * (absolute URLs on the site's own origin) must reach a file, and a fragment must reach an id on an
 * HTML target. References to other origins are collected as the external-link report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../../../scripts/bench-site.ts';
import { decodeEntities } from '../../site/support/dist.ts';
import type { QualityBuild } from './builds.ts';

export interface LinkReport {
  /** "where: reference (why)" for every reference that does not resolve. */
  broken: string[];
  /** External URL → server paths of the files that reference it. */
  external: Map<string, Set<string>>;
  /** How many internal references were followed. */
  checked: number;
  /** How many files were read. */
  files: number;
}

const SKIPPED_SCHEMES = /^(mailto|tel|javascript|data|blob|about):/i;
const ATTRIBUTES = /\s(href|src|action|poster|srcset|xlink:href|data-src)="([^"]*)"/g;

export function checkLinks(build: QualityBuild): LinkReport {
  const origin = new URL(build.site).origin;
  const report: LinkReport = { broken: [], external: new Map(), checked: 0, files: 0 };
  const idCache = new Map<string, Set<string>>();
  const serverPath = (file: string) => `${build.base}${relative(build.outDir, file).split(sep).join('/')}`;

  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(build.base)) return null;
    const candidate = join(build.outDir, decodeURIComponent(pathname.slice(build.base.length)));
    if (!existsSync(candidate)) return null;
    if (statSync(candidate).isDirectory()) {
      const index = join(candidate, 'index.html');
      return pathname.endsWith('/') && existsSync(index) ? index : null;
    }
    return candidate;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      const html = readFileSync(file, 'utf8');
      ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
      idCache.set(file, ids);
    }
    return ids;
  };

  /** Follows one reference found in `from` (a server path); `reference` as written there. */
  const follow = (from: string, reference: string) => {
    const trimmed = reference.trim();
    if (trimmed === '' || SKIPPED_SCHEMES.test(trimmed)) return;
    let url: URL;
    try {
      url = new URL(trimmed, new URL(from, origin));
    } catch {
      report.broken.push(`${from}: ${reference} (not a URL)`);
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.origin !== origin) {
      const users = report.external.get(url.href) ?? new Set<string>();
      users.add(from);
      report.external.set(url.href, users);
      return;
    }
    report.checked++;
    const target = fileFor(url.pathname);
    if (!target) {
      report.broken.push(`${from}: ${reference} (no file for ${url.pathname})`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      report.broken.push(`${from}: ${reference} (no id "${fragment}" on the target)`);
    }
  };

  const baseRooted = new RegExp(`["'\`](${build.base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"'\`\\s]*\\.(?:js|mjs|css|json|wasm|svg|png|ico|txt|csv|xml))["'\`]`, 'g');
  const followScript = (from: string, source: string) => {
    for (const m of source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) follow(from, m[1]);
    for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) follow(from, m[1]);
    // A template literal with a placeholder (`/sources/${id}.txt`) builds paths at run time; it is not one.
    for (const m of source.matchAll(baseRooted)) if (!m[1].includes('${')) follow(from, m[1]);
  };

  for (const file of listFiles(build.outDir)) {
    const from = serverPath(file);
    const extension = file.slice(file.lastIndexOf('.'));
    if (extension === '.html') {
      report.files++;
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\btype="application\/(ld\+)?json"/.test(m[1])) followScript(from, m[2]);
      }
      const markup = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, '<script$1></script>');
      for (const m of markup.matchAll(ATTRIBUTES)) {
        const value = decodeEntities(m[2]);
        if (m[1] === 'srcset') for (const candidate of value.split(',')) follow(from, candidate.trim().split(/\s+/)[0]);
        else follow(from, value);
      }
      for (const m of markup.matchAll(/<meta\s[^>]*content="(https?:\/\/[^"]+)"/g)) follow(from, decodeEntities(m[1]));
      for (const m of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|\sstyle="([^"]*)"/g)) {
        for (const u of (m[1] ?? decodeEntities(m[2])).matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) follow(from, u[1]);
      }
    } else if (extension === '.css') {
      report.files++;
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) follow(from, m[1] ?? m[2]);
    } else if (extension === '.js' || extension === '.mjs') {
      if (from.startsWith(`${build.base}pagefind/`)) continue; // Pagefind's own bundle, loaded as a whole
      report.files++;
      followScript(from, readFileSync(file, 'utf8'));
    } else if (extension === '.xml' || extension === '.json' || extension === '.csv' || relative(build.outDir, file) === '_headers') {
      if (from.startsWith(`${build.base}pagefind/`)) continue;
      report.files++;
      const text = readFileSync(file, 'utf8');
      const ownOrigin = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      for (const m of text.matchAll(new RegExp(`${ownOrigin}[^\\s"'<>,]*`, 'g'))) follow(from, m[0]);
      if (relative(build.outDir, file) === '_headers') {
        for (const line of text.split('\n')) {
          if (!line.startsWith('/')) continue;
          const pattern = line.trim();
          // A splat ("/reports/embed/*") must name a directory of the build; other paths a file.
          if (!pattern.endsWith('*')) follow(from, pattern);
          else if (!pattern.startsWith(build.base) || !existsSync(join(build.outDir, pattern.slice(build.base.length, -1)))) {
            report.broken.push(`${from}: ${pattern} (no such directory)`);
          }
        }
      }
    }
  }
  return report;
}

/** The external-link report: one line per URL with how many files use it and the first few. */
export function formatExternal(external: Map<string, Set<string>>): string {
  return [...external.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, users]) => {
      const sorted = [...users].sort();
      return `${url}\t${sorted.length} file(s)\t${sorted.slice(0, 3).join(' ')}${sorted.length > 3 ? ' …' : ''}`;
    })
    .join('\n');
}
