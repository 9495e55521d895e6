/**
 * Draws a share card (src/og/cards.ts) as a 1200 × 630 PNG at build time: satori lays it out to
 * SVG with its text as outlines, @resvg/resvg-js rasterises that. The font is Noto Sans TC from
 * the @fontsource/noto-sans-tc npm package, read from node_modules: nothing is fetched. Its
 * "chinese-traditional" subset (1.3 MB, Latin included) draws most text; a character it lacks
 * (full-width punctuation such as （） and ・) is drawn from the package's small unicode-range
 * slice that holds it, found through the package's own CSS. satori reads TTF, OTF and WOFF, not
 * WOFF2, so the WOFF files are used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { Card } from './cards.ts';
import { govText, ui } from '../lib/i18n.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const COLOURS = { background: '#0f3d66', text: '#ffffff', soft: '#cfe3f7', bar: '#8cc8ff', rule: '#3d6a94' };

type Weight = 400 | 700;
type Font = { name: string; data: Buffer; weight: Weight; style: 'normal' };
const WEIGHTS: Weight[] = [400, 700];
const packageDir = () => dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-tc/package.json'));
let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  const font = (weight: Weight): Font => ({
    name: 'Noto Sans TC',
    data: readFileSync(join(packageDir(), 'files', `noto-sans-tc-chinese-traditional-${weight}-normal.woff`)),
    weight,
    style: 'normal',
  });
  return WEIGHTS.map(font);
}

/** The package's unicode-range slices of one weight: file and the code point ranges it holds. */
interface Slice {
  file: string;
  ranges: [number, number][];
}
const slices = new Map<Weight, Slice[]>();
const sliceFiles = new Map<string, Buffer>();

function sliceData(file: string): Buffer {
  let data = sliceFiles.get(file);
  if (!data) sliceFiles.set(file, (data = readFileSync(join(packageDir(), 'files', file))));
  return data;
}

function slicesOf(weight: Weight): Slice[] {
  let list = slices.get(weight);
  if (!list) {
    const css = readFileSync(join(packageDir(), `${weight}.css`), 'utf8');
    list = [...css.matchAll(/url\(\.\/files\/([^)]+?)\.woff2\)[^}]*?unicode-range:\s*([^;]+);/g)].map((m) => ({
      file: `${m[1]}.woff`,
      ranges: m[2].split(',').map((range) => {
        const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
      }),
    }));
    slices.set(weight, list);
  }
  return list;
}

/** satori's fallback for characters the main font lacks: the slices that hold them, both weights. */
async function fallbackFonts(_language: string, segment: string): Promise<Font[]> {
  const found: Font[] = [];
  for (const weight of WEIGHTS) {
    const files = new Set<string>();
    for (const char of segment) {
      const code = char.codePointAt(0)!;
      const slice = slicesOf(weight).find((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
      if (slice) files.add(slice.file);
    }
    for (const file of files) found.push({ name: `Noto Sans TC ${file}`, data: sliceData(file), weight, style: 'normal' });
  }
  return found;
}

/** A satori element: the plain-object form of JSX. */
export interface El {
  type: string;
  props: { style?: Record<string, unknown>; children?: (El | string)[] | El | string };
}
const el = (style: Record<string, unknown>, children?: El['props']['children']): El => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

function chart(card: Card): El | null {
  if (!card.chart || card.chart.bars.length === 0) return null;
  const max = Math.max(...card.chart.bars.map((b) => b.value), 0);
  const height = 150;
  return el({ flexDirection: 'column', marginTop: 24, width: OG_WIDTH - 128 }, [
    el({ alignItems: 'flex-end', height, borderBottom: `3px solid ${COLOURS.soft}` }, card.chart.bars.map((bar) =>
      el({ flex: 1, margin: '0 3px', height: max > 0 ? Math.max(3, Math.round((bar.value / max) * height)) : 3, backgroundColor: COLOURS.bar }),
    )),
    el({ justifyContent: 'space-between', fontSize: 22, color: COLOURS.soft, marginTop: 8 }, [
      el({}, card.chart.bars[0].label),
      el({}, govText.ogMax(max.toLocaleString('zh-TW'), card.chart.unit)),
      el({}, card.chart.bars[card.chart.bars.length - 1].label),
    ]),
  ]);
}

/** The card laid out as a satori element tree: everything the image depends on but the renderer and font. */
export function cardLayout(card: Card): El {
  const figure = chart(card);
  const inner = OG_WIDTH - 128;
  // The margins are the position of an inner box: padding would be added to the card's height.
  return el({ width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: COLOURS.background, color: COLOURS.text, fontFamily: 'Noto Sans TC' }, [
    el({ position: 'absolute', top: 48, left: 64, right: 64, bottom: 40, flexDirection: 'column', justifyContent: 'space-between' }, [
      el({ fontSize: 30, color: COLOURS.soft }, card.eyebrow),
      el({ flexDirection: 'column', width: inner }, [
        el({ width: inner, fontSize: figure ? 56 : 64, fontWeight: 700, lineHeight: 1.25, lineClamp: figure ? 2 : 3 }, card.title),
        el({ fontSize: 32, marginTop: 20, color: COLOURS.soft }, card.meta),
        ...(figure ? [figure] : []),
      ]),
      el({ width: inner, borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 14, fontSize: 26, color: COLOURS.soft }, ui.siteName),
    ]),
  ]);
}

/** What else an image depends on: the versions of satori, resvg and the font package. */
export function rendererVersions(): string {
  const require = createRequire(import.meta.url);
  return ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-tc']
    .map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
    .join(' ');
}

/** A laid-out card as PNG bytes, 1200 × 630. */
export async function renderLayout(tree: El): Promise<Buffer<ArrayBuffer>> {
  fonts ??= loadFonts();
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
    loadAdditionalAsset: fallbackFonts,
  });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng());
}
