/**
 * Evaluation of prose tasks (src/schedule/prose), apart from table tasks.
 *
 * - Fixture plans with prose duties: their page gold text (fixtures/expected/<name>.p<N>.txt,
 *   joined as one text document) and their old-OCR text (fixtures/text/<name>.ocr.txt, no
 *   restoration) → textDoc → structure → proseTasks, against the gold plan's tasks with
 *   source.kind "prose": precision, recall, F1, implementer exact, due exact.
 * - Fixture plans with a table and no prose duty in their gold: prose tasks found should be 0.
 *   Table plans are read with their gold table tasks as `tableTasks`, as the pipeline gives them.
 * - ../shared/real-plans (no gold): the count of prose tasks per plan; for the plans with a
 *   hand-made gold in test/eval/data/prose-gold/*.json (made by reading the text under
 *   GUIDE.md, marked as such), the same scores as above, on the text and on the text turned
 *   into simulated old OCR and read by the text pipeline with restoration.
 * Run alone: `npx tsx test/eval/prose.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import { cellKey, matchTasks, type TaskLike } from '../../src/measure/task-score.ts';
import type { Task } from '../../src/model/plan.ts';
import { planYear } from '../../src/normalize/deadline.ts';
import { proseTasks } from '../../src/schedule/prose/index.ts';
import { structure } from '../../src/structure/index.ts';
import { textDoc } from '../../src/structure/text-doc.ts';
import { foldWords } from '../../src/schedule/prose/fold.ts';
import { round, type EvalRow } from './row.ts';
import { oldOcrPlan } from '../../fixtures/lib/old-ocr-plan.ts';
import { createServices } from '../../pipelines/context.ts';
import { runText } from '../../pipelines/text.ts';

export type { EvalRow } from './row.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const HAND_GOLD = fileURLToPath(new URL('./data/prose-gold/', import.meta.url));

export interface Scored {
  name: string;
  gold: TaskLike[];
  predicted: Task[];
}

export async function evalProse(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const expected = join(FIXTURES, 'expected');
  const plans = readdirSync(expected)
    .filter((f) => f.endsWith('.plan.json') && !f.endsWith('.text.plan.json'))
    .map((f) => f.replace(/\.plan\.json$/, ''))
    .sort();
  const pageText: Scored[] = [];
  const tablePlans: Array<{ name: string; found: number }> = [];
  for (const name of plans) {
    const gold = goldProse(join(expected, `${name}.plan.json`));
    const text = pageFiles(expected, name).map((f) => readFileSync(join(expected, f), 'utf8')).join('\n');
    // the plan's table tasks (its gold rows, as the schedule stage would read them): prose must not repeat them
    const predicted = tasksOf(name, text, goldTable(join(expected, `${name}.plan.json`)));
    if (gold.length) pageText.push({ name, gold, predicted });
    else tablePlans.push({ name, found: predicted.length });
  }
  rows.push(...score('fixture page text', pageText));
  const ocr: Scored[] = [];
  for (const name of plans) {
    const file = join(FIXTURES, 'text', `${name}.ocr.txt`);
    const goldFile = join(expected, `${name}.text.plan.json`);
    if (!existsSync(file) || !existsSync(goldFile)) continue;
    const gold = goldProse(goldFile);
    if (gold.length) ocr.push({ name, gold, predicted: tasksOf(name, readFileSync(file, 'utf8'), goldTable(goldFile)) });
  }
  rows.push(...score('fixture old-OCR text (not restored: compare implementer.folded)', ocr));
  for (const plan of tablePlans) {
    rows.push({ metric: 'prose.found-in-table-plan', input: `fixture page text: ${plan.name}`, value: plan.found, target: '= 0 (gold has none)' });
  }
  rows.push(...realPlans());
  rows.push(...(await oldOcrRealPlans()));
  return rows;
}

/**
 * The real plans with a hand-made gold, turned into the text an old OCR would have left
 * (fixtures/lib/old-ocr-plan.ts: no diacritics, OCR slips, wrapped lines, seeded by the
 * plan's id), then through the text pipeline as `kehoach extract file.txt` runs it,
 * restoration included: the same scores, implementer exact after restoration.
 */
async function oldOcrRealPlans(): Promise<EvalRow[]> {
  const dir = join(SHARED, 'real-plans');
  if (!existsSync(dir) || !existsSync(HAND_GOLD)) return [];
  const ids = readdirSync(HAND_GOLD).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).filter((id) => existsSync(join(dir, id, 'text.txt'))).sort();
  if (ids.length === 0) return [];
  const services = await createServices();
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-prose-old-ocr-'));
  try {
    const scored: Scored[] = [];
    for (const id of ids) {
      const file = join(tmp, `${id}.txt`);
      writeFileSync(file, oldOcrPlan(readFileSync(join(dir, id, 'text.txt'), 'utf8'), { seed: id }));
      const { plan } = await runText(file, services);
      scored.push({ name: id, gold: JSON.parse(readFileSync(join(HAND_GOLD, `${id}.json`), 'utf8')).tasks, predicted: plan.tasks.filter((t) => t.source.kind === 'prose') });
    }
    return score('real-plans as old-OCR text (simulated; text pipeline with restoration), hand-made gold', scored);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await services.close();
  }
}

function realPlans(): EvalRow[] {
  const dir = join(SHARED, 'real-plans');
  if (!existsSync(dir)) return [];
  const rows: EvalRow[] = [];
  const hand: Scored[] = [];
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'text.txt');
    if (!existsSync(file)) continue;
    const predicted = tasksOf(id, readFileSync(file, 'utf8'));
    rows.push({ metric: 'prose.tasks-found', input: `real-plans text: ${id}`, value: predicted.length });
    const goldFile = join(HAND_GOLD, `${id}.json`);
    if (existsSync(goldFile)) hand.push({ name: id, gold: JSON.parse(readFileSync(goldFile, 'utf8')).tasks, predicted });
  }
  rows.push(...score('real-plans text, hand-made gold', hand));
  return rows;
}

function tasksOf(name: string, text: string, tableTasks: Task[] = []): Task[] {
  const result = structure(textDoc(`${name}.txt`, text), new Reporter(name));
  return proseTasks(result.sections, { planYear: planYear(result.title, result.date), tableTasks });
}

function goldTable(file: string): Task[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { tasks: Task[] }).tasks.filter((t) => t.source.kind === 'table');
}

function goldProse(file: string): TaskLike[] {
  const plan = JSON.parse(readFileSync(file, 'utf8')) as { tasks: Task[] };
  return plan.tasks.filter((t) => t.source.kind === 'prose');
}

function pageFiles(dir: string, name: string): string[] {
  const no = (f: string) => Number(/\.p(\d+)\.txt$/.exec(f)?.[1] ?? 0);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}.p`) && f.endsWith('.txt'))
    .sort((a, b) => no(a) - no(b));
}

const sameList = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x, i) => cellKey(x) === cellKey(b[i]));
/** The same units once folded and with OCR letter slips undone ("phirong" = "phường"): for text an old OCR left without diacritics. */
const sameFolded = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x, i) => foldWords(x).join(' ') === foldWords(b[i]).join(' '));
const sameDue = (g: TaskLike, p: TaskLike) => JSON.stringify(g.due ?? null) === JSON.stringify(p.due ?? null) && (g.recurrence ?? null) === (p.recurrence ?? null);

/** Prose-task rows for one input kind (precision, recall, F1, implementer exact/folded, due exact); test/eval/scans.ts scores its scans with it too. */
export function score(input: string, scored: Scored[]): EvalRow[] {
  if (scored.length === 0) return [];
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let implementer = 0;
  let due = 0;
  let implementerFolded = 0;
  let coordinators = 0;
  for (const s of scored) {
    const matches = matchTasks(s.gold, s.predicted);
    gold += s.gold.length;
    predicted += s.predicted.length;
    matched += matches.length;
    for (const m of matches) {
      if (sameList(m.gold.implementer, m.predicted.implementer)) implementer++;
      else if (process.env.KEHOACH_EVAL_VERBOSE) console.error(`${s.name} ${m.predicted.id}: implementer ${JSON.stringify(m.predicted.implementer)} want ${JSON.stringify(m.gold.implementer)}`);
      if (sameList(m.gold.coordinators, m.predicted.coordinators)) coordinators++;
      if (sameFolded(m.gold.implementer, m.predicted.implementer)) implementerFolded++;
      if (sameDue(m.gold, m.predicted)) due++;
      if (process.env.KEHOACH_EVAL_VERBOSE && !sameDue(m.gold, m.predicted)) console.error(`${s.name} ${m.predicted.id}: due ${JSON.stringify(m.predicted.due)} ${m.predicted.recurrence} want ${JSON.stringify(m.gold.due)} ${m.gold.recurrence}`);
    }
  }
  const precision = predicted ? matched / predicted : 1;
  const recall = gold ? matched / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const n = scored.length;
  return [
    { metric: 'prose.precision', input, value: round(precision), n: predicted },
    { metric: 'prose.recall', input, value: round(recall), n: gold },
    { metric: 'prose.f1', input, value: round(f1), target: '≥ 0.90', n },
    { metric: 'prose.implementer.exact', input, value: round(matched ? implementer / matched : 0), target: '≥ 0.90', n: matched },
    { metric: 'prose.implementer.folded', input, value: round(matched ? implementerFolded / matched : 0), n: matched },
    { metric: 'prose.due.exact', input, value: round(matched ? due / matched : 0), target: '≥ 0.90', n: matched },
    { metric: 'prose.coordinators.exact', input, value: round(matched ? coordinators / matched : 0), n: matched },
  ];
}


if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await evalProse()) console.log(`${row.metric}\t${row.input}\t${row.value}\t${row.target ?? ''}\t${row.n ?? ''}`);
}
