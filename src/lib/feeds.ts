/**
 * The RSS 2.0 feeds (src/pages/feeds/): every document, and each organisation's, newest first
 * (src/lib/updated.ts). An item's date is its document's own: pubDate only where the document
 * states a full date (RSS dates are days); the item text gives the date as precise as written.
 */
import type { Document } from '../model/schema.ts';
import { govText, kindLabel } from './i18n.ts';
import { documentLabel } from './labels.ts';
import { compareNewestFirst, updatedDate } from './updated.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL of the document page: the item's permalink and guid. */
  link: string;
  pubDate?: Date;
  description: string;
  categories: string[];
}

export function feedItems(docs: readonly Document[], urlOf: (doc: Document) => string): FeedItem[] {
  return [...docs].sort(compareNewestFirst).map((doc) => {
    const date = updatedDate(doc);
    return {
      title: documentLabel(doc),
      link: urlOf(doc),
      ...(date.precision === 'day' ? { pubDate: new Date(`${date.iso}T00:00:00+08:00`) } : {}),
      description: `${doc.title}。${govText.feedItem(doc.rows.length, date.text)}`,
      categories: [doc.branch.name, String(doc.year.roc), kindLabel(doc.kind)],
    };
  });
}

/** Channel elements @astrojs/rss does not write itself: language and the feed's own address. */
export function channelData(selfUrl: string): string {
  const escaped = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<language>zh-TW</language><atom:link href="${escaped}" rel="self" type="application/rss+xml"/>`;
}
