/**
 * What the site publishes, by kind: every page kind of src/pages and every data download. The
 * permalink list (src/lib/site.ts, src/lib/permalinks.ts), the benchmarks (scripts/bench-site.ts)
 * and the browser tests (tests/browser/support.ts) all read these two lists, so a new page kind
 * or download is named once, here.
 */
import type { PermalinkSources } from './permalinks.ts';
import type { SiteIndex } from './site.ts';
import { sourcePages } from './source-pages.ts';
import { paths } from './urls.ts';

/** What an example of a page kind is picked from: the site index and what the permalinks follow from beside it. */
export interface PageKindContext extends PermalinkSources {
  index: SiteIndex;
}

export interface PageKind {
  /** The kind's name in benchmarks, test titles and reports: "row", "source lines". */
  name: string;
  /** The page file's route in src/pages as a URL pattern: "/[branch]/[roc]/[kind]/[row]/"; "/404" for the not-found page. */
  route: string;
  /**
   * For a kind with exactly one page: its path and the permalink target that path keeps for good
   * ("page home"). Null for kinds whose pages follow from the data (the site index lists those).
   */
  single: { path: string; target: string } | null;
  /** Whether its pages ship JavaScript (everything else must ship none but the row page's copy-link script). */
  interactive: boolean;
  /** One page of this kind to test, or null when the build has none (a corpus without indicators, say). */
  example(context: PageKindContext): string | null;
}

function single(name: string, route: string, path: string, interactive = false): PageKind {
  return { name, route, single: { path, target: `page ${name.replace(/ /g, '-')}` }, interactive, example: () => path };
}

function many(name: string, route: string, example: PageKind['example']): PageKind {
  return { name, route, single: null, interactive: false, example };
}

/** A report with rows when there is one: its pages show the most (results, counterparts). */
function exampleDocument(index: SiteIndex) {
  return index.documents.find((d) => d.document.kind === 'report' && d.rows.length > 0) ?? index.documents[0];
}

/** The practice with rows in the most documents. */
function examplePractice(index: SiteIndex) {
  return [...index.practicesWithRows].sort((a, b) => b.byDocument.length - a.byDocument.length)[0];
}

function exampleDimension(index: SiteIndex) {
  return index.dimensions.find((d) => d.rows.length > 0);
}

/** Every page kind, in the order Astro routes them (static segments before parameters). */
export const PAGE_KINDS: readonly PageKind[] = [
  single('home', '/', paths.home()),
  { name: '404', route: '/404', single: null, interactive: false, example: () => '/no/such/page/' },
  single('about', '/about/', paths.about()),
  single('about sources', '/about/sources/', paths.aboutSources()),
  many('about sources year', '/about/sources/[roc]/', ({ index }) => {
    const doc = exampleDocument(index);
    return doc ? paths.aboutSourcesYear(doc.document.year.roc) : null;
  }),
  single('branches', '/branches/', paths.branches()),
  many('branch', '/branches/[branch]/', ({ index }) => {
    const doc = exampleDocument(index);
    return doc ? paths.branch(doc.document.branch.id) : null;
  }),
  single('years', '/years/', paths.years()),
  many('year', '/years/[roc]/', ({ index }) => index.years.find((y) => y.roc === exampleDocument(index)?.document.year.roc)?.path ?? null),
  many('document', '/[branch]/[roc]/[kind]/', ({ index }) => exampleDocument(index)?.path ?? null),
  many('row', '/[branch]/[roc]/[kind]/[row]/', ({ index }) => {
    const doc = exampleDocument(index);
    if (!doc) return null;
    // A row that links the same practice elsewhere shows every part of a row page.
    return (doc.rows.find((v) => v.practices.length > 0 && index.elsewhere(v).some((e) => e.rows.length > 0)) ?? doc.rows[0])?.path ?? null;
  }),
  many('source lines', '/[branch]/[roc]/[kind]/source/', ({ index }) => {
    const doc = exampleDocument(index);
    return doc ? paths.documentSource(doc.document) : null;
  }),
  many('source lines page', '/[branch]/[roc]/[kind]/source/[page]/', ({ index, sourceLineCounts }) => {
    // The longest source: the one most likely to have later pages.
    const longest = [...index.documents].sort((a, b) => (sourceLineCounts[b.document.id] ?? 0) - (sourceLineCounts[a.document.id] ?? 0))[0];
    const pages = longest ? sourcePages(longest.document, sourceLineCounts[longest.document.id] ?? 0) : [];
    return pages[1]?.path ?? null;
  }),
  single('dimensions', '/dimensions/', paths.dimensions()),
  many('dimension', '/dimensions/[framework]/[number]/', ({ index }) => exampleDimension(index)?.path ?? null),
  many('dimension item', '/dimensions/[framework]/[number]/[item]/', ({ index }) => exampleDimension(index)?.items[0]?.path ?? null),
  many('dimension item page', '/dimensions/[framework]/[number]/[item]/page/[page]/', ({ index }) => {
    const item = index.dimensions.flatMap((d) => d.items).find((i) => i.pages.length > 1);
    return item?.pages[1].path ?? null;
  }),
  single('practices', '/practices/', paths.practices()),
  many('practice', '/practices/[practice]/', ({ index }) => examplePractice(index)?.path ?? null),
  many('practice history', '/practices/[practice]/[branch]/', ({ index }) => examplePractice(index)?.byBranch[0]?.path ?? null),
  many('practice history page', '/practices/[practice]/[branch]/page/[page]/', ({ index }) => {
    const history = index.practices.flatMap((p) => p.byBranch).find((h) => h.pages.length > 1);
    return history?.pages[1].path ?? null;
  }),
  single('compare', '/compare/', paths.compare(), true),
  many('compare indicator', '/compare/indicators/[indicator]/', ({ indicatorIds }) =>
    indicatorIds.length > 0 ? paths.compareIndicator(indicatorIds[0]) : null,
  ),
  many('compare practice', '/compare/practices/[practice]/', ({ index }) => {
    const practice = examplePractice(index);
    return practice ? paths.comparePractice(practice.practice.id) : null;
  }),
  many('embed', '/embed/[chart]/', ({ chartIds }) => (chartIds.length > 0 ? paths.embed(chartIds[0]) : null)),
  single('data', '/data/', paths.data()),
  single('search', '/search/', paths.search(), true),
  single('guide', '/guide/', paths.guide()),
  single('privacy', '/privacy/', paths.privacy()),
  single('open-data-declaration', '/open-data-declaration/', paths.openDataDeclaration()),
];

/** Every download under /data/, in the order the data page lists them. */
export const DATA_FILES = [
  'strategies.json',
  'strategies.csv',
  'documents.json',
  'strategies.schema.json',
  'documents.schema.json',
  'indicators.json',
  'indicators.csv',
  'indicators.schema.json',
] as const;
