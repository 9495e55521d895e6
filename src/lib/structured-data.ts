/**
 * schema.org structured data (JSON-LD) for search engines: BreadcrumbList for pages with a
 * breadcrumb trail, Dataset for the open-data page. Plain objects in, a script body out.
 */

/** JSON safe to put inside <script type="application/ld+json">: "<" can never close the element. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface LdCrumb {
  name: string;
  /** Absolute URL; null for the current page when it has none. */
  url: string | null;
}

export function breadcrumbList(crumbs: readonly LdCrumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  };
}

export interface LdDownload {
  name: string;
  description: string;
  url: string;
  encodingFormat: string;
}

export interface LdDataset {
  name: string;
  description: string;
  url: string;
  licence: string;
  publisher: { name: string; url: string };
  /** ISO date, year-month or year of the newest document. */
  dateModified: string | null;
  /** Gregorian years covered, first and last. */
  temporalCoverage: string | null;
  keywords: readonly string[];
  downloads: readonly LdDownload[];
}

export function dataset(input: LdDataset): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'zh-Hant-TW',
    isAccessibleForFree: true,
    license: input.licence,
    keywords: [...input.keywords],
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
    creator: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.temporalCoverage ? { temporalCoverage: input.temporalCoverage } : {}),
    distribution: input.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      description: d.description,
      contentUrl: d.url,
      encodingFormat: d.encodingFormat,
      license: input.licence,
    })),
  };
}
