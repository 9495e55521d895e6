/**
 * The site's XML files checked as their consumers read them: well-formed (fast-xml-parser's
 * XMLValidator), then by protocol — a sitemap <urlset> against the sitemaps.org XML Schema that the
 * `sitemap` package ships (validated by libxml2's xmllint, as WebAssembly, so no system tool is
 * needed), a sitemap index, an Atom feed (RFC 4287) or an RSS 2.0 feed by the rules of their
 * specifications. Each check returns its problems as "file: message" lines; [] means valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from './builds.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** sitemaps.org's limits for one sitemap file or sitemap index. */
const MAX_ENTRIES = 50_000;
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_LOC_LENGTH = 2048;

/** The `sitemap` package (a devDependency; its exports map hides the file from require.resolve) ships the protocol's schema. */
const SITEMAP_XSD = join(ROOT, 'node_modules/sitemap/schema/sitemap.xsd');

export type XmlKind = 'sitemap index' | 'sitemap' | 'atom feed' | 'rss feed';

/** Every element is an array of its occurrences; attributes are "@name"; text is "#text". */
type XmlNode = { [key: string]: XmlNode[] | string } | string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export interface ParsedXml {
  kind: XmlKind | null;
  rootName: string;
  root: XmlNode;
}

/** Well-formedness first (with the parser's line number), then the root element decides the kind. */
export function parseXml(file: string, xml: string): ParsedXml | string {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return `${file}:${wellFormed.err.line}: not well-formed XML: ${wellFormed.err.msg}`;
  const document = parser.parse(xml) as Record<string, XmlNode[]>;
  const roots = Object.keys(document).filter((k) => !k.startsWith('?'));
  if (roots.length !== 1 || document[roots[0]].length !== 1) return `${file}: expected one root element, found ${roots.join(', ')}`;
  const rootName = roots[0];
  const kinds: Record<string, XmlKind> = { sitemapindex: 'sitemap index', urlset: 'sitemap', feed: 'atom feed', rss: 'rss feed' };
  return { kind: kinds[rootName] ?? null, rootName, root: document[rootName][0] };
}

const children = (node: XmlNode, name: string): XmlNode[] => (typeof node === 'string' ? [] : ((node[name] as XmlNode[] | undefined) ?? []));
const attribute = (node: XmlNode, name: string): string | undefined => (typeof node === 'string' ? undefined : (node[`@${name}`] as string | undefined));
const text = (node: XmlNode | undefined): string => (node === undefined ? '' : typeof node === 'string' ? node : ((node['#text'] as string | undefined) ?? ''));

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= MAX_LOC_LENGTH;
  } catch {
    return false;
  }
}

/** RFC 3339 date-time, as Atom's updated/published require. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** RFC 822 date-time (four-digit years, as RSS 2.0 recommends). */
const RFC_822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|UT|GMT|[ECMP][SD]T|[A-IK-Z])$/;

function sizeProblems(file: string, bytes: number, entries: number, what: string): string[] {
  const problems: string[] = [];
  if (entries === 0) problems.push(`${file}: no ${what}`);
  if (entries > MAX_ENTRIES) problems.push(`${file}: ${entries} ${what}, the protocol allows ${MAX_ENTRIES}`);
  if (bytes > MAX_BYTES) problems.push(`${file}: ${bytes} bytes, the protocol allows ${MAX_BYTES}`);
  return problems;
}

/** A <urlset> against sitemaps.org's XML Schema, plus the limits the schema cannot express. Returns problems and the locs. */
export async function checkSitemap(file: string, xml: string, parsed: ParsedXml): Promise<{ problems: string[]; locs: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: file.replace(/^.*\//, ''), contents: xml }],
    schema: [{ fileName: 'sitemap.xsd', contents: readFileSync(SITEMAP_XSD, 'utf8') }],
  });
  const problems = result.errors.map((e) => `${file}:${e.loc?.lineNumber ?? '?'}: ${e.message}`);
  const locs = children(parsed.root, 'url').map((url) => text(children(url, 'loc')[0]));
  problems.push(...sizeProblems(file, Buffer.byteLength(xml), locs.length, '<url> entries'));
  for (const loc of locs) if (!isAbsoluteHttpUrl(loc)) problems.push(`${file}: <loc> is not an absolute http(s) URL of at most ${MAX_LOC_LENGTH} characters: ${loc}`);
  const seen = new Set<string>();
  for (const loc of locs) {
    if (seen.has(loc)) problems.push(`${file}: <loc> listed twice: ${loc}`);
    seen.add(loc);
  }
  return { problems, locs };
}

/** A <sitemapindex> by the protocol (sitemaps.org publishes no schema that an npm package ships). */
export function checkSitemapIndex(file: string, xml: string, parsed: ParsedXml): { problems: string[]; locs: string[] } {
  const problems: string[] = [];
  if (attribute(parsed.root, 'xmlns') !== SITEMAP_NS) problems.push(`${file}: <sitemapindex> must be in the namespace ${SITEMAP_NS}`);
  const sitemaps = children(parsed.root, 'sitemap');
  problems.push(...sizeProblems(file, Buffer.byteLength(xml), sitemaps.length, '<sitemap> entries'));
  const locs: string[] = [];
  for (const sitemap of sitemaps) {
    const names = typeof sitemap === 'string' ? [] : Object.keys(sitemap).filter((k) => !k.startsWith('@') && k !== '#text');
    const unknown = names.filter((n) => n !== 'loc' && n !== 'lastmod');
    if (unknown.length > 0) problems.push(`${file}: <sitemap> holds elements the protocol does not define: ${unknown.join(', ')}`);
    const loc = children(sitemap, 'loc');
    if (loc.length !== 1) problems.push(`${file}: <sitemap> needs exactly one <loc>, has ${loc.length}`);
    else if (!isAbsoluteHttpUrl(text(loc[0]))) problems.push(`${file}: <loc> is not an absolute http(s) URL: ${text(loc[0])}`);
    else locs.push(text(loc[0]));
    const lastmod = children(sitemap, 'lastmod');
    if (lastmod.length > 1 || (lastmod.length === 1 && !/^\d{4}-\d{2}-\d{2}(T.+)?$/.test(text(lastmod[0])))) problems.push(`${file}: bad <lastmod>`);
  }
  return { problems, locs };
}

/** The links of a feed, for checking that the ones into this site resolve. */
export interface FeedCheck {
  problems: string[];
  entries: number;
  links: string[];
}

/** An Atom feed by RFC 4287's required elements and rules. */
export function checkAtomFeed(file: string, parsed: ParsedXml): FeedCheck {
  const problems: string[] = [];
  const feed = parsed.root;
  const links: string[] = [];
  if (attribute(feed, 'xmlns') !== ATOM_NS) problems.push(`${file}: <feed> must be in the namespace ${ATOM_NS}`);
  const one = (node: XmlNode, name: string, where: string) => {
    const found = children(node, name);
    if (found.length !== 1) problems.push(`${file}: ${where} needs exactly one <${name}>, has ${found.length}`);
    return found[0];
  };
  const checkId = (node: XmlNode, where: string) => {
    const id = text(one(node, 'id', where));
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${file}: ${where} <id> is not an absolute IRI: ${id}`);
    return id;
  };
  const checkDate = (node: XmlNode, name: string, where: string, required: boolean) => {
    const found = children(node, name);
    if (required && found.length !== 1) problems.push(`${file}: ${where} needs exactly one <${name}>, has ${found.length}`);
    for (const d of found) if (!RFC_3339.test(text(d))) problems.push(`${file}: ${where} <${name}> is not an RFC 3339 date-time: ${text(d)}`);
  };
  const checkLinks = (node: XmlNode, where: string) => {
    for (const link of children(node, 'link')) {
      const href = attribute(link, 'href') ?? '';
      if (!isAbsoluteHttpUrl(href)) problems.push(`${file}: ${where} <link href> is not an absolute http(s) URL: ${href}`);
      else links.push(href);
    }
  };
  const hasAuthor = (node: XmlNode) => children(node, 'author').some((a) => text(children(a, 'name')[0]).trim() !== '');
  checkId(feed, '<feed>');
  one(feed, 'title', '<feed>');
  checkDate(feed, 'updated', '<feed>', true);
  checkLinks(feed, '<feed>');
  const entries = children(feed, 'entry');
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `<entry> ${i + 1}`;
    const id = checkId(entry, where);
    if (ids.has(id)) problems.push(`${file}: ${where} repeats the <id> ${id}`);
    ids.add(id);
    one(entry, 'title', where);
    checkDate(entry, 'updated', where, true);
    checkDate(entry, 'published', where, false);
    checkLinks(entry, where);
    const alternate = children(entry, 'link').some((l) => (attribute(l, 'rel') ?? 'alternate') === 'alternate');
    if (!alternate && children(entry, 'content').length === 0) problems.push(`${file}: ${where} has neither <content> nor a rel="alternate" <link>`);
    if (!hasAuthor(feed) && !hasAuthor(entry)) problems.push(`${file}: ${where} has no <author> and the feed has none`);
  });
  return { problems, entries: entries.length, links };
}

/** An RSS 2.0 feed by the RSS 2.0 specification's required elements. */
export function checkRssFeed(file: string, parsed: ParsedXml): FeedCheck {
  const problems: string[] = [];
  const links: string[] = [];
  if (attribute(parsed.root, 'version') !== '2.0') problems.push(`${file}: <rss> needs version="2.0"`);
  const channels = children(parsed.root, 'channel');
  if (channels.length !== 1) return { problems: [...problems, `${file}: <rss> needs exactly one <channel>, has ${channels.length}`], entries: 0, links };
  const channel = channels[0];
  for (const name of ['title', 'link', 'description']) {
    if (children(channel, name).length !== 1) problems.push(`${file}: <channel> needs exactly one <${name}>`);
  }
  const channelLink = text(children(channel, 'link')[0]);
  if (!isAbsoluteHttpUrl(channelLink)) problems.push(`${file}: <channel><link> is not an absolute http(s) URL: ${channelLink}`);
  else links.push(channelLink);
  const items = children(channel, 'item');
  const guids = new Set<string>();
  items.forEach((item, i) => {
    const where = `<item> ${i + 1}`;
    if (children(item, 'title').length === 0 && children(item, 'description').length === 0) problems.push(`${file}: ${where} needs a <title> or a <description>`);
    for (const link of children(item, 'link')) {
      if (!isAbsoluteHttpUrl(text(link))) problems.push(`${file}: ${where} <link> is not an absolute http(s) URL: ${text(link)}`);
      else links.push(text(link));
    }
    for (const guid of children(item, 'guid')) {
      if (guids.has(text(guid))) problems.push(`${file}: ${where} repeats the <guid> ${text(guid)}`);
      guids.add(text(guid));
    }
    for (const date of children(item, 'pubDate')) if (!RFC_822.test(text(date))) problems.push(`${file}: ${where} <pubDate> is not an RFC 822 date: ${text(date)}`);
  });
  return { problems, entries: items.length, links };
}

/** `<link rel=… type=… href=…>` elements of a page's markup, with decoded attribute values. */
export function linkElements(html: string): { rel: string; type: string; href: string }[] {
  const decode = (v: string) => v.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...html.matchAll(/<link\b([^>]*)>/gi)].map(([, attrs]) => {
    const value = (name: string) => decode(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined) ?? '');
    return { rel: value('rel').toLowerCase(), type: value('type').toLowerCase(), href: value('href') };
  });
}

export const FEED_TYPES = new Set(['application/atom+xml', 'application/rss+xml']);
