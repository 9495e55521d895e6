/**
 * Every URL the site publishes is built here, and nowhere else.
 *
 * Paths are built from source keys only — branch id, ROC year, document kind, row id from the
 * document's own numbering, framework id and dimension number, practice id — never from list
 * positions, so a path keeps pointing at the same thing when documents are added. All paths are
 * "site paths": rooted at the site's base, written without it ("/hualien/111/report/"). `href()`
 * adds the deployment's base path, `absoluteUrl()` the origin as well.
 */

export interface DocumentKeys {
  branch: { id: string };
  year: { roc: number };
  kind: string;
}

/** Top-level path segments that are not branch ids. A branch id may never take one of these. */
export const RESERVED_SEGMENTS = [
  'branches', 'years', 'dimensions', 'practices', 'compare', 'about', 'data', 'search', 'sources', 'pagefind', '_astro', '404',
  'guide', 'privacy', 'open-data-declaration', 'feeds', 'embed', 'og',
] as const;

function segment(value: string | number): string {
  const text = String(value);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(text)) throw new Error(`not a readable ASCII URL segment: ${JSON.stringify(text)}`);
  return text;
}

function branchSegment(id: string): string {
  if ((RESERVED_SEGMENTS as readonly string[]).includes(id)) throw new Error(`branch id ${id} collides with a site section`);
  return segment(id);
}

/** Page `page` of a listing at `first`: the listing itself for page 1, else <first>page/<n>/. */
function listingPage(first: string, page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`not a page number: ${page}`);
  return page === 1 ? first : `${first}page/${page}/`;
}

export const paths = {
  home: () => '/',
  branches: () => '/branches/',
  branch: (branchId: string) => `/branches/${branchSegment(branchId)}/`,
  years: () => '/years/',
  year: (roc: number) => `/years/${segment(roc)}/`,
  /** A document: /<branch>/<roc>/<kind>/, e.g. /hualien/111/report/. */
  document: (doc: DocumentKeys) => `/${branchSegment(doc.branch.id)}/${segment(doc.year.roc)}/${segment(doc.kind)}/`,
  /**
   * The document's source text with numbered lines, SOURCE_LINES_PER_PAGE to a page: lines 1–250 at
   * /<branch>/<roc>/<kind>/source/, lines 251–500 at …/source/2/ and so on. `line` gives the page that
   * holds the line, with its fragment (#L12). A line's page follows from its number alone, so a link
   * to a line never moves.
   */
  documentSource: (doc: DocumentKeys, line?: number) =>
    line === undefined ? paths.documentSourcePage(doc, 1) : `${paths.documentSourcePage(doc, sourcePageOfLine(line))}#L${segment(line)}`,
  /** Page `page` of a document's source lines: …/source/ for page 1, else …/source/<n>/. */
  documentSourcePage: (doc: DocumentKeys, page: number) => {
    if (!Number.isInteger(page) || page < 1) throw new Error(`not a page number: ${page}`);
    return `${paths.document(doc)}source/${page === 1 ? '' : `${page}/`}`;
  },
  /** The plan ↔ report table on a document's page: /<branch>/<roc>/<kind>/#plan-report. */
  documentPlanReport: (doc: DocumentKeys) => `${paths.document(doc)}#plan-report`,
  /** A row's place inside its document's page: /<branch>/<roc>/<kind>/#<rowId>. */
  rowInDocument: (doc: DocumentKeys, rowId: string) => `${paths.document(doc)}#${segment(rowId)}`,
  /** A strategy row — the permalink: /<branch>/<roc>/<kind>/<rowId>/, e.g. /hualien/111/report/d1-s2-m3-i2/. */
  row: (doc: DocumentKeys, rowId: string) => `${paths.document(doc)}${segment(rowId)}/`,
  dimensions: () => '/dimensions/',
  framework: (frameworkId: string) => `/dimensions/#${segment(frameworkId)}`,
  /** A framework dimension: /dimensions/<framework>/<number>/, e.g. /dimensions/gsp-2017/1/. */
  dimension: (frameworkId: string, number: number) => `/dimensions/${segment(frameworkId)}/${segment(number)}/`,
  /**
   * One item of a dimension's structure (a template method, a strategy's own rows, or the rows
   * matching no template item), every row newest first: /dimensions/<framework>/<n>/<item>/, and
   * from page 2 on …/<item>/page/<n>/. `item` is the template id below the dimension ("s2-m3").
   */
  dimensionItem: (frameworkId: string, number: number, item: string, page = 1) =>
    listingPage(`${paths.dimension(frameworkId, number)}${segment(item)}/`, page),
  practices: () => '/practices/',
  practice: (practiceId: string) => `/practices/${segment(practiceId)}/`,
  about: () => '/about/',
  /** The sources received, their layout and coverage, one line per year: /about/sources/. */
  aboutSources: () => '/about/sources/',
  /** The documents of one year with their source file, layout and coverage: /about/sources/<roc>/. */
  aboutSourcesYear: (roc: number) => `/about/sources/${segment(roc)}/`,
  data: () => '/data/',
  search: () => '/search/',
  /** The source file exactly as received, named by document id: /sources/<document-id>.txt. */
  sourceFile: (documentId: string) => `/sources/${segment(documentId)}.txt`,
  /** A download: /data/strategies.json, /data/strategies.csv, /data/documents.json, /data/*.schema.json. */
  dataFile: (name: string) => {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(json|csv)$/.test(name)) throw new Error(`not a data file name: ${name}`);
    return `/data/${name}`;
  },
  /**
   * One organisation's history of a practice, newest first: /practices/<practice>/<branch>/, and
   * from page 2 on /practices/<practice>/<branch>/page/<n>/.
   */
  practiceBranch: (practiceId: string, branchId: string, page = 1) =>
    listingPage(`${paths.practice(practiceId)}${branchSegment(branchId)}/`, page),
  /** An organisation's latest year on a practice's page: /practices/<practice>/#latest-<branch>. */
  practiceLatest: (practiceId: string, branchId: string) => `${paths.practice(practiceId)}#latest-${branchSegment(branchId)}`,
  /** Anchor of one document's entry on the history page that lists it, so other pages can point straight at it. */
  practiceForDocument: (practiceId: string, branchId: string, page: number, documentId: string) =>
    `${paths.practiceBranch(practiceId, branchId, page)}#${segment(documentId)}`,
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
  pagefindBundle: () => '/pagefind/',
  /** The compare page; its state (branches, years, indicator or practice) lives in the query string. */
  compare: () => '/compare/',
  /** The compare page with a chosen view: the URL a shared view has, e.g. /compare/?indicator=x&branch=hualien. */
  compareQuery: (state: {
    branches?: readonly string[];
    years?: readonly (number | string)[];
    indicator?: string;
    practice?: string;
    /** Only documents that have a value. */
    valued?: boolean;
  }) => {
    // A fixed parameter order, so equal choices give equal URLs.
    const query = new URLSearchParams();
    if (state.indicator) query.set('indicator', segment(state.indicator));
    if (state.practice) query.set('practice', segment(state.practice));
    for (const branch of state.branches ?? []) query.append('branch', segment(branch));
    for (const year of state.years ?? []) query.append('year', segment(year));
    if (state.valued) query.set('valued', '1');
    const text = query.toString();
    return `/compare/${text ? `?${text}` : ''}`;
  },
  /** One indicator across all branches and years, complete without JavaScript: /compare/indicators/<id>/. */
  compareIndicator: (indicatorId: string) => `/compare/indicators/${segment(indicatorId)}/`,
  /** One practice across all documents, complete without JavaScript: /compare/practices/<id>/. */
  comparePractice: (practiceId: string) => `/compare/practices/${segment(practiceId)}/`,
  /** A chart as a stand-alone SVG file: /compare/charts/<chart-id>.svg. */
  chartSvg: (chartId: string) => `/compare/charts/${segment(chartId)}.svg`,
  /** A chart's data as CSV (UTF-8 with BOM): /compare/charts/<chart-id>.csv. */
  chartCsv: (chartId: string) => `/compare/charts/${segment(chartId)}.csv`,

  // Government-site conventions, feeds, share images and embeds.
  /** 網站導覽: the accesskeys and the site's structure. */
  guide: () => '/guide/',
  /** 隱私權及資訊安全政策. */
  privacy: () => '/privacy/',
  /** 政府網站資料開放宣告. */
  openDataDeclaration: () => '/open-data-declaration/',
  /** RSS 2.0 feed of every document, newest first: /feeds/documents.xml. */
  feed: () => '/feeds/documents.xml',
  /** RSS 2.0 feed of one organisation's documents: /feeds/<branch>.xml. */
  branchFeed: (branchId: string) => `/feeds/${branchSegment(branchId)}.xml`,
  /** A chart alone, the one kind of page other sites may frame: /embed/<chart-id>/. */
  embed: (chartId: string) => `${paths.embedSection()}${segment(chartId)}/`,
  /** Where the embed pages live (no page of its own): the one path other sites may frame. */
  embedSection: () => '/embed/',
  /** Share image (1200 × 630 PNG) of the home page. */
  ogHome: () => '/og/home.png',
  /** Share image of a document (its row pages use it too): /og/documents/<document-id>.png. */
  ogDocument: (documentId: string) => `/og/documents/${segment(documentId)}.png`,
  /** Share image of a practice: /og/practices/<practice>.png. */
  ogPractice: (practiceId: string) => `/og/practices/${segment(practiceId)}.png`,
  /** Share image of an indicator, with a small chart: /og/indicators/<indicator>.png. */
  ogIndicator: (indicatorId: string) => `/og/indicators/${segment(indicatorId)}.png`,
};

/** Lines of a document's source text per page (paths.documentSource). Fixed forever: changing it moves lines between published pages. */
export const SOURCE_LINES_PER_PAGE = 250;

/** The page of a document's source view that holds line `line` (1-based). */
export function sourcePageOfLine(line: number): number {
  if (!Number.isInteger(line) || line < 1) throw new Error(`not a line number: ${line}`);
  return Math.ceil(line / SOURCE_LINES_PER_PAGE);
}

/**
 * Route parameters of a document's pages (src/pages/[branch]/[roc]/[kind]/…), the same segments
 * `paths.document` joins, so a page is built exactly where its links point.
 */
export function documentRouteParams(doc: DocumentKeys): { branch: string; roc: string; kind: string } {
  return { branch: branchSegment(doc.branch.id), roc: segment(doc.year.roc), kind: segment(doc.kind) };
}

/** Site path → path on the server, under the deployment's base ("/reports/" + "/years/" → "/reports/years/"). */
export function href(path: string, base: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${path}`);
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Site path → absolute URL, for canonical links, OpenGraph and citations. */
export function absoluteUrl(path: string, site: string, base: string): string {
  return new URL(href(path, base), site).href;
}

/** The part of a server path below the base, or null when the path lies outside it. */
export function sitePath(serverPath: string, base: string): string | null {
  const prefix = base.replace(/\/$/, '');
  if (prefix === '') return serverPath;
  if (serverPath === prefix || serverPath.startsWith(`${prefix}/`)) return serverPath.slice(prefix.length) || '/';
  return null;
}

/** Site path → path on this build's server (base from Astro's BASE_URL). For use in pages. */
/** The element id a path's fragment names: "/practices/x/#latest-keelung" → "latest-keelung". */
export function fragmentId(path: string): string {
  const hash = path.indexOf('#');
  if (hash === -1) throw new Error(`${path} has no fragment`);
  return path.slice(hash + 1);
}

export function link(path: string): string {
  return href(path, import.meta.env.BASE_URL ?? '/');
}

/** Site path → absolute URL on this build's site (SITE_URL). For canonical links and citations. */
export function canonical(path: string): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('site is not configured');
  return absoluteUrl(path, site, import.meta.env.BASE_URL ?? '/');
}

/** Route parameter of a listing page (src/pages/…/page/[page].astro): "2", "3" … (page 1 has no /page/ path). */
export function pageRouteParam(page: number): string {
  if (!Number.isInteger(page) || page < 2) throw new Error(`page ${page} has no /page/ route`);
  return String(page);
}

/** Route parameter of a source-lines page (src/pages/[branch]/[roc]/[kind]/source/[page].astro): "2", "3" …. */
export function sourcePageRouteParam(page: number): string {
  if (!Number.isInteger(page) || page < 2) throw new Error(`source page ${page} has no route of its own`);
  return String(page);
}

/** Route parameter of a branch in a section's path (e.g. /practices/<practice>/<branch>/): the same segment paths.branch uses. */
export function branchRouteParam(branchId: string): string {
  return branchSegment(branchId);
}
