/**
 * Real plans as born-digital PDFs: each plan of ../shared/real-plans laid out as the scan
 * section lays it out (fixtures/lib/render-text-plan.ts), drawn into a PDF with a text
 * layer (fixtures/lib/pdf.ts, as fixtures/pdf/*-text.pdf), and read back through `extract`.
 * The text-layer path: no OCR, a ruled table's grid found on a rendering of its page.
 * Scored as the scan section scores its runs (metadata, headings, prose tasks against the
 * hand-made gold), plus the schedule-table tasks against what the text pipeline reads from
 * the clean text's TAB-separated tables: two readers that share no code before the
 * schedule stage (no hand-made table gold exists for these plans).
 * Run alone: `npx tsx test/eval/pdfs.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices, extract } from '../../pipelines/index.ts';
import { runText } from '../../pipelines/text.ts';
import { textPdf } from '../../fixtures/lib/pdf.ts';
import { renderTextPlan } from '../../fixtures/lib/render-text-plan.ts';
import { planTypeface, scoreRuns, type PlanRun } from './scans.ts';
import { metaGold } from './structure.ts';
import { round, type EvalRow } from './row.ts';
import type { Task } from '../../src/model/plan.ts';
import { scoreTasks } from '../../src/measure/task-score.ts';


const SHARED = fileURLToPath(new URL('../../../shared/real-plans/', import.meta.url));
const CLEAN = { dpi: 300, rotation: 0, blur: 0, noise: 0, jpeg: null };

export async function evalTextPdfs(): Promise<EvalRow[]> {
  if (!existsSync(SHARED)) return [];
  const ids = readdirSync(SHARED)
    .filter((id) => existsSync(join(SHARED, id, 'text.txt')) && existsSync(join(SHARED, id, 'meta.json')))
    .sort();
  if (ids.length === 0) return [];
  const services = await createServices();
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-pdfs-'));
  const runs: PlanRun[] = [];
  const tableGold: Task[] = [];
  const tableRead: Task[] = [];
  try {
    for (const id of ids) {
      // printed as the scan section prints the plan: the text layer's words and wraps follow the face
      const typeface = planTypeface(id);
      const laid = renderTextPlan(readFileSync(join(SHARED, id, 'text.txt'), 'utf8'), { typeface });
      const file = join(dir, `${id}.pdf`);
      writeFileSync(file, await textPdf(laid.pages, id));
      const { plan, doc } = await extract([file], services);
      const reference = (await runText(join(SHARED, id, 'text.txt'), services)).plan;
      // ids carry the plan: rows of two plans never match each other
      tableRead.push(...plan.tasks.filter((t) => t.source.kind === 'table').map((t) => ({ ...t, id: `${id}:${t.id}` })));
      tableGold.push(...reference.tasks.filter((t) => t.source.kind === 'table').map((t) => ({ ...t, id: `${id}:${t.id}` })));
      const pages = laid.pages.map((page, i) => ({ page: i + 1, lines: page.lines, conditions: CLEAN, table: laid.tablePages.includes(i + 1) }));
      runs.push({ id, typeface, plan, doc, reference, gold: { ...metaGold(join(SHARED, id, 'meta.json')), signer: reference.signer, recipients: reference.recipients }, pages });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await services.close();
  }
  const what = `real plans as text PDFs (all ${runs.length} plans)`;
  const tables = scoreTasks(tableGold, tableRead);
  const vs = `${what}; table rows vs the clean text's TAB-separated tables`;
  return [
    // no OCR, no seal, no aged paper here: those rows are the scan section's
    ...scoreRuns(what, runs).filter((r) => !r.metric.startsWith('ocr.') && !/(copies|seal)/.test(r.input)),
    { metric: 'table task rows F1', input: vs, value: round(tables.f1), n: tables.gold },
    { metric: 'table due exact', input: vs, value: round(tables.dueExact), n: tables.matched },
    { metric: 'table units exact', input: vs, value: round(tables.unitsExact), n: tables.matched },
    { metric: 'table content syllables', input: vs, value: round(tables.contentSyllables), n: tables.matched },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await evalTextPdfs()) console.log(`${row.metric}\t${row.input}\t${row.value}\t${row.target ?? ''}\t${row.n ?? ''}`);
}
