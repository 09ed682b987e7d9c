/**
 * Eval section "schedule tables": task rows (precision/recall/F1), cells exact,
 * due exact, content syllables — on the fixtures' scanned table pages (through
 * preprocess → grid → per-cell OCR → schedule) and on the seed's old-OCR text
 * (tasks-q1.json). Scoring lives in src/measure/task-score.ts.
 *
 * `KEHOACH_EVAL_CELL_MODE=words` measures the words-by-box cell reader instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import type { Table } from '../../src/model/document.ts';
import type { Task } from '../../src/model/plan.ts';
import type { TaskLike } from '../../src/measure/task-score.ts';
import { cellsExact, scoreTasks } from '../../src/measure/task-score.ts';
import { findTables } from '../../src/layout/grid.ts';
import { readTableCells, type CellReadMode } from '../../src/layout/read-cells.ts';
import { scheduleTasks } from '../../src/schedule/index.ts';
import { recoverTextTable } from '../../src/schedule/text-table.ts';
import { round, type EvalRow as Row } from './row.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = path.resolve(ROOT, '../shared/seed');

interface GoldPlan {
  title: string | null;
  date: string | null;
  tasks: Array<TaskLike & { source: { kind: string } }>;
}

/** Fixture plans with a schedule table, their page files and their gold cells (from the plan description). */
async function tableFixtures(): Promise<Array<{ name: string; year: number; pages: Array<{ page: number; file: string; dpi: number }>; gold: GoldPlan; cells: string[] }>> {
  if (!existsSync(path.join(ROOT, 'fixtures/index.ts'))) return [];
  const { PLAN_FIXTURES } = await import('../../fixtures/index.ts');
  const { PLANS } = await import('../../fixtures/plans/index.ts');
  const { headerRows, bodyRows } = await import('../../fixtures/lib/table-grid.ts');
  return PLAN_FIXTURES.flatMap((fx) => {
    const spec = PLANS.find((p) => p.name === fx.name);
    const goldFile = path.join(ROOT, fx.gold);
    if (!spec?.table || !existsSync(goldFile)) return [];
    const cells = [...headerRows(spec.table), ...bodyRows(spec.table)].flatMap((r) => r.cells.flatMap((c) => (c ? [c.text] : [])));
    const pages = fx.pages.filter((p) => existsSync(path.join(ROOT, p.file))).map((p) => ({ page: p.page, file: path.join(ROOT, p.file), dpi: p.conditions.dpi }));
    return [{ name: fx.name, year: spec.year, pages, gold: JSON.parse(readFileSync(goldFile, 'utf8')) as GoldPlan, cells }];
  });
}

async function services() {
  const { createOcrEngine } = await import('../../src/ocr/engine.ts');
  const engine = await createOcrEngine({ workers: 2 });
  let restorer: { restoreLine(text: string): { text: string } } | undefined;
  try {
    const { createRestorer } = await import('../../src/restore/restorer.ts');
    restorer = await createRestorer();
  } catch {
    restorer = undefined; // measured without restoration when the restorer is not there
  }
  return { engine, restorer };
}

/** Scans → tables → tasks for each fixture plan with a table. */
async function evalScans(mode: CellReadMode): Promise<Row[]> {
  const fixtures = await tableFixtures();
  if (fixtures.length === 0) return [];
  const { preprocessPage } = await import('../../src/preprocess/index.ts');
  const { engine, restorer } = await services();
  const rows: Row[] = [];
  const totals = { cellsHit: 0, cells: 0, gold: 0, predicted: 0, matched: 0, dueHit: 0 };
  try {
    for (const fx of fixtures) {
      const tables: Table[] = [];
      for (const p of fx.pages) {
        const image = readFileSync(p.file);
        const meta = await sharp(image).metadata();
        const page = await preprocessPage({ number: p.page, kind: 'image', width: meta.width!, height: meta.height!, dpi: p.dpi, image, transforms: [], lines: [], regions: [] });
        const grids = await findTables(page.image!, page);
        if (grids.length) tables.push(...(await readTableCells(page.image!, grids, engine, restorer, { mode })));
      }
      const predicted = scheduleTasks(tables, { planYear: fx.year, reporter: new Reporter(fx.name) });
      const gold = fx.gold.tasks.filter((t) => t.source.kind === 'table');
      const s = scoreTasks(gold, predicted);
      const c = cellsExact(fx.cells, tables.flatMap((t) => t.cells.map((x) => x.text)));
      rows.push(
        { metric: 'task rows F1', input: `${fx.name} (scan)`, value: round(s.f1), target: '≥ 0.97', n: gold.length },
        { metric: 'cells exact', input: `${fx.name} (scan, ${mode})`, value: round(c.exact), target: '≥ 0.92', n: c.n },
        { metric: 'due exact', input: `${fx.name} (scan)`, value: round(s.dueExact), target: '≥ 0.95', n: s.matched },
      );
      totals.cellsHit += c.exact * c.n;
      totals.cells += c.n;
      totals.gold += s.gold;
      totals.predicted += s.predicted;
      totals.matched += s.matched;
      totals.dueHit += s.dueExact * s.matched;
    }
  } finally {
    await engine.close();
  }
  const precision = totals.predicted ? totals.matched / totals.predicted : 0;
  const recall = totals.gold ? totals.matched / totals.gold : 0;
  rows.push(
    { metric: 'task rows F1', input: 'all table fixtures (scan)', value: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), target: '≥ 0.97', n: totals.gold },
    { metric: 'cells exact', input: `all table fixtures (scan, ${mode})`, value: round(totals.cells ? totals.cellsHit / totals.cells : 0), target: '≥ 0.92', n: totals.cells },
    { metric: 'due exact', input: 'all table fixtures (scan)', value: round(totals.matched ? totals.dueHit / totals.matched : 0), target: '≥ 0.95', n: totals.matched },
  );
  return rows;
}

/** The seed's appendix, as old OCR left it, restored as the text pipeline does, then read as a table. */
async function evalSeed(): Promise<Row[]> {
  const goldFile = path.join(SEED, 'tasks-q1.json');
  if (!existsSync(goldFile)) return [];
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as TaskLike[];
  const { ingest } = await import('../../src/ingest/index.ts');
  let doc = await ingest([path.join(SEED, 'longbien-2021.ocr.txt')], new Reporter('seed'));
  let phrases: (<T extends Task>(task: T) => T) | undefined;
  try {
    const { restoreDoc, restoreTaskPhrases } = await import('../../src/restore/stage.ts');
    const { createRestorer } = await import('../../src/restore/restorer.ts');
    const restorer = await createRestorer();
    doc = restoreDoc(doc, restorer);
    // as pipelines/text.ts: each task value restored again as one phrase
    phrases = (task) => restoreTaskPhrases(task, restorer) as typeof task;
  } catch {
    // without a restorer the content is measured without diacritics only
  }
  const recovered = recoverTextTable(
    doc.pages.flatMap((p) => p.lines),
    { planYear: 2021 },
  );
  const tasks = phrases ? recovered.tasks.map(phrases) : recovered.tasks;
  const groups = new Set(gold.map((t) => t.groupTitle));
  const predicted = tasks.filter((t) => groups.has(t.groupTitle));
  const s = scoreTasks(gold, predicted);
  return [
    { metric: 'task rows recall', input: 'seed QUÝ I (old-OCR text)', value: round(s.recall), target: '≥ 0.80', n: s.gold },
    { metric: 'task rows precision', input: 'seed QUÝ I (old-OCR text)', value: round(s.precision), n: s.predicted },
    { metric: 'content syllables', input: 'seed QUÝ I (old-OCR text, restored)', value: round(s.contentSyllables), target: '≥ 0.90', n: s.matched },
    { metric: 'content syllables, no diacritics', input: 'seed QUÝ I (old-OCR text)', value: round(s.contentSyllablesFolded), n: s.matched },
    { metric: 'due exact', input: 'seed QUÝ I (old-OCR text)', value: round(s.dueExact), target: '≥ 0.95', n: s.matched },
    { metric: 'units exact, no diacritics', input: 'seed QUÝ I (old-OCR text)', value: round(s.unitsExactFolded), n: s.matched },
    { metric: 'tasks recovered', input: 'seed appendix, all groups', value: tasks.length },
  ];
}

/** Restores a text document as the text pipeline does (unchanged when the restorer is not there). */
async function restored<D>(doc: D): Promise<D> {
  try {
    const { restoreDoc } = await import('../../src/restore/stage.ts');
    const { createRestorer } = await import('../../src/restore/restorer.ts');
    return restoreDoc(doc as never, await createRestorer()) as D;
  } catch {
    return doc;
  }
}

/**
 * The fixtures' old-OCR texts whose plan has a table: their table cells come cell
 * after cell in reading order (not interleaved like the seed), with the row number
 * on a line of its own. Read after restoration, as the text pipeline does.
 */
async function evalFixtureTexts(): Promise<Row[]> {
  if (!existsSync(path.join(ROOT, 'fixtures/index.ts'))) return [];
  const { FILE_FIXTURES } = await import('../../fixtures/index.ts');
  const { ingest } = await import('../../src/ingest/index.ts');
  const { planYear } = await import('../../src/normalize/deadline.ts');
  const rows: Row[] = [];
  for (const fx of FILE_FIXTURES.filter((f) => f.kind === 'ocr-text' && f.gold)) {
    const gold = JSON.parse(readFileSync(path.join(ROOT, fx.gold!), 'utf8')) as GoldPlan;
    const goldTasks = gold.tasks.filter((t) => t.source.kind === 'table');
    if (goldTasks.length === 0) continue;
    const doc = await restored(await ingest([path.join(ROOT, fx.file)], new Reporter(fx.name)));
    const { tasks } = recoverTextTable(
      doc.pages.flatMap((p) => p.lines),
      { planYear: planYear(gold.title, gold.date) },
    );
    const s = scoreTasks(goldTasks, tasks);
    const input = `${fx.name} (old-OCR text, cells in order)`;
    rows.push(
      { metric: 'task rows recall', input, value: round(s.recall), target: '≥ 0.80', n: s.gold },
      { metric: 'task rows precision', input, value: round(s.precision), n: s.predicted },
      { metric: 'content syllables', input: `${input.slice(0, -1)}, restored)`, value: round(s.contentSyllables), n: s.matched },
      { metric: 'due exact', input, value: round(s.dueExact), n: s.matched },
      { metric: 'units exact', input: `${input.slice(0, -1)}, restored)`, value: round(s.unitsExact), n: s.matched },
      { metric: 'units exact, no diacritics', input, value: round(s.unitsExactFolded), n: s.matched },
    );
  }
  return rows;
}

/**
 * The table fixtures' gold page texts (expected/<name>.p<n>.txt: what a perfect OCR
 * without geometry gives, cells one after another) read as text tables: each plan's
 * own column order, group rows and sub-rows, apart from OCR damage.
 */
async function evalPageTexts(): Promise<Row[]> {
  const fixtures = await tableFixtures();
  const rows: Row[] = [];
  for (const fx of fixtures) {
    const pages: string[] = [];
    for (let p = 1; existsSync(path.join(ROOT, `fixtures/expected/${fx.name}.p${p}.txt`)); p++) pages.push(readFileSync(path.join(ROOT, `fixtures/expected/${fx.name}.p${p}.txt`), 'utf8'));
    let at = 0;
    const lines = pages.join('\n').split('\n').map((text, i) => {
      const line = { id: `p1-l${i}`, page: 1, text, original: text, confidence: 1, block: 0, span: [at, at + text.length] as [number, number] };
      at += text.length + 1;
      return line;
    });
    const gold = fx.gold.tasks.filter((t) => t.source.kind === 'table');
    const s = scoreTasks(gold, recoverTextTable(lines, { planYear: fx.year }).tasks);
    const input = `${fx.name} (gold page text, cells in order)`;
    rows.push(
      { metric: 'task rows F1', input, value: round(s.f1), n: s.gold },
      { metric: 'due exact', input, value: round(s.dueExact), n: s.matched },
      { metric: 'units exact', input, value: round(s.unitsExact), n: s.matched },
    );
  }
  return rows;
}

export async function evalTasks(): Promise<Row[]> {
  const mode = (process.env.KEHOACH_EVAL_CELL_MODE as CellReadMode | undefined) ?? 'cells';
  return [...(await evalSeed()), ...(await evalFixtureTexts()), ...(await evalPageTexts()), ...(await evalScans(mode))];
}
