/**
 * npm run -s bench:screenshots -- --dir .tmp/series/dist [--out .tmp/screenshots] [--path /compare/ …]
 *
 * Screenshots of the comparison pages (or the paths given) of a built site, at 360 and 1280 px,
 * light and dark, device scale 1: full-page PNGs and the first screen (800 px tall) of each, to look
 * at before a change to these pages closes.
 * Nothing is compared automatically; the files are for people.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';
import { ROOT } from './bench-site.ts';
import { layOutWholePage } from './whole-page.ts';

export const COMPARISON_PAGES = [
  '/',
  '/compare/',
  '/compare/indicators/phone-courtesy-tests/',
  '/compare/indicators/self-assessment-scores/',
  '/compare/practices/phone-courtesy/',
  '/practices/',
  '/practices/phone-courtesy/',
  '/practices/phone-courtesy/kaohsiung/',
  '/dimensions/gsp-2017/1/',
  '/branches/keelung/',
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      out: { type: 'string', default: '.tmp/screenshots' },
      path: { type: 'string', multiple: true },
    },
  });
  const out = resolve(ROOT, values.out!);
  mkdirSync(out, { recursive: true });
  const server = await startServer({ dir: resolve(ROOT, values.dir!), port: 0, base: '/', quiet: true });
  const browser = await launchChromium({ deviceScaleFactor: 1 });
  try {
    const page = await browser.context.newPage();
    for (const path of values.path ?? COMPARISON_PAGES) {
      for (const width of [360, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
          const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}-${colorScheme}.png`;
          // The first screen alone: what a reader sees before scrolling (the headline must be in it).
          await page.screenshot({ path: join(out, name.replace(/\.png$/, '-first-screen.png')) });
          // The whole page as a reader who scrolls through sees it: a full-page capture would
          // otherwise leave the tables laid out only near the screen blank.
          await layOutWholePage(page);
          await page.screenshot({ path: join(out, name), fullPage: true });
          console.log(join(out, name));
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
