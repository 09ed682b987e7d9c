/**
 * End to end: every fixture document (page images, PDFs, old-OCR text) and the
 * seed through `extract`, scored against its gold: OCR CER and syllable accuracy
 * per page (before and after restoration, on pages without a table, in our reading
 * order), metadata fields, the heading tree, table and prose tasks. One pipeline
 * run per document serves every measure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../src/model/document.ts';
import type { Plan, Task } from '../../src/model/plan.ts';
import { createServices, extract, type PipelineServices } from '../../pipelines/index.ts';
import { characterErrorRate, syllableAccuracy } from '../../src/measure/text-metrics.ts';
import { headingF1, scoreMetadata } from '../../src/measure/structure-score.ts';
import { scoreTasks } from '../../src/measure/task-score.ts';
import { FILE_FIXTURES, PLAN_FIXTURES } from '../../fixtures/index.ts';
import { round, type EvalRow } from './row.ts';

export type { EvalRow } from './row.ts';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));

interface Gold {
  number?: string | null;
  date?: string | null;
  sections?: Plan['sections'];
  tasks?: Task[];
  [field: string]: unknown;
}

interface Scored {
  kind: string;
  name: string;
  plan: Plan;
  doc: Doc;
  gold: Gold;
  goldPages?: Array<{ page: number; text: string; conditions: string }>;
  /** score only these gold tasks (the seed gives one group) */
  taskFilter?: (t: Task) => boolean;
}

const METADATA_FIELDS = ['docType', 'number', 'date', 'place', 'issuer', 'title', 'signer', 'recipients'] as const;

function pageText(doc: Doc, pageNumber: number, which: 'text' | 'original'): string {
  const page = doc.pages.find((p) => p.number === pageNumber);
  return (page?.lines ?? []).filter((l) => !l.inTable).map((l) => l[which]).join('\n');
}

async function runAll(services: PipelineServices): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const fixture of PLAN_FIXTURES) {
    const { plan, doc } = await extract(fixture.pages.map((p) => root(p.file)), services);
    const conditions = (c: (typeof fixture.pages)[number]['conditions']) => (c.dpi === 300 && !c.rotation && !c.blur && !c.noise && !c.jpeg ? 'clean 300 dpi' : 'degraded');
    out.push({
      kind: 'scan',
      name: fixture.name,
      plan,
      doc,
      gold: JSON.parse(readFileSync(root(fixture.gold), 'utf8')),
      goldPages: fixture.pages.map((p) => ({ page: p.page, text: readFileSync(root(p.goldText), 'utf8'), conditions: conditions(p.conditions) })),
    });
  }
  for (const fixture of FILE_FIXTURES) {
    if (!fixture.gold || fixture.kind === 'bad' || fixture.kind === 'tiff') continue;
    const { plan, doc } = await extract([root(fixture.file)], services);
    out.push({ kind: fixture.kind, name: fixture.name, plan, doc, gold: JSON.parse(readFileSync(root(fixture.gold), 'utf8')) });
  }
  if (existsSync(SEED)) {
    const { plan, doc } = await extract([`${SEED}longbien-2021.ocr.txt`], services);
    const gold: Gold = JSON.parse(readFileSync(`${SEED}plan.json`, 'utf8'));
    gold.tasks = JSON.parse(readFileSync(`${SEED}tasks-q1.json`, 'utf8'));
    const group = gold.tasks![0]?.groupTitle;
    out.push({ kind: 'seed old-OCR text', name: 'longbien-2021', plan, doc, gold, taskFilter: (t) => t.groupTitle === group });
  }
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function ocrRows(scored: Scored[]): EvalRow[] {
  const rows: EvalRow[] = [];
  const buckets = new Map<string, { cerRaw: number[]; cerRestored: number[]; sylRaw: number[]; sylRestored: number[] }>();
  for (const s of scored) {
    for (const gold of s.goldPages ?? []) {
      if (s.doc.tables.some((t) => t.page === gold.page)) continue; // table pages are scored cell by cell
      const b = buckets.get(gold.conditions) ?? { cerRaw: [], cerRestored: [], sylRaw: [], sylRestored: [] };
      b.cerRaw.push(characterErrorRate(pageText(s.doc, gold.page, 'original'), gold.text));
      b.cerRestored.push(characterErrorRate(pageText(s.doc, gold.page, 'text'), gold.text));
      b.sylRaw.push(syllableAccuracy(pageText(s.doc, gold.page, 'original'), gold.text).accuracy);
      b.sylRestored.push(syllableAccuracy(pageText(s.doc, gold.page, 'text'), gold.text).accuracy);
      buckets.set(gold.conditions, b);
    }
  }
  for (const [conditions, b] of [...buckets].sort()) {
    rows.push({ metric: 'ocr.cer (tesseract)', input: `pages, ${conditions}`, value: round(mean(b.cerRaw)), target: conditions === 'clean 300 dpi' ? '≤ 0.02' : undefined, n: b.cerRaw.length });
    rows.push({ metric: 'ocr.cer (+ restoration)', input: `pages, ${conditions}`, value: round(mean(b.cerRestored)), target: conditions === 'clean 300 dpi' ? '≤ 0.02' : undefined, n: b.cerRestored.length });
    rows.push({ metric: 'ocr.syllables (tesseract)', input: `pages, ${conditions}`, value: round(mean(b.sylRaw)), n: b.sylRaw.length });
    rows.push({ metric: 'ocr.syllables (+ restoration)', input: `pages, ${conditions}`, value: round(mean(b.sylRestored)), n: b.sylRestored.length });
  }
  return rows;
}

function structureRows(scored: Scored[]): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const kind of [...new Set(scored.map((s) => s.kind))]) {
    const group = scored.filter((s) => s.kind === kind);
    const fields = new Map<string, { exact: number; n: number }>();
    const f1s: number[] = [];
    for (const s of group) {
      const gold = Object.fromEntries(METADATA_FIELDS.filter((f) => s.gold[f] !== undefined).map((f) => [f, s.gold[f]]));
      for (const score of scoreMetadata(s.plan, gold)) {
        const acc = fields.get(score.field) ?? { exact: 0, n: 0 };
        acc.n++;
        if (score.exact) acc.exact++;
        else if (process.env.KEHOACH_EVAL_VERBOSE) console.error(`${s.name} ${score.field}: got ${JSON.stringify(score.got)} want ${JSON.stringify(score.want)}`);
        fields.set(score.field, acc);
      }
      if (s.gold.sections) f1s.push(headingF1(s.plan.sections, s.gold.sections).f1);
    }
    let exact = 0;
    let n = 0;
    for (const [field, acc] of fields) {
      rows.push({ metric: `metadata.${field}`, input: kind, value: round(acc.exact / acc.n), n: acc.n });
      exact += acc.exact;
      n += acc.n;
    }
    if (n) rows.push({ metric: 'metadata.all fields exact', input: kind, value: round(exact / n), target: '≥ 0.95', n });
    if (f1s.length) rows.push({ metric: 'headings.f1', input: kind, value: round(mean(f1s)), target: kind.includes('text') ? '≥ 0.90' : '≥ 0.95', n: f1s.length });
  }
  return rows;
}

function taskRows(scored: Scored[]): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const source of ['table', 'prose'] as const) {
    for (const kind of [...new Set(scored.map((s) => s.kind))]) {
      const gold: Task[] = [];
      const predicted: Task[] = [];
      for (const s of scored.filter((x) => x.kind === kind)) {
        const g = (s.gold.tasks ?? []).filter((t) => (t.source?.kind ?? 'table') === source).filter(s.taskFilter ?? (() => true));
        const groups = new Set(g.map((t) => t.groupTitle));
        // the seed gives one group's gold: score the predicted tasks of that group only
        const p = s.plan.tasks.filter((t) => t.source.kind === source && (!s.taskFilter || groups.has(t.groupTitle)));
        gold.push(...g.map((t) => ({ ...t, groupTitle: `${s.name}/${t.groupTitle}` })));
        predicted.push(...p.map((t) => ({ ...t, groupTitle: `${s.name}/${t.groupTitle}` })));
      }
      if (gold.length === 0 && predicted.length === 0) continue;
      const score = scoreTasks(gold, predicted);
      const t = (scan: string, text?: string) => (kind.includes('text') && text ? text : scan);
      rows.push({ metric: `${source} tasks.f1`, input: kind, value: round(score.f1), target: source === 'table' ? t('≥ 0.97') : '≥ 0.90', n: score.gold });
      rows.push({ metric: `${source} tasks.recall`, input: kind, value: round(score.recall), target: source === 'table' ? t('', '≥ 0.80') || undefined : undefined, n: score.gold });
      rows.push({ metric: `${source} tasks.due exact`, input: kind, value: round(score.dueExact), target: source === 'table' ? t('≥ 0.95') : '≥ 0.90', n: score.matched });
      rows.push({ metric: `${source} tasks.units exact`, input: kind, value: round(score.unitsExact), target: source === 'prose' ? '≥ 0.90' : undefined, n: score.matched });
      rows.push({ metric: `${source} tasks.content syllables`, input: kind, value: round(score.contentSyllables), target: kind.includes('text') ? '≥ 0.90' : undefined, n: score.matched });
    }
  }
  return rows;
}

interface BodySection {
  title?: string | null;
  paragraphs?: string[];
  children?: BodySection[];
}

/** The body as one text: every heading and paragraph of the section tree, in order. */
export function bodyText(sections: BodySection[]): string {
  return sections.map((s) => [s.title ?? '', ...(s.paragraphs ?? []), bodyText(s.children ?? [])].join(' ')).join(' ');
}

/** Body text syllable accuracy after restoration (issue 5: within a point of the restoration figure). */
function bodyRows(scored: Scored[]): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const kind of [...new Set(scored.map((s) => s.kind))]) {
    let errors = 0;
    let total = 0;
    for (const s of scored.filter((x) => x.kind === kind)) {
      // the seed's gold gives headings only: nothing to score the body against
      if (!s.gold.sections?.some(function hasText(x): boolean { return (x.paragraphs?.length ?? 0) > 0 || (x.children ?? []).some(hasText); })) continue;
      const gold = bodyText(s.gold.sections);
      const score = syllableAccuracy(bodyText(s.plan.sections), gold);
      errors += score.errors;
      total += score.total;
    }
    if (total) rows.push({ metric: 'body text syllables (restored)', input: kind, value: round(Math.max(0, 1 - errors / total)), n: total });
  }
  return rows;
}

export async function evalEndToEnd(): Promise<EvalRow[]> {
  const services = await createServices();
  try {
    const scored = await runAll(services);
    return [...ocrRows(scored), ...structureRows(scored), ...bodyRows(scored), ...taskRows(scored)];
  } finally {
    await services.close();
  }
}
