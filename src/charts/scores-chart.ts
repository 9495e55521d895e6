/** A document's self-assessment scores: each dimension's score against its maximum, and the total. */
import type { DocumentView } from '../lib/site.ts';
import { paths } from '../lib/urls.ts';
import { chartText, ui } from '../lib/i18n.ts';
import type { CatalogInput, Chart } from './chart.ts';
import { branchYearData, documentLongLabel, documentShortLabel } from './chart-labels.ts';
import { scoreChart, scoreText, type ScoreDatum } from './scores.ts';

export function scoresChart(input: CatalogInput, view: DocumentView): Chart | null {
  const doc = view.document;
  const scores = doc.scores;
  if (!scores) return null;
  const quoted = input.extraction.values.filter((v) => v.document.id === doc.id && v.field === 'scores');
  const sourcePath = quoted[0]?.path ?? paths.documentSource(doc, scores.source.lines[0]);
  const items: ScoreDatum[] = [
    ...scores.items.map((i) => ({ label: i.dimension, score: i.score, max: i.max })),
    { label: ui.total, score: scores.total, max: scores.max, total: true },
  ];
  const id = `scores-${doc.id}`;
  const title = chartText.scoresTitle(documentShortLabel(input.index, doc));
  const desc = chartText.scoresDesc(title, scores.grade, items.map((i) => `${i.label} ${scoreText(i)}`).join('；'));
  return {
    id,
    kind: 'scores',
    scope: branchYearData(doc),
    title,
    caption: chartText.scoresCaption(scores.total, scores.max, scores.grade, scores.assessedOnText),
    desc,
    sources: [{ text: chartText.scoresSource(documentLongLabel(doc), scores.source.lines[0], scores.source.lines[1]), href: sourcePath }],
    svg: (width = 360) => scoreChart({ id, title, desc, items }, width),
    table: {
      caption: `${title}（${scores.max} ${ui.points}）`,
      columns: [
        { label: ui.dimension },
        { label: ui.score, numeric: true },
        { label: ui.maxPoints, numeric: true },
        { label: chartText.scoreRate, numeric: true },
      ],
      rows: items.map((i) => ({
        key: i.label,
        cells: [
          { text: i.label, header: true },
          { text: String(i.score), numeric: true, href: sourcePath },
          { text: String(i.max), numeric: true },
          { text: `${((i.score / i.max) * 100).toFixed(1)}%`, numeric: true },
        ],
      })),
    },
    csv: {
      columns: ['document_id', 'dimension', 'score', 'max', 'grade', 'assessed_on', 'source_line'],
      rows: items.map((i) => [doc.id, i.label, i.score, i.max, scores.grade, scores.assessedOnText, quoted[0]?.sourceLines[0] ?? scores.source.lines[0]]),
    },
  };
}

