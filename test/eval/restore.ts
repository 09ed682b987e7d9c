/**
 * Evaluation of restoration (issue "Restoration"), measured on text never trained on:
 *   (a) stripped administrative text: dev files of vbpl/ and legal-vlc/, marks removed;
 *   (b) old-OCR text: the seed's pairs-dev.tsv (raw → gold), syllables aligned by edit distance;
 *   (c) damage: correct dev text must come back unchanged;
 *   (d) stripped text of real plans (../shared/real-plans/*, in no corpus folder);
 *   (e) tesseract vie output of the fixture pages without a table, restored as the
 *       pipeline does (restoreDoc) against tesseract alone: syllable word error rate.
 * Accuracy is over syllables (letter runs), compared by canonicalSyllable. Missing
 * ../shared folders are skipped. Run alone: npx tsx test/eval/restore.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRestorer, type Restorer } from '../../src/restore/restorer.ts';
import { canonicalSyllable, stripDiacritics } from '../../src/text/vietnamese.ts';
import { splitFolder, corpusAvailable } from '../../dictionaries/corpus-split.ts';
import type { EvalRow } from './row.ts';

export type { EvalRow } from './row.ts';

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const SEED_PAIRS = join(SHARED, 'seed/pairs-dev.tsv');
const REAL_PLANS = join(SHARED, 'real-plans');
const SYLLABLES_PER_FILE = 800;
const DEV_SYLLABLES = 20_000;

/** Syllables of a line: its letter runs, canonical; lower-cased unless `keepCase`. */
export function syllablesOf(line: string, keepCase = true): string[] {
  return (line.normalize('NFC').match(/\p{L}+/gu) ?? []).map((s) => canonicalSyllable(keepCase ? s : s.toLowerCase()));
}

/** Number of equal syllables on a minimal-edit alignment of two sequences. */
export function alignedMatches(a: string[], b: string[]): number {
  // dynamic programme over edit distance, keeping the most matches among minimal alignments
  const cols = b.length + 1;
  const cost = new Int32Array((a.length + 1) * cols);
  const hits = new Int32Array((a.length + 1) * cols);
  for (let j = 0; j <= b.length; j++) cost[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cost[i * cols] = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      const diag = (i - 1) * cols + j - 1;
      let c = cost[diag] + (same ? 0 : 1);
      let h = hits[diag] + (same ? 1 : 0);
      for (const from of [(i - 1) * cols + j, i * cols + j - 1]) {
        if (cost[from] + 1 < c || (cost[from] + 1 === c && hits[from] > h)) {
          c = cost[from] + 1;
          h = hits[from];
        }
      }
      cost[i * cols + j] = c;
      hits[i * cols + j] = h;
    }
  }
  return hits[a.length * cols + b.length];
}

/** Lines of one dev file worth measuring (prose, not blank), up to a syllable budget. */
function devLines(file: string, budget: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const line of readFileSync(file, 'utf8').normalize('NFC').split('\n')) {
    const s = syllablesOf(line).length;
    if (s < 4) continue;
    out.push(line);
    n += s;
    if (n >= budget) break;
  }
  return out;
}

export function devAdministrativeLines(total = DEV_SYLLABLES): string[][] {
  const files = [...splitFolder('vbpl').dev, ...splitFolder('legal-vlc').dev];
  const docs: string[][] = [];
  let n = 0;
  for (const file of files) {
    if (n >= total) break;
    const lines = devLines(file, Math.min(SYLLABLES_PER_FILE, total - n));
    docs.push(lines);
    n += lines.reduce((s, l) => s + syllablesOf(l).length, 0);
  }
  return docs;
}

/** Restores stripped copies of documents; share of syllables equal to the original. */
export function strippedAccuracy(restorer: Restorer, docs: string[][]): { right: number; total: number; changed: number } {
  let right = 0;
  let total = 0;
  for (const gold of docs) {
    const restored = restorer.restoreLines(gold.map(stripDiacritics));
    gold.forEach((g, i) => {
      const want = syllablesOf(g);
      const got = syllablesOf(restored[i].text);
      total += want.length;
      if (want.length === got.length) for (let k = 0; k < want.length; k++) right += want[k] === got[k] ? 1 : 0;
    });
  }
  return { right, total, changed: 0 };
}

/** Restores correct documents; share of syllables the restorer changed. */
export function damage(restorer: Restorer, docs: string[][]): { changed: number; total: number } {
  let changed = 0;
  let total = 0;
  for (const gold of docs) {
    const restored = restorer.restoreLines(gold);
    gold.forEach((g, i) => {
      const want = syllablesOf(g);
      const got = syllablesOf(restored[i].text);
      total += want.length;
      changed += want.length - alignedMatches(want, got);
    });
  }
  return { changed, total };
}

/** Seed pairs: raw OCR → gold; share of gold syllables restored, case-insensitive. */
export function seedAccuracy(restorer: Restorer, pairs: Array<[string, string]>): { right: number; total: number; raw: number } {
  const restored = restorer.restoreLines(pairs.map(([raw]) => raw));
  let right = 0;
  let total = 0;
  let raw = 0;
  pairs.forEach(([r, gold], i) => {
    const want = syllablesOf(gold, false);
    total += want.length;
    right += alignedMatches(syllablesOf(restored[i].text, false), want);
    raw += alignedMatches(syllablesOf(r, false), want);
  });
  return { right, total, raw };
}

export function readSeedPairs(): Array<[string, string]> {
  return readFileSync(SEED_PAIRS, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t') as [string, string]);
}

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** Old-OCR texts of the fixtures with their gold: the diacritic text of every page, in page order. */
export function fixtureOcrTexts(): Array<{ name: string; ocr: string[]; gold: string }> {
  const textDir = join(FIXTURES, 'text');
  if (!existsSync(textDir)) return [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.ocr.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.ocr.txt'.length);
      const pages = readdirSync(join(FIXTURES, 'expected'))
        .map((p) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.p(\\d+)\\.txt$`).exec(p))
        .filter((m): m is RegExpExecArray => m !== null)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => readFileSync(join(FIXTURES, 'expected', m[0]), 'utf8'));
      return { name, ocr: readFileSync(join(textDir, f), 'utf8').split('\n'), gold: pages.join('\n') };
    })
    .filter((t) => t.gold !== '');
}

/** Whole texts as syllable sequences (lines need not align); gold syllables restored, case-insensitive. */
export function textAccuracy(restorer: Restorer, texts: Array<{ ocr: string[]; gold: string }>): { right: number; total: number; raw: number } {
  let right = 0;
  let total = 0;
  let raw = 0;
  for (const t of texts) {
    const want = syllablesOf(t.gold, false);
    const restored = restorer.restoreLines(t.ocr).map((l) => l.text).join('\n');
    total += want.length;
    right += alignedMatches(syllablesOf(restored, false), want);
    raw += alignedMatches(syllablesOf(t.ocr.join('\n'), false), want);
  }
  return { right, total, raw };
}

export function realPlanDocs(): string[][] {
  if (!existsSync(REAL_PLANS)) return [];
  return readdirSync(REAL_PLANS)
    .sort()
    .map((d) => join(REAL_PLANS, d, 'text.txt'))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8').normalize('NFC').split('\n').filter((l) => syllablesOf(l).length > 0));
}

const pct = (a: number, b: number) => Math.round((10000 * a) / Math.max(1, b)) / 100;

export interface OcrWer {
  /** 'clean': 300 dpi PNG, upright, sharp; 'degraded': anything else */
  condition: 'clean' | 'degraded';
  page: string;
  /** syllable edit distance to the gold, before and after restoration; gold syllables */
  before: number;
  after: number;
  total: number;
}

/**
 * Fixture pages without a schedule table (findTables finds none; tables are read cell
 * by cell elsewhere), read by tesseract vie as the pipeline reads them (ingest,
 * preprocess, ocrPage), then restored as the pipeline restores them (restoreDoc, block
 * by block); syllable edit distance to the page's gold text before and after.
 */
export async function ocrWer(restorer: Restorer): Promise<OcrWer[]> {
  if (!existsSync(join(FIXTURES, 'index.ts'))) return [];
  const { PLAN_FIXTURES } = await import('../../fixtures/index.ts');
  const { ingest } = await import('../../src/ingest/index.ts');
  const { preprocess } = await import('../../src/preprocess/index.ts');
  const { findTables } = await import('../../src/layout/grid.ts');
  const { createOcrEngine } = await import('../../src/ocr/engine.ts');
  const { ocrPage } = await import('../../src/ocr/index.ts');
  const { restoreDoc } = await import('../../src/restore/stage.ts');
  const { syllableAccuracy } = await import('../../src/measure/text-metrics.ts');
  const root = new URL('../../', import.meta.url).pathname;
  const pages = PLAN_FIXTURES.flatMap((fx) => fx.pages.map((p) => ({ ...p, name: `${fx.name} p${p.page}` }))).filter((p) => existsSync(join(root, p.file)));
  const engine = await createOcrEngine({ workers: 2 });
  try {
    const results = await Promise.all(
      pages.map(async (p): Promise<OcrWer | null> => {
        const doc = await preprocess(await ingest([join(root, p.file)]));
        const page = doc.pages[0];
        if ((await findTables(page.image!, page)).length > 0) return null;
        const read = { ...doc, pages: [await ocrPage(page, engine)] };
        const restored = restoreDoc(read, restorer);
        const gold = readFileSync(join(root, p.goldText), 'utf8');
        const textOf = (d: typeof read) => d.pages[0].lines.map((l) => l.text).join('\n');
        const before = syllableAccuracy(textOf(read), gold);
        const after = syllableAccuracy(textOf(restored), gold);
        const c = p.conditions;
        const clean = c.dpi >= 300 && !c.rotation && !c.blur && !c.noise && c.jpeg === null;
        return { condition: clean ? 'clean' : 'degraded', page: p.name, before: before.errors, after: after.errors, total: before.total };
      }),
    );
    return results.filter((r): r is OcrWer => r !== null);
  } finally {
    await engine.close();
  }
}

/** Rows of (e): WER before and after and the relative reduction, per condition and overall; pages made worse. */
function ocrWerRows(results: OcrWer[]): EvalRow[] {
  const rows: EvalRow[] = [];
  const groups: Array<[string, OcrWer[]]> = [
    ['clean 300 dpi', results.filter((r) => r.condition === 'clean')],
    ['degraded (150–200 dpi, skew, blur, noise, JPEG)', results.filter((r) => r.condition === 'degraded')],
    ['all', results],
  ];
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    const sum = (f: (r: OcrWer) => number) => group.reduce((s, r) => s + f(r), 0);
    const [before, after, total] = [sum((r) => r.before), sum((r) => r.after), sum((r) => r.total)];
    const input = `tesseract vie, ${group.length} fixture pages without a table, ${label}`;
    rows.push({ metric: 'restore/tesseract-wer-%-unrestored', input, value: pct(before, total), n: total });
    rows.push({ metric: 'restore/tesseract-wer-%-restored', input, value: pct(after, total), n: total });
    rows.push({ metric: 'restore/tesseract-wer-relative-reduction-%', input, value: before === 0 ? 'no errors to mend' : pct(before - after, before), target: '≥ 30', n: total });
  }
  const worse = results.filter((r) => r.after > r.before);
  rows.push({ metric: 'restore/tesseract-pages-made-worse', input: worse.map((r) => r.page).join(', ') || 'none', value: worse.length, target: '0', n: results.length });
  return rows;
}

export async function evalRestore(): Promise<EvalRow[]> {
  const restorer = await createRestorer();
  const rows: EvalRow[] = [];
  if (corpusAvailable()) {
    const docs = devAdministrativeLines();
    const a = strippedAccuracy(restorer, docs);
    rows.push({ metric: 'restore/stripped-syllables-right-%', input: 'corpus dev split (vbpl, legal-vlc), marks stripped', value: pct(a.right, a.total), target: '≥ 98.5', n: a.total });
    const c = damage(restorer, docs);
    rows.push({ metric: 'restore/damage-syllables-changed-%', input: 'corpus dev split (vbpl, legal-vlc), correct text', value: pct(c.changed, c.total), target: '≤ 0.1', n: c.total });
  } else rows.push({ metric: 'restore/stripped-syllables-right-%', input: 'corpus dev split', value: 'skipped: no ../shared/corpus' });
  if (existsSync(SEED_PAIRS)) {
    const b = seedAccuracy(restorer, readSeedPairs());
    rows.push({ metric: 'restore/old-ocr-syllables-right-%', input: 'seed pairs-dev.tsv', value: pct(b.right, b.total), target: '≥ 95', n: b.total });
    rows.push({ metric: 'restore/old-ocr-syllables-right-%-unrestored', input: 'seed pairs-dev.tsv, raw text as is', value: pct(b.raw, b.total), n: b.total });
  } else rows.push({ metric: 'restore/old-ocr-syllables-right-%', input: 'seed pairs-dev.tsv', value: 'skipped: no ../shared/seed' });
  const fixtures = fixtureOcrTexts();
  if (fixtures.length > 0) {
    const f = textAccuracy(restorer, fixtures);
    rows.push({ metric: 'restore/fixtures-old-ocr-syllables-right-%', input: `${fixtures.length} fixture old-OCR texts vs their pages' gold`, value: pct(f.right, f.total), target: '≥ 95', n: f.total });
    rows.push({ metric: 'restore/fixtures-old-ocr-syllables-right-%-unrestored', input: 'the same, raw text as is', value: pct(f.raw, f.total), n: f.total });
  }
  const plans = realPlanDocs();
  if (plans.length > 0) {
    const d = strippedAccuracy(restorer, plans);
    rows.push({ metric: 'restore/real-plans-stripped-syllables-right-%', input: `${plans.length} real plans, marks stripped`, value: pct(d.right, d.total), target: '≥ 98.5', n: d.total });
    const e = damage(restorer, plans);
    rows.push({ metric: 'restore/real-plans-damage-syllables-changed-%', input: `${plans.length} real plans, correct text`, value: pct(e.changed, e.total), target: '≤ 0.1', n: e.total });
  }
  // the slow part (OCR of ten pages), last; KEHOACH_EVAL_NO_OCR=1 leaves it out
  if (!process.env.KEHOACH_EVAL_NO_OCR) rows.push(...ocrWerRows(await ocrWer(restorer)));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await evalRestore()) console.log(JSON.stringify(row));
}
