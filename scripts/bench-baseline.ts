/**
 * The benchmark's plain baseline: the same rows as one Markdown page each in a minimal Astro site
 * (one layout, no CSS, no JavaScript), indexed by Pagefind with its defaults (`pagefind --site`).
 * It shows what our build costs over the simplest site that publishes the same text.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/model/schema.ts';
import { readGenerated } from '../src/lib/generated.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: 'dist', build: { format: 'directory' }, devToolbar: { enabled: false } });
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="zh-Hant-TW">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

/** Text as Markdown paragraphs that render literally (no HTML, no list or heading syntax). */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/[\\`*_[\]<>#+\-!|&]/g, (c) => `&#${c.charCodeAt(0)};`))
    .join('\n\n');
}

function rowPage(doc: Document, row: Document['rows'][number]): string {
  const title = `${doc.title} ${row.id}`;
  const fields: [string, string][] = [
    ['執行策略', row.strategy],
    ['執行方法', row.method],
    ['項目', row.item],
    ['主辦單位', row.units.join('、')],
    ['具體作法', row.actions],
    ['執行績效與成果', row.results],
  ];
  const body = fields
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `## ${label}\n\n${paragraphs(text)}`)
    .join('\n\n');
  return `---\nlayout: ../../layouts/Row.astro\ntitle: ${JSON.stringify(title)}\n---\n\n# ${paragraphs(title)}\n\n${body}\n`;
}

/** The baseline's home page: every document with links to its rows, so a reader can reach them. */
function homePage(documents: Document[]): string {
  const sections = documents.map(
    (doc) => `## ${paragraphs(doc.title)}\n\n${doc.rows.map((row) => `- [${row.id}](/${doc.id}/${row.id}/)`).join('\n')}`,
  );
  return `---\nlayout: ../layouts/Row.astro\ntitle: "提升服務效能文件"\n---\n\n# 提升服務效能文件\n\n${sections.join('\n\n')}\n`;
}

/** Writes the baseline project into `dir` from the ingest output in `generatedDir`; returns its row count. */
export function writeBaseline(dir: string, generatedDir: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Row.astro'), LAYOUT);
  const { documents } = readGenerated(generatedDir);
  let rows = 0;
  for (const doc of documents) {
    const pageDir = join(dir, 'src/pages', doc.id);
    mkdirSync(pageDir, { recursive: true });
    for (const row of doc.rows) {
      writeFileSync(join(pageDir, `${row.id}.md`), rowPage(doc, row));
      rows++;
    }
  }
  writeFileSync(join(dir, 'src/pages/index.md'), homePage(documents));
  return rows;
}
