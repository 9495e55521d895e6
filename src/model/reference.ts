/**
 * Curated reference data (content/reference/*.yaml): branches, frameworks, practices and the
 * crosswalk between them. Validated when loaded; a problem names the file and, where YAML knows
 * it, the line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'astro/zod';
import { BranchId } from './schema.ts';
import { IngestError } from './errors.ts';

export const FieldOffice = z.object({
  /** 辦事處 name as documents write it, e.g. "五堵辦事處". */
  name: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
});

export const Branch = z.object({
  /** Stable ASCII id used in URLs and document ids. */
  id: BranchId,
  /** Chinese name as shown on the site, e.g. "基隆分局"; for HQ "經濟部標準檢驗局". */
  name: z.string().min(1),
  /** Short name for compact tables, e.g. "基隆"; "總局" for HQ. */
  shortName: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
  /** Every spelling a document title may use for this organisation (compared without whitespace). */
  names: z.array(z.string().min(1)).min(1),
  /** Field offices (辦事處) under this branch. */
  fieldOffices: z.array(FieldOffice),
});
export type Branch = z.infer<typeof Branch>;

/** A template sub-item, e.g. gsp-2017 構面一 (二) 3. (2) 注重電話禮貌. */
export const TemplateSubItem = z.object({
  /** Stable id, e.g. "gsp-2017-d1-s2-m3-i2". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Template text without numbering. */
  text: z.string().min(1),
});

export const TemplateMethod = z.object({
  /** Stable id, e.g. "gsp-2017-d1-s2-m3". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Template text without numbering. */
  text: z.string().min(1),
  /** Sub-items (1)(2)…; empty when the method has none. */
  items: z.array(TemplateSubItem).default([]),
});

export const TemplateStrategy = z.object({
  /** Stable id, e.g. "gsp-2017-d1-s2". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Template text without numbering, e.g. "服務友善性". */
  text: z.string().min(1),
  /** Methods 1. 2. …; empty when the strategy has none. */
  methods: z.array(TemplateMethod).default([]),
});

export const FrameworkDimension = z.object({
  /** Stable id, e.g. "gsp-2017-d1". Used in URLs. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Dimension number in the framework (構面一 → 1; HQ strategy 一 → 1). */
  number: z.number().int().positive(),
  /** Canonical Chinese label, e.g. "基礎服務". */
  label: z.string().min(1),
  /** English label. */
  en: z.string().min(1),
  /** Points allotted (null where the framework has none). */
  maxPoints: z.number().int().positive().nullable(),
  /** Template strategies under the dimension. */
  strategies: z.array(TemplateStrategy),
});

export const Framework = z.object({
  /** Stable id: "sqa-2013", "gsp-2017", "hq-2026". Used in URLs. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese label. */
  label: z.string().min(1),
  /** English label. */
  en: z.string().min(1),
  /** One-paragraph description for the about page. */
  description: z.string().min(1),
  /** Dimensions in order. */
  dimensions: z.array(FrameworkDimension).min(1),
});
export type Framework = z.infer<typeof Framework>;

export const Practice = z.object({
  /** Stable ASCII id used in URLs, e.g. "phone-courtesy". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese label, e.g. "電話禮貌測試". */
  label: z.string().min(1),
  /** English label. */
  en: z.string().min(1),
  /** One-sentence description in Chinese. */
  description: z.string().min(1),
});
export type Practice = z.infer<typeof Practice>;

/** Crosswalk: every template item id (strategy, method or sub-item) → one or more practice ids. */
export const Crosswalk = z.record(z.string(), z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1));
export type Crosswalk = z.infer<typeof Crosswalk>;

export interface Reference {
  branches: Branch[];
  frameworks: Framework[];
  practices: Practice[];
  crosswalk: Crosswalk;
}

export const REFERENCE_DIR = 'content/reference';

/** A validated YAML file together with a way to point at the line of any path inside it. */
export interface LoadedYaml<T> {
  file: string;
  data: T;
  /** Line of the node at `path`, or of its nearest existing ancestor; null when none is known. */
  lineOf(path: readonly (string | number)[]): number | null;
}

/**
 * Parses curated YAML and validates it with `schema`; any problem is an IngestError naming `file`
 * and the line of the offending node.
 */
export function parseYaml<T>(text: string, file: string, schema: z.ZodType<T>): LoadedYaml<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new IngestError(file, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0]);
  }
  const lineOf = (path: readonly (string | number)[]): number | null => {
    // A missing field has no node of its own: point at the closest enclosing one instead.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    throw new IngestError(file, lineOf(path), `${path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { file, data: parsed.data, lineOf };
}

function loadYaml<T>(root: string, name: string, schema: z.ZodType<T>): LoadedYaml<T> {
  const file = join(REFERENCE_DIR, name);
  return parseYaml(readFileSync(join(root, file), 'utf8'), file, schema);
}

/** Loads and cross-checks all reference data under `root`/content/reference. */
export function loadReference(root: string): Reference {
  const branches = loadYaml(root, 'branches.yaml', z.array(Branch));
  const frameworks = loadYaml(root, 'frameworks.yaml', z.array(Framework));
  const practices = loadYaml(root, 'practices.yaml', z.array(Practice));
  const crosswalk = loadYaml(root, 'crosswalk.yaml', Crosswalk);
  checkUniqueIds(branches);
  checkUniqueIds(practices);
  checkFrameworkIds(frameworks);
  checkCrosswalk(frameworks.data, practices.data, crosswalk);
  return { branches: branches.data, frameworks: frameworks.data, practices: practices.data, crosswalk: crosswalk.data };
}

function checkUniqueIds(loaded: LoadedYaml<{ id: string }[]>): void {
  const seen = new Set<string>();
  loaded.data.forEach((entry, index) => {
    if (seen.has(entry.id)) throw new IngestError(loaded.file, loaded.lineOf([index, 'id']), `duplicate id ${entry.id}`);
    seen.add(entry.id);
  });
}

/**
 * Template ids are derived from the template's own order ("<framework>-d<number>", "-s<n>", "-m<n>",
 * "-i<n>"), so a copied block that kept its old id is caught here rather than silently merging two items.
 */
function checkFrameworkIds(loaded: LoadedYaml<Framework[]>): void {
  const expect = (actual: string | number, expected: string | number, path: (string | number)[]) => {
    if (actual !== expected) {
      throw new IngestError(loaded.file, loaded.lineOf(path), `id ${actual} should be ${expected} (ids follow the template order)`);
    }
  };
  const frameworkIds = new Set<string>();
  loaded.data.forEach((framework, f) => {
    if (frameworkIds.has(framework.id)) {
      throw new IngestError(loaded.file, loaded.lineOf([f, 'id']), `duplicate framework id ${framework.id}`);
    }
    frameworkIds.add(framework.id);
    framework.dimensions.forEach((dimension, d) => {
      expect(dimension.number, d + 1, [f, 'dimensions', d, 'number']);
      expect(dimension.id, `${framework.id}-d${dimension.number}`, [f, 'dimensions', d, 'id']);
      dimension.strategies.forEach((strategy, s) => {
        const strategyPath = [f, 'dimensions', d, 'strategies', s];
        expect(strategy.id, `${dimension.id}-s${s + 1}`, [...strategyPath, 'id']);
        strategy.methods.forEach((method, m) => {
          const methodPath = [...strategyPath, 'methods', m];
          expect(method.id, `${strategy.id}-m${m + 1}`, [...methodPath, 'id']);
          method.items.forEach((item, i) => {
            expect(item.id, `${method.id}-i${i + 1}`, [...methodPath, 'items', i, 'id']);
          });
        });
      });
    });
  });
}

/** Every template item must map to at least one known practice, and the crosswalk names no unknown item. */
function checkCrosswalk(frameworks: Framework[], practices: Practice[], crosswalk: LoadedYaml<Crosswalk>): void {
  const { file, data, lineOf } = crosswalk;
  const practiceIds = new Set(practices.map((p) => p.id));
  const itemIds = new Set(templateItems(frameworks).map((item) => item.id));
  for (const id of itemIds) {
    if (!data[id]) throw new IngestError(file, null, `template item ${id} has no practice`);
  }
  for (const [id, mapped] of Object.entries(data)) {
    if (!itemIds.has(id)) throw new IngestError(file, lineOf([id]), `unknown template item ${id}`);
    mapped.forEach((practice, index) => {
      if (!practiceIds.has(practice)) throw new IngestError(file, lineOf([id, index]), `${id}: unknown practice ${practice}`);
      if (mapped.indexOf(practice) !== index) throw new IngestError(file, lineOf([id, index]), `${id}: practice ${practice} listed twice`);
    });
  }
}

export interface FlatTemplateItem {
  id: string;
  frameworkId: string;
  dimensionNumber: number;
  level: 'strategy' | 'method' | 'item';
  /** Text of this item. */
  text: string;
  /** Texts from the strategy down to this item. */
  path: string[];
}

/** Every template item of every framework, strategies, methods and sub-items alike. */
export function templateItems(frameworks: Framework[]): FlatTemplateItem[] {
  const out: FlatTemplateItem[] = [];
  for (const framework of frameworks) {
    for (const dimension of framework.dimensions) {
      const base = { frameworkId: framework.id, dimensionNumber: dimension.number };
      for (const strategy of dimension.strategies) {
        out.push({ ...base, id: strategy.id, level: 'strategy', text: strategy.text, path: [strategy.text] });
        for (const method of strategy.methods) {
          out.push({ ...base, id: method.id, level: 'method', text: method.text, path: [strategy.text, method.text] });
          for (const item of method.items) {
            out.push({ ...base, id: item.id, level: 'item', text: item.text, path: [strategy.text, method.text, item.text] });
          }
        }
      }
    }
  }
  return out;
}
