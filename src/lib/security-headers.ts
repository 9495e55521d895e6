/**
 * The site's security headers, in one place: the Content-Security-Policy that astro.config.mjs
 * gives Astro (which adds the hashes of every script and style it emits, per page, in a <meta>),
 * and the headers scripts/build-site.ts writes to dist/_headers.
 *
 * Nothing is loosened beyond what the site uses: scripts and styles from this origin or by hash,
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly search, images from this origin and data: URIs
 * (SVG patterns), fetches to this origin (the search index). Only the chart embed pages
 * (/embed/…) may be framed, by anyone; every other page by no one.
 */

/** Directives besides script-src and style-src (Astro writes those, with its hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/** frame-ancestors, which a <meta> policy cannot set: the header adds it. */
export const FRAME_ANCESTORS_NONE = "frame-ancestors 'none'";
export const FRAME_ANCESTORS_ANY = 'frame-ancestors *';

/** Headers every response carries. */
export const EVERY_FILE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Headers a document needs (a page, a source text, an SVG opened by itself), sent with the
 * Content-Security-Policy: browsers apply them to documents only. The search bundle's data files
 * go without them (scripts/build-site.ts).
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), interest-cohort=()',
};

/**
 * Parses a policy ("a b c; d e") into directive → sources, keeping first-seen order.
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    const list = directives.get(key) ?? [];
    for (const source of sources) if (!list.includes(source)) list.push(source);
    directives.set(key, list);
  }
  return directives;
}

export function formatPolicy(directives: ReadonlyMap<string, readonly string[]>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that admits every page's own policy: the union of the pages' sources per directive
 * (hashes of the scripts and styles Astro emitted), in a stable order (sorted hashes after the
 * keywords), so the header is the same for equal builds. Pages must agree on everything but
 * hashes; otherwise this throws, naming the page.
 */
export function unitePolicies(pages: readonly { page: string; policy: string }[]): Map<string, string[]> {
  const united = new Map<string, Set<string>>();
  let shape: string | null = null;
  for (const { page, policy } of pages) {
    const parsed = parsePolicy(policy);
    const withoutHashes = formatPolicy(new Map([...parsed].map(([k, v]) => [k, v.filter((s) => !isHash(s))])));
    shape ??= withoutHashes;
    if (withoutHashes !== shape) throw new Error(`${page}: its Content-Security-Policy differs from the other pages' beyond hashes: ${withoutHashes}`);
    for (const [name, sources] of parsed) {
      const set = united.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      united.set(name, set);
    }
  }
  return new Map(
    [...united].map(([name, sources]) => {
      const list = [...sources];
      return [name, [...list.filter((s) => !isHash(s)), ...list.filter(isHash).sort()]];
    }),
  );
}

export function isHash(source: string): boolean {
  return /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
}
