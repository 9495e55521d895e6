/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core with
 * scripts/chromium.ts: a persistent context in a fresh temp profile, never a downloaded browser. The
 * real test build is served on 127.0.0.1 at a random free port.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { REAL } from '../site/support/builds.ts';
import { loadIndex } from '../site/support/dist.ts';
import { permalinkSourcesFromDir } from '../../src/lib/permalink-sources.ts';
import { PAGE_KINDS } from '../../src/lib/page-kinds.ts';

export interface Browser {
  context: BrowserContext;
  server: RunningServer;
  close(): Promise<void>;
}

/** Serves a built site on a free port and opens Chromium on it; close() ends both. */
export async function openSiteBrowser(
  site: { outDir: string; base: string },
  options: Parameters<typeof launchChromium>[0] = {},
): Promise<Browser> {
  const server = await startServer({ dir: site.outDir, port: 0, base: site.base, quiet: true });
  const browser = await launchChromium(options);
  return {
    context: browser.context,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function openBrowser(): Promise<Browser> {
  return openSiteBrowser(REAL);
}

/** One example URL of each page kind of src/lib/page-kinds.ts in the real test build (kinds it has no page of are left out). */
export function pageKinds(): { kind: string; path: string }[] {
  const context = { index: loadIndex(REAL), ...permalinkSourcesFromDir(REAL.generatedDir) };
  return PAGE_KINDS.flatMap((k) => {
    const path = k.example(context);
    return path === null ? [] : [{ kind: k.name, path }];
  });
}
