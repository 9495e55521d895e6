/** The <iframe> markup that embeds a chart's page on another site (src/components/embed/). */

const EMBED_WIDTH = 640;
/** Room for the title, caption, source, licence and link lines under the chart. */
const TEXT_HEIGHT = 260;

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Height for the frame: the chart drawn at EMBED_WIDTH keeps its proportions (its viewBox), plus the text. */
export function embedHeight(svg: string): number {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const chartHeight = box ? (EMBED_WIDTH * Number(box[2])) / Number(box[1]) : EMBED_WIDTH * 0.6;
  return Math.ceil(chartHeight + TEXT_HEIGHT);
}

export function embedSnippet(input: { url: string; title: string; svg: string }): string {
  return `<iframe src="${attribute(input.url)}" title="${attribute(input.title)}" width="${EMBED_WIDTH}" height="${embedHeight(input.svg)}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="border:0;max-width:100%"></iframe>`;
}
