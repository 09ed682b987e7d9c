/**
 * Evaluation of the structure stage. Text inputs: every real plan under
 * ../shared/real-plans (born-digital text, header columns TAB-joined) against its
 * meta.json, the seed's old-OCR text against seed/plan.json (metadata and the
 * heading tree), and the fixtures' page gold text (wrapped lines as a perfect OCR of the
 * rendered pages would read them) against their plan gold. Scans are scored by the pipeline owner, who passes `{name, doc, gold}`
 * after OCR. Rows: one per metric and input kind; `value` is a share (0–1) or a count.
 * Run alone: `npx tsx test/eval/structure.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../src/model/document.ts';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import { structure } from '../../src/structure/index.ts';
import { textDoc } from '../../src/structure/text-doc.ts';
import { type GoldMetadata, type GoldSection, headingF1, scoreMetadata } from '../../src/measure/structure-score.ts';
import type { EvalRow } from './row.ts';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export type { EvalRow } from './row.ts';

export interface ScoredInput {
  name: string;
  doc: Doc;
  gold: GoldMetadata & { sections?: GoldSection[] };
}

export async function evalStructure(extra: ScoredInput[] = []): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const plansDir = join(SHARED, 'real-plans');
  if (existsSync(plansDir)) {
    const inputs: ScoredInput[] = [];
    for (const id of readdirSync(plansDir).sort()) {
      const textFile = join(plansDir, id, 'text.txt');
      const metaFile = join(plansDir, id, 'meta.json');
      if (!existsSync(textFile) || !existsSync(metaFile)) continue;
      const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
      inputs.push({
        name: id,
        doc: textDoc(textFile, readFileSync(textFile, 'utf8')),
        gold: { number: meta.number, date: meta.date, place: meta.place, issuer: meta.issuer, docType: meta.doc_type, title: meta.title },
      });
    }
    rows.push(...scoreInputs('real-plans text', inputs, '≥ 0.95'));
  }
  const seedText = join(SHARED, 'seed', 'longbien-2021.ocr.txt');
  if (existsSync(seedText)) {
    const gold = JSON.parse(readFileSync(join(SHARED, 'seed', 'plan.json'), 'utf8'));
    rows.push(...scoreInputs('seed old-OCR text (structure alone, not restored)', [{ name: 'longbien-2021', doc: textDoc(seedText, readFileSync(seedText, 'utf8')), gold }], '≥ 0.90'));
  }
  // the fixtures' page gold text (what a perfect OCR reads from the rendered pages, line by line, in reading order)
  const fixturesDir = fileURLToPath(new URL('../../fixtures/expected/', import.meta.url));
  if (existsSync(fixturesDir)) {
    const files = readdirSync(fixturesDir);
    const inputs: ScoredInput[] = files
      .filter((f) => f.endsWith('.plan.json') && !f.endsWith('.text.plan.json'))
      .map((f) => {
        const name = f.replace(/\.plan\.json$/, '');
        const pages = files.filter((p) => p.startsWith(`${name}.p`) && p.endsWith('.txt')).sort((a, b) => pageNo(a) - pageNo(b));
        const text = pages.map((p) => readFileSync(join(fixturesDir, p), 'utf8')).join('\n');
        return { name, doc: textDoc(`${name}.txt`, text), gold: JSON.parse(readFileSync(join(fixturesDir, f), 'utf8')) };
      })
      .filter((input) => input.doc.pages[0].lines.length > 0);
    if (inputs.length) rows.push(...scoreInputs('fixture page text', inputs, '≥ 0.95'));
  }
  // the fixtures' old-OCR texts (rendered plans put through an OCR-damage model) against their gold
  const ocrDir = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
  if (existsSync(ocrDir) && existsSync(fixturesDir)) {
    const inputs: ScoredInput[] = readdirSync(ocrDir)
      .filter((f) => f.endsWith('.ocr.txt') && existsSync(join(fixturesDir, f.replace(/\.ocr\.txt$/, '.text.plan.json'))))
      .map((f) => ({
        name: f,
        doc: textDoc(f, readFileSync(join(ocrDir, f), 'utf8')),
        gold: JSON.parse(readFileSync(join(fixturesDir, f.replace(/\.ocr\.txt$/, '.text.plan.json')), 'utf8')),
      }));
    if (inputs.length) rows.push(...scoreInputs('fixture old-OCR text (structure alone, not restored)', inputs, '≥ 0.90'));
  }
  if (extra.length) rows.push(...scoreInputs('given', extra, '≥ 0.95'));
  return rows;
}

function scoreInputs(kind: string, inputs: ScoredInput[], headingTarget: string): EvalRow[] {
  const rows: EvalRow[] = [];
  const perField = new Map<string, { exact: number; folded: number; n: number }>();
  const f1s: number[] = [];
  const f1Folded: number[] = [];
  for (const input of inputs) {
    const result = structure(input.doc, new Reporter(input.name));
    for (const s of scoreMetadata(result, input.gold)) {
      const acc = perField.get(s.field) ?? { exact: 0, folded: 0, n: 0 };
      acc.n++;
      if (s.exact) acc.exact++;
      if (s.folded) acc.folded++;
      perField.set(s.field, acc);
      if (process.env.KEHOACH_EVAL_VERBOSE && !s.exact) console.error(`${input.name} ${s.field}: got ${JSON.stringify(s.got)} want ${JSON.stringify(s.want)}`);
    }
    if (input.gold.sections) {
      f1s.push(headingF1(result.sections, input.gold.sections).f1);
      f1Folded.push(headingF1(result.sections, input.gold.sections, { folded: true }).f1);
    }
  }
  for (const [field, acc] of perField) {
    rows.push({ metric: `structure.${field}.exact`, input: kind, value: round(acc.exact / acc.n), target: '≥ 0.95', n: acc.n });
    rows.push({ metric: `structure.${field}.folded`, input: kind, value: round(acc.folded / acc.n), n: acc.n });
  }
  if (f1s.length) {
    rows.push({ metric: 'structure.headings.f1', input: kind, value: round(mean(f1s)), target: headingTarget, n: f1s.length });
    rows.push({ metric: 'structure.headings.f1.folded', input: kind, value: round(mean(f1Folded)), n: f1s.length });
  }
  return rows;
}

const pageNo = (file: string) => Number(/\.p(\d+)\.txt$/.exec(file)?.[1] ?? 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await evalStructure()) console.log(`${row.metric}\t${row.input}\t${row.value}\t${row.target ?? ''}\t${row.n ?? ''}`);
}
