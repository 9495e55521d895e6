/**
 * The schema.org Dataset of the open-data page (/data/): every download a DataDownload, the
 * licence, the publisher, the years covered and the date of the newest document.
 */
import type { SiteIndex } from './site.ts';
import { dataset } from './structured-data.ts';
import { govText, prose, ui } from './i18n.ts';
import { canonical, paths } from './urls.ts';
import { newestDate } from './updated.ts';

const FORMATS = { json: 'application/json', csv: 'text/csv' } as const;

export function dataDownloadsLd(index: SiteIndex): object {
  const docs = index.documents.map((d) => d.document);
  const years = docs.map((d) => d.year.gregorian);
  return dataset({
    name: `${govText.publisherName}${govText.openDataDatasetName}`,
    description: prose.dataDescription,
    url: canonical(paths.data()),
    licence: ui.licenceUrl,
    publisher: { name: govText.publisherName, url: govText.publisherUrl },
    dateModified: newestDate(docs)?.iso ?? null,
    temporalCoverage: years.length === 0 ? null : `${Math.min(...years)}/${Math.max(...years)}`,
    keywords: [ui.siteName, govText.publisherName, ui.plan, ui.report],
    downloads: Object.entries(govText.datasetDownloads).map(([name, description]) => ({
      name,
      description,
      url: canonical(paths.dataFile(name)),
      encodingFormat: FORMATS[name.endsWith('.csv') ? 'csv' : 'json'],
    })),
  });
}
