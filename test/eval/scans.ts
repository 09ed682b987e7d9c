/**
 * Real plans as scans: each plan of ../shared/real-plans (text.txt, meta.json) laid out as
 * Decree 30 prints it (fixtures/lib/render-text-plan.ts; half the plans in a Times New Roman
 * face, half in DejaVu Serif: planTypeface), rasterised to A4 pages under a
 * seeded mix of clean and mildly degraded conditions (seeded by plan and page), written to
 * a temp dir and read back through `extract` as `kehoach extract p1.png p2.png …` reads
 * them. Scores:
 * - metadata exact against meta.json (scoreMetadata, as the structure section's
 *   "real-plans text" rows); signer and recipients against what the text pipeline reads
 *   from the clean text.txt (meta.json has neither);
 * - the heading tree (headingF1) against the one the text pipeline reads from the clean
 *   text.txt (as the structure section's old-OCR rows);
 * - prose tasks against the hand-made gold test/eval/data/prose-gold/<id>.json (prose.ts's
 *   `score`);
 * - OCR character error rate of each page's text (lines outside tables, our reading order)
 *   against the rendered lines, before and after restoration, by conditions; pages with a
 *   ruled table are left out (their cells are read apart).
 * Nothing is written to the repository. By default a seeded subset of the plans within
 * PAGE_BUDGET pages is read (run time); KEHOACH_SCAN_PAGES=<n> sets the budget, =all reads
 * every plan, KEHOACH_SCAN_PLANS=<id>,<id> reads the plans named (within the budget). KEHOACH_EVAL_VERBOSE=1 prints what fails.
 * Run alone: `npx tsx test/eval/scans.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../src/model/document.ts';
import type { Plan } from '../../src/model/plan.ts';
import { createServices, extract } from '../../pipelines/index.ts';
import { runText } from '../../pipelines/text.ts';
import { type GoldMetadata, headingF1, sameItems, scoreMetadata } from '../../src/measure/structure-score.ts';
import { characterErrorRate } from '../../src/measure/text-metrics.ts';
import type { PageConditions } from '../../fixtures/conditions.ts';
import type { Typeface } from '../../fixtures/lib/fonts.ts';
import { createRng, seedFrom } from '../../fixtures/lib/prng.ts';
import { rasterize } from '../../fixtures/lib/raster.ts';
import { type RenderedPlan, renderTextPlan } from '../../fixtures/lib/render-text-plan.ts';
import { score as scoreProse } from './prose.ts';
import { metaGold } from './structure.ts';
import { round, type EvalRow } from './row.ts';

export type { EvalRow } from './row.ts';

const SHARED = fileURLToPath(new URL('../../../shared/real-plans/', import.meta.url));
const HAND_GOLD = fileURLToPath(new URL('./data/prose-gold/', import.meta.url));
/** pages read by default: all 17 plans are ~170 pages, ~9 minutes on two cores (~3.2 s a page); 100 keep the section under 6 */
const PAGE_BUDGET = 100;

const CLEAN: PageConditions = { dpi: 300, rotation: 0, blur: 0, noise: 0, jpeg: null };

/**
 * Half the pages clean at 300 dpi, the rest mildly degraded as office scanners leave them;
 * seeded by plan and page. Half the plans (seeded by plan) are colour scans of the issued
 * copy: their signed page carries the red seal and the blue signature (fixtures/lib/stamp.ts).
 * A third of the plans (seeded apart) are aged archive copies: tinted paper, a shadow from
 * the binding on every page, faded toner. About one page in twelve is fed upside down.
 */
export function scanConditions(id: string, page: number): PageConditions {
  const stamp = createRng(seedFrom(`${id}-stamped`)).next() < 0.5;
  const aged = agedCopy(id);
  // about one sheet in twelve goes into the scanner the wrong way round
  const upsideDown = createRng(seedFrom(`${id}-p${page}-fed`)).next() < 1 / 12;
  return { ...pageConditions(id, page), ...(stamp ? { stamp } : {}), ...(aged ? { aged } : {}), ...(upsideDown ? { upsideDown } : {}) };
}

/**
 * The face a plan is printed in, seeded by plan: half in Tinos (Times New Roman's metrics,
 * the face Decree 30 prescribes: small marks set tight), half in DejaVu Serif (wide, with
 * large marks, the bundled fixtures' face).
 */
export function planTypeface(id: string): Typeface {
  return createRng(seedFrom(`${id}-typeface`)).next() < 0.5 ? 'tinos' : 'dejavu-serif';
}

/** One plan's archive copy, the same on each of its pages, or null for a fresh copy. */
function agedCopy(id: string): PageConditions['aged'] | null {
  const rng = createRng(seedFrom(`${id}-aged`));
  if (rng.next() >= 1 / 3) return null;
  const edges = ['left', 'left', 'right', 'top'] as const;
  return { paper: Math.round(205 + rng.next() * 30), shadow: round(0.3 + rng.next() * 0.45), edge: rng.pick([...edges]), ink: Math.round(30 + rng.next() * 60) };
}

function pageConditions(id: string, page: number): PageConditions {
  const rng = createRng(seedFrom(`${id}-scan-p${page}`));
  if (rng.next() < 0.5) return CLEAN;
  const tilt = (0.3 + rng.next() * 0.9) * (rng.next() < 0.5 ? -1 : 1);
  const kinds: PageConditions[] = [
    { ...CLEAN, rotation: round(tilt) },
    { ...CLEAN, dpi: 200, jpeg: 80 },
    { ...CLEAN, noise: 4 },
    { ...CLEAN, blur: 0.5, rotation: round(tilt / 2) },
    { ...CLEAN, dpi: 200, rotation: round(tilt), jpeg: 85 },
  ];
  return rng.pick(kinds);
}

const isClean = (c: PageConditions) => c.dpi === 300 && !c.rotation && !c.blur && !c.noise && c.jpeg === null && !c.aged;
const stamped = (run: PlanRun) => run.pages.some((p) => p.conditions.stamp);
const aged = (run: PlanRun) => run.pages.some((p) => p.conditions.aged);
const TYPEFACE_NAMES: Record<Typeface, string> = { tinos: 'printed in Tinos (Times New Roman metrics)', 'dejavu-serif': 'printed in DejaVu Serif' };

export interface PlanRun {
  id: string;
  /** the face the plan was printed in */
  typeface: Typeface;
  plan: Plan;
  doc: Doc;
  reference: Plan;
  gold: GoldMetadata;
  pages: Array<{ page: number; lines: string[]; conditions: PageConditions; table: boolean }>;
}

export async function evalScans(): Promise<EvalRow[]> {
  if (!existsSync(SHARED)) return [];
  const all = readdirSync(SHARED)
    .filter((id) => existsSync(join(SHARED, id, 'text.txt')) && existsSync(join(SHARED, id, 'meta.json')))
    .sort();
  // a seeded subset (the same on every run) within a page budget, for run time; KEHOACH_SCAN_PAGES=all reads every plan
  const wanted = process.env.KEHOACH_SCAN_PAGES;
  const budget = wanted === undefined ? PAGE_BUDGET : wanted === 'all' ? Infinity : Number(wanted);
  const rendered = new Map<string, RenderedPlan>();
  const ids: string[] = [];
  let planned = 0;
  // KEHOACH_SCAN_PLANS=<id>,<id> reads just those plans (a probe while mending one kind of miss)
  const only = process.env.KEHOACH_SCAN_PLANS?.split(',').filter(Boolean);
  for (const id of [...all].sort((a, b) => seedFrom(`scan-subset-${a}`) - seedFrom(`scan-subset-${b}`))) {
    if (only && !only.includes(id)) continue;
    const plan = renderTextPlan(readFileSync(join(SHARED, id, 'text.txt'), 'utf8'), { typeface: planTypeface(id) });
    if (planned + plan.pages.length > budget) continue;
    planned += plan.pages.length;
    rendered.set(id, plan);
    ids.push(id);
  }
  ids.sort();
  if (ids.length === 0) return [];

  const services = await createServices();
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-scans-'));
  const runs: PlanRun[] = [];
  const started = performance.now();
  try {
    for (const id of ids) {
      const laid = rendered.get(id)!;
      const files: string[] = [];
      const pages: PlanRun['pages'] = [];
      for (const [i, page] of laid.pages.entries()) {
        const conditions = scanConditions(id, i + 1);
        const file = join(dir, `${id}-p${i + 1}.${conditions.jpeg === null ? 'png' : 'jpg'}`);
        writeFileSync(file, await rasterize(page, conditions, `${id}-p${i + 1}`));
        files.push(file);
        pages.push({ page: i + 1, lines: page.lines, conditions, table: laid.tablePages.includes(i + 1) });
      }
      const { plan, doc } = await extract(files, services);
      const reference = (await runText(join(SHARED, id, 'text.txt'), services)).plan;
      // signer and recipients are not in meta.json: the reference is what the text pipeline reads from the clean text
      runs.push({ id, typeface: planTypeface(id), plan, doc, reference, gold: { ...metaGold(join(SHARED, id, 'meta.json')), signer: reference.signer, recipients: reference.recipients }, pages });
      for (const f of files) rmSync(f, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await services.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const pageCount = runs.reduce((n, r) => n + r.pages.length, 0);
  const what = `real plans as scans (${ids.length === all.length ? `all ${all.length} plans` : `seeded subset within ${budget} pages: ${ids.length} of ${all.length} plans`}, ${pageCount} pages)`;
  const turned = runs.flatMap((r) => r.pages.map((p) => ({ fed: !!p.conditions.upsideDown, turned: !!r.doc.pages.find((d) => d.number === p.page)?.transforms.includes('turned 180° upright') })));
  return [
    { metric: 'scan.pages read', input: what, value: pageCount, n: ids.length },
    { metric: 'scan.pages fed upside down, turned upright', input: what, value: turned.filter((t) => t.fed && t.turned).length, n: turned.filter((t) => t.fed).length },
    { metric: 'scan.pages fed upright, turned (wrongly)', input: what, value: turned.filter((t) => !t.fed && t.turned).length, n: turned.filter((t) => !t.fed).length },
    { metric: 'scan.seconds per page', input: `${what}; render + extract + reference`, value: round(seconds / pageCount) },
    ...scoreRuns(what, runs),
  ];
}

/** The rows for plans already read: metadata, headings, prose tasks, OCR CER. */
export function scoreRuns(what: string, runs: PlanRun[]): EvalRow[] {
  return [
    ...metadataRows(what, runs),
    ...headingRows(what, runs),
    ...proseRows(what, runs),
    ...ocrRows(what, runs),
  ];
}

const verbose = () => Boolean(process.env.KEHOACH_EVAL_VERBOSE);

function metadataRows(input: string, runs: PlanRun[]): EvalRow[] {
  const fields = new Map<string, { exact: number; folded: number; n: number }>();
  for (const run of runs) {
    for (const s of scoreMetadata(run.plan, run.gold)) {
      const acc = fields.get(s.field) ?? { exact: 0, folded: 0, n: 0 };
      acc.n++;
      if (s.exact) acc.exact++;
      if (s.folded) acc.folded++;
      fields.set(s.field, acc);
      if (verbose() && !s.exact) console.error(`${run.id} ${s.field}: got ${JSON.stringify(s.got)} want ${JSON.stringify(s.want)}`);
    }
  }
  const rows: EvalRow[] = [];
  let exact = 0;
  let n = 0;
  for (const [field, acc] of fields) {
    rows.push({ metric: `structure.${field}.exact`, input, value: round(acc.exact / acc.n), target: '≥ 0.95', n: acc.n });
    rows.push({ metric: `structure.${field}.folded`, input, value: round(acc.folded / acc.n), n: acc.n });
    exact += acc.exact;
    n += acc.n;
  }
  if (n) rows.push({ metric: 'structure.metadata.all fields exact', input, value: round(exact / n), target: '≥ 0.95', n });
  // aged archive copies apart (their shadow and tint are what a fresh copy does not show), and each typeface apart
  const byTypeface = (typeface: Typeface) => runs.filter((r) => r.typeface === typeface);
  for (const [kind, group] of [
    ['aged copies', runs.filter(aged)],
    ['fresh copies', runs.filter((r) => !aged(r))],
    [TYPEFACE_NAMES.tinos, byTypeface('tinos')],
    [TYPEFACE_NAMES['dejavu-serif'], byTypeface('dejavu-serif')],
  ] as const) {
    const scores = group.flatMap((run) => scoreMetadata(run.plan, run.gold));
    if (scores.length) rows.push({ metric: 'structure.metadata.all fields exact', input: `${input}; ${kind}`, value: round(scores.filter((s) => s.exact).length / scores.length), n: scores.length });
  }
  // recipients item by item: the document row fails a whole list on one slip
  const items = { same: 0, total: 0 };
  for (const run of runs) {
    items.same += sameItems(run.plan.recipients, run.gold.recipients ?? []);
    items.total += (run.gold.recipients ?? []).length;
  }
  if (items.total) rows.push({ metric: "recipients items exact (share of the clean reading's items)", input, value: round(items.same / items.total), n: items.total });
  // the signer apart for colour scans whose signed page carries a seal and a signature
  for (const [kind, group] of [['seal and signature in colour', runs.filter(stamped)], ['no seal', runs.filter((r) => !stamped(r))]] as const) {
    const signers = group.flatMap((run) => scoreMetadata(run.plan, run.gold).filter((s) => s.field === 'signer'));
    if (signers.length) rows.push({ metric: 'structure.signer.exact', input: `${input}; ${kind}`, value: round(signers.filter((s) => s.exact).length / signers.length), n: signers.length });
  }
  return rows;
}

function headingRows(input: string, runs: PlanRun[]): EvalRow[] {
  const f1s: number[] = [];
  const folded: number[] = [];
  for (const run of runs) {
    const f1 = headingF1(run.plan.sections, run.reference.sections);
    f1s.push(f1.f1);
    folded.push(headingF1(run.plan.sections, run.reference.sections, { folded: true }).f1);
    if (verbose() && f1.f1 < 1) console.error(`${run.id} headings: f1 ${round(f1.f1)} (${f1.matched} matched of ${f1.predicted} predicted, ${f1.gold} gold)`);
  }
  const ref = `${input}; headings vs the text pipeline's on the clean text`;
  return [
    { metric: 'structure.headings.f1', input: ref, value: round(mean(f1s)), target: '≥ 0.95', n: f1s.length },
    { metric: 'structure.headings.f1.folded', input: ref, value: round(mean(folded)), n: folded.length },
  ];
}

function proseRows(input: string, runs: PlanRun[]): EvalRow[] {
  const scored = runs
    .filter((run) => existsSync(join(HAND_GOLD, `${run.id}.json`)))
    .map((run) => ({
      name: run.id,
      gold: JSON.parse(readFileSync(join(HAND_GOLD, `${run.id}.json`), 'utf8')).tasks,
      predicted: run.plan.tasks.filter((t) => t.source.kind === 'prose'),
    }));
  return scoreProse(`${input}, hand-made gold`, scored);
}

function ocrRows(input: string, runs: PlanRun[]): EvalRow[] {
  const buckets = new Map<string, { raw: number[]; restored: number[] }>();
  for (const run of runs) {
    for (const page of run.pages) {
      if (page.table || run.doc.tables.some((t) => t.page === page.page)) continue; // table cells are read apart
      const lines = run.doc.pages.find((p) => p.number === page.page)?.lines.filter((l) => !l.inTable) ?? [];
      const gold = page.lines.join('\n');
      const key = page.conditions.aged ? 'aged copy' : isClean(page.conditions) ? 'clean 300 dpi' : 'degraded';
      const raw = characterErrorRate(lines.map((l) => l.original).join('\n'), gold);
      const restored = characterErrorRate(lines.map((l) => l.text).join('\n'), gold);
      for (const bucket of [key, TYPEFACE_NAMES[run.typeface]]) {
        const b = buckets.get(bucket) ?? { raw: [], restored: [] };
        b.raw.push(raw);
        b.restored.push(restored);
        buckets.set(bucket, b);
      }
      if (verbose() && restored > 0.03) console.error(`${run.id} p${page.page} (${key}, ${run.typeface}): cer ${round(restored)}`);
    }
  }
  const rows: EvalRow[] = [];
  for (const [key, b] of [...buckets].sort()) {
    const what = `${input}; pages without a table, ${key}`;
    rows.push({ metric: 'ocr.cer (tesseract)', input: what, value: round(mean(b.raw)), target: key === 'clean 300 dpi' ? '≤ 0.02' : undefined, n: b.raw.length });
    rows.push({ metric: 'ocr.cer (+ restoration)', input: what, value: round(mean(b.restored)), target: key === 'clean 300 dpi' ? '≤ 0.02' : undefined, n: b.restored.length });
  }
  return rows;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await evalScans()) console.log(`${row.metric}\t${row.input}\t${row.value}\t${row.target ?? ''}\t${row.n ?? ''}`);
}
