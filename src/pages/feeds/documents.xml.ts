/** RSS 2.0 feed of every document, newest first: /feeds/documents.xml. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteIndex } from '../../lib/data.ts';
import { channelData, feedItems } from '../../lib/feeds.ts';
import { govText } from '../../lib/i18n.ts';
import { canonical, paths } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const index = await siteIndex();
  return rss({
    title: govText.feedTitle,
    description: govText.feedDescription,
    site: canonical(paths.home()),
    items: feedItems(index.documents.map((d) => d.document), (doc) => canonical(paths.document(doc))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(canonical(paths.feed())),
  });
};
