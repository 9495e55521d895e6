/** RSS 2.0 feed of one organisation's documents (HQ or a branch), newest first: /feeds/<branch>.xml. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../lib/data.ts';
import { channelData, feedItems } from '../../lib/feeds.ts';
import { govText } from '../../lib/i18n.ts';
import { canonical, paths } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const index = await siteIndex();
  return index.branches.map((b) => ({ params: { branch: b.branch.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await siteIndex();
  const branch = index.branchById.get(params.branch ?? '');
  if (!branch) return new Response('no such branch', { status: 404 });
  return rss({
    title: govText.feedBranchTitle(branch.branch.name),
    description: govText.feedDescription,
    site: canonical(paths.branch(branch.branch.id)),
    items: feedItems(branch.documents, (doc) => canonical(paths.document(doc))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData(canonical(paths.branchFeed(branch.branch.id))),
  });
};
