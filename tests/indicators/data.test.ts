/**
 * The indicator data the ingest writes (src/indicators/data.ts): its zod schema keeps every field
 * the extraction produces, so the site reads back exactly what the extraction found.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listSources, loadCurated } from '../../src/ingest/run.ts';
import { extractIndicators } from '../../src/indicators/extract.ts';
import { IndicatorData } from '../../src/indicators/data.ts';
import { documentOrder } from '../../src/lib/site.ts';
import { ROOT } from './real-documents.ts';

describe('indicators.json', () => {
  const curated = loadCurated(ROOT);
  const output = ingestFiles(ROOT, listSources(resolve(ROOT, 'content/sources')), curated);

  it('keeps every field of every value and report entry the extraction produced', () => {
    const lines = new Map(output.sources.map((s) => [s.id, s.lines]));
    const documents = [...output.documents].sort(documentOrder(curated.reference.branches));
    const raw = extractIndicators({ documents, indicators: curated.indicators, sourceLines: (d) => lines.get(d.id)! });
    expect(raw.values.length).toBeGreaterThan(10);
    // output.indicators went through the schema, which drops fields it does not know.
    expect(output.indicators.values).toEqual(raw.values);
    expect(output.indicators.report).toEqual(raw.report);
    const written = JSON.parse(JSON.stringify(output.indicators));
    expect(IndicatorData.parse(written)).toEqual(written);
  });

  it('lists values in the order the site lists documents (branch, then year, then kind)', () => {
    const branchOrder = curated.reference.branches.map((b) => b.id);
    for (const indicator of output.indicators.definitions) {
      const docs = output.indicators.values.filter((v) => v.indicator === indicator.id).map((v) => v.document);
      const sorted = [...docs].sort(
        (a, b) => branchOrder.indexOf(a.branch.id) - branchOrder.indexOf(b.branch.id) || a.year.roc - b.year.roc || a.kind.localeCompare(b.kind),
      );
      expect(docs).toEqual(sorted);
    }
  });

  it('a value without its sentence is refused', () => {
    const broken = JSON.parse(JSON.stringify(output.indicators));
    delete broken.values[0].quote;
    expect(IndicatorData.safeParse(broken).success).toBe(false);
  });
});
