/**
 * /sources/<document-id>.txt: each source file's bytes exactly as received, as the ingest copied
 * them into the generated folder (verified against the ingest's SHA-256). Static hosts decide the
 * Content-Type; scripts/build-site.ts writes the charset for each file into dist/_headers and
 * scripts/serve.ts honours it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../lib/data.ts';
import { sourceBytes } from '../../lib/generated.ts';
import { sourceCharset } from '../../lib/sources.ts';
import type { Document } from '../../model/schema.ts';

export const getStaticPaths = (async () => {
  const index = await siteIndex();
  return index.documents.map(({ document }) => ({ params: { document: document.id }, props: { document } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { document } = props as { document: Document };
  return new Response(sourceBytes(document), {
    headers: { 'Content-Type': `text/plain; charset=${sourceCharset(document.encoding)}` },
  });
};
