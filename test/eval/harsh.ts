/**
 * Real plans as harsh archive copies: the first page and the signed page of every plan of
 * ../shared/real-plans, printed in the plan's face (planTypeface) and rasterised as a bad
 * copy leaves them: 200 dpi, JPEG 60–75, blurred, noisy, tilted 0.8–1.8°, aged (tinted
 * paper, a binding shadow, toner faded to grey) and sealed (the red seal and blue signature
 * over the signature block; fixtures/lib/stamp.ts), seeded by plan. Read through `extract`
 * as `kehoach extract p1.jpg p7.jpg` reads them, scored on the metadata fields (the
 * structure section's scoreMetadata; signer and recipients against what the text pipeline
 * reads from the clean text.txt).
 *
 * The scans section's conditions are mild (half the pages clean); these are how far the
 * reading holds on the worst copies an archive keeps. Repairs were made on what ten of the
 * plans (HARSH_DEV) showed under such conditions; the other seven are reported apart.
 * Run alone: `npx tsx test/eval/harsh.ts`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/model/plan.ts';
import { createServices, extract } from '../../pipelines/index.ts';
import { runText } from '../../pipelines/text.ts';
import { type GoldMetadata, scoreMetadata } from '../../src/measure/structure-score.ts';
import type { PageConditions } from '../../fixtures/conditions.ts';
import { createRng, seedFrom } from '../../fixtures/lib/prng.ts';
import { rasterize } from '../../fixtures/lib/raster.ts';
import { renderTextPlan } from '../../fixtures/lib/render-text-plan.ts';
import { planTypeface } from './scans.ts';
import { metaGold } from './structure.ts';
import { round, type EvalRow } from './row.ts';

const SHARED = fileURLToPath(new URL('../../../shared/real-plans/', import.meta.url));

/** The plans whose harsh copies were looked at while mending what they showed (session 6). */
const HARSH_DEV = new Set([
  '2f6f80b9918e52de', '99c7d8fff9e4572e', 'd40513a8b25883ec', '448306af3d3a91f7', '09daab284f92e2dd',
  '192068354fd1ffe5', '3a2db039af8c2d05', '556b2fb4a0149576', 'a49ef8a0da1f62dd', 'c5d930a5fc8373cd',
]);

/** KEHOACH_DAMAGE_SEED=x copies each plan another way (seeded by id and x): damage no repair was mended on. */
const damageSeed = () => (process.env.KEHOACH_DAMAGE_SEED ? `-${process.env.KEHOACH_DAMAGE_SEED}` : '');

/** One plan's harsh copy, the same on its pages but for the tilt, which alternates. */
export function harshConditions(id: string, page: number): PageConditions {
  const rng = createRng(seedFrom(`${id}-harsh${damageSeed()}`));
  const between = (lo: number, hi: number) => Math.round((lo + rng.next() * (hi - lo)) * 100) / 100;
  const tilt = between(0.8, 1.8) * (page % 2 ? 1 : -1);
  return {
    dpi: 200,
    rotation: tilt,
    blur: between(0.5, 0.8),
    noise: Math.round(between(5, 8)),
    jpeg: Math.round(between(60, 75)),
    stamp: true,
    aged: { paper: Math.round(between(205, 225)), shadow: between(0.4, 0.7), edge: rng.pick(['left', 'right', 'top'] as const), ink: Math.round(between(60, 90)) },
  };
}

interface HarshRun {
  id: string;
  plan: Plan;
  gold: GoldMetadata;
}

export async function evalHarshCopies(): Promise<EvalRow[]> {
  if (!existsSync(SHARED)) return [];
  const ids = readdirSync(SHARED)
    .filter((id) => existsSync(join(SHARED, id, 'text.txt')) && existsSync(join(SHARED, id, 'meta.json')))
    .sort();
  const services = await createServices();
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-harsh-'));
  const runs: HarshRun[] = [];
  let pageCount = 0;
  try {
    for (const id of ids) {
      const laid = renderTextPlan(readFileSync(join(SHARED, id, 'text.txt'), 'utf8'), { typeface: planTypeface(id) });
      // the first page (header, title) and the page the signature and "Nơi nhận" are printed on
      const signed = laid.pages.findIndex((page) => page.lines.some((line) => /^Nơi nhận/u.test(line.trim())));
      const wanted = [...new Set([0, signed >= 0 ? signed : laid.pages.length - 1])].sort((a, b) => a - b);
      const files: string[] = [];
      for (const i of wanted) {
        const conditions = harshConditions(id, i + 1);
        const file = join(dir, `${id}-p${i + 1}.jpg`);
        writeFileSync(file, await rasterize(laid.pages[i], conditions, `${id}-p${i + 1}-harsh${damageSeed()}`));
        files.push(file);
      }
      pageCount += files.length;
      const { plan } = await extract(files, services);
      const reference = (await runText(join(SHARED, id, 'text.txt'), services)).plan;
      runs.push({ id, plan, gold: { ...metaGold(join(SHARED, id, 'meta.json')), signer: reference.signer, recipients: reference.recipients } });
      for (const f of files) rmSync(f, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await services.close();
  }
  const what = `real plans as harsh copies (first and signed page of all ${ids.length} plans, ${pageCount} pages: 200 dpi, JPEG 60–75, blur, noise, tilt, aged, sealed)`;
  return [...fieldRows(what, runs), ...groupRow(`${what}; the ${HARSH_DEV.size} plans mended on`, runs.filter((r) => HARSH_DEV.has(r.id))), ...groupRow(`${what}; the ${ids.length - HARSH_DEV.size} others`, runs.filter((r) => !HARSH_DEV.has(r.id)))];
}

function fieldRows(input: string, runs: HarshRun[]): EvalRow[] {
  const fields = new Map<string, { exact: number; n: number }>();
  for (const run of runs) {
    for (const s of scoreMetadata(run.plan, run.gold)) {
      const acc = fields.get(s.field) ?? { exact: 0, n: 0 };
      acc.n++;
      if (s.exact) acc.exact++;
      fields.set(s.field, acc);
      if (process.env.KEHOACH_EVAL_VERBOSE && !s.exact) console.error(`${run.id} ${s.field}: got ${JSON.stringify(s.got)} want ${JSON.stringify(s.want)}`);
    }
  }
  return [...[...fields].map(([field, acc]) => ({ metric: `structure.${field}.exact`, input, value: round(acc.exact / acc.n), n: acc.n })), ...groupRow(input, runs)];
}

function groupRow(input: string, runs: HarshRun[]): EvalRow[] {
  const scores = runs.flatMap((run) => scoreMetadata(run.plan, run.gold));
  return scores.length ? [{ metric: 'structure.metadata.all fields exact', input, value: round(scores.filter((s) => s.exact).length / scores.length), n: scores.length }] : [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await evalHarshCopies()) console.log(`${row.metric}\t${row.value}\t${row.n ?? ''}\t${row.input}`);
}
