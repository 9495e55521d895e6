/**
 * Building SVG as strings, safely: every text and attribute value goes through `escapeXml`, so a
 * label holding "<script>" or "&" stays text. No DOM is needed, so charts render at build time
 * in plain Node and in the browser alike.
 */

/** Escapes text for XML/HTML text content and double- or single-quoted attribute values. */
export function escapeXml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export type Attributes = Record<string, string | number | null | undefined | false>;

function attributeString(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`not an attribute name: ${name}`);
      return ` ${name}="${escapeXml(typeof value === 'number' ? round(value) : (value as string))}"`;
    })
    .join('');
}

/** An element with already-built children (strings from `el`/`text`). */
export function el(tag: string, attributes: Attributes = {}, children: readonly string[] = []): string {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(tag)) throw new Error(`not a tag name: ${tag}`);
  const attrs = attributeString(attributes);
  return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

/** A text-only element: the text is escaped. */
export function textEl(tag: string, attributes: Attributes, text: string | number): string {
  return `<${tag}${attributeString(attributes)}>${escapeXml(text)}</${tag}>`;
}

/** Coordinates with at most two decimals keep the markup short and stable across platforms. */
export function round(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite coordinate: ${value}`);
  return String(Math.round(value * 100) / 100);
}

/**
 * Approximate rendered width of a text at a font size, without a font engine: CJK and full-width
 * characters take one em, narrow Latin letters, digits and punctuation about 0.6 em. Used to size
 * label columns and to shorten labels that would not fit; generous on purpose.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff)) ems += 1;
    else if (/[\s.,:;'!|il]/.test(ch)) ems += 0.35;
    else if (/[A-Z%mwMW@]/.test(ch)) ems += 0.75;
    else ems += 0.6;
  }
  return ems * fontSize;
}

/** Shortens a label to fit `width` at `fontSize`, ending in "…"; the full text goes in the <title> and table. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}

export interface SvgFrame {
  /** Unique within a page: prefixes the ids of <title>, <desc> and patterns. */
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  /** Extra class on the root, e.g. "chart chart-bars". */
  className?: string;
  /**
   * Drawn wider than the page's chart column: class "chart-wide" keeps it from shrinking below a
   * legible width on a page (src/components/charts/charts.css), scrolling inside its frame instead. A class,
   * not a style attribute: the Content-Security-Policy blocks inline styles.
   */
  wide?: boolean;
  /** data-* attributes of the root (name without "data-"), e.g. a panel's branch for the compare island. */
  data?: Record<string, string | number>;
}

/**
 * The root <svg>: role="img", labelled by its <title> and described by its <desc>, sized by its
 * viewBox so it scales down with its container (width 100 %, height auto in the stylesheet).
 */
export function svgRoot(frame: SvgFrame, body: readonly string[], defs: readonly string[] = []): string {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: ['chart', frame.className, frame.wide ? 'chart-wide' : null].filter(Boolean).join(' '),
      id: frame.id,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      viewBox: `0 0 ${round(frame.width)} ${round(frame.height)}`,
      width: frame.width,
      height: frame.height,
      'font-size': 12,
      ...Object.fromEntries(Object.entries(frame.data ?? {}).map(([k, v]) => [`data-${k}`, v])),
    },
    [
      textEl('title', { id: titleId }, frame.title),
      textEl('desc', { id: descId }, frame.desc),
      ...(defs.length > 0 ? [el('defs', {}, defs)] : []),
      ...body,
    ],
  );
}

/**
 * A chart as a file of its own (the SVG download): the stylesheet the page would provide is
 * embedded, so colours, light and dark, survive outside the site.
 */
export function standaloneSvg(svg: string, css: string): string {
  const close = svg.indexOf('>');
  if (!svg.startsWith('<svg') || close < 0) throw new Error('not an <svg> element');
  // CSS is our own stylesheet, not source text; "]]>" cannot occur in it, but guard anyway.
  const style = `<style><![CDATA[\n${css.replaceAll(']]>', ']]]]><![CDATA[>')}\n]]></style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, close + 1)}${style}${svg.slice(close + 1)}\n`;
}
