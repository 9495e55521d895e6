/**
 * Deployment settings read from the environment, in one place for astro.config.mjs, the build
 * script, the ingest, the server and the tests. No defaults are hidden elsewhere.
 */
import { DEFAULT_GENERATED_DIR } from '../model/generated.ts';

export interface SiteSettings {
  /** Absolute origin, no trailing slash, e.g. "https://example.gov.tw". */
  site: string;
  /** Sub-path with leading and trailing slash, e.g. "/" or "/reports/". */
  base: string;
  /** Build output directory (relative to the project root unless absolute). */
  outDir: string;
  /** Astro's cache directory; one per data set so a fixture build never reuses the real data store. */
  cacheDir: string;
  /** The generated folder (GENERATED_DIR): the ingest writes it, the site is built only from it (src/model/generated.ts). */
  generatedDir: string;
  /**
   * SYNTHETIC=1: the build is of the synthetic corpus (scripts/synthetic/), never to be published:
   * every page says so in a banner and carries noindex (src/components/SyntheticNotice.astro).
   */
  synthetic: boolean;
}

export const DEFAULT_SITE = 'http://localhost:4321';

/** "/reports" / "reports/" / "" → "/reports/" / "/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) throw new Error(`BASE_PATH must be a plain URL path, got ${JSON.stringify(raw)}`);
  return `/${trimmed}/`;
}

export function normaliseSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE;
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin only (put sub-paths in BASE_PATH), got ${JSON.stringify(raw)}`);
  }
  return url.origin;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const generatedDir = env.GENERATED_DIR?.trim() || DEFAULT_GENERATED_DIR;
  const cacheKey = generatedDir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    site: normaliseSite(env.SITE_URL),
    base: normaliseBase(env.BASE_PATH),
    outDir: env.OUT_DIR?.trim() || 'dist',
    cacheDir: `node_modules/.astro/${cacheKey}`,
    generatedDir,
    synthetic: parseFlag('SYNTHETIC', env.SYNTHETIC),
  };
}

/** "1" / "true" → true, "" / "0" / "false" / unset → false; anything else is a mistake worth stopping for. */
export function parseFlag(name: string, raw: string | undefined): boolean {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new Error(`${name} must be 1 or 0, got ${JSON.stringify(raw)}`);
}
