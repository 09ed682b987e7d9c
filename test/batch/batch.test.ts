import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/inputs.ts';
import { runBatch } from '../../pipelines/batch.ts';
import { createServices } from '../../pipelines/index.ts';
import { PlanSchema } from '../../src/model/plan.ts';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

describe('collectInputs', () => {
  it('groups page images named as pages of one scan, in page order, and keeps other files apart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kehoach-inputs-'));
    for (const f of ['kh-45-p2.png', 'kh-45-p10.png', 'kh-45-p1.png', 'decision.pdf', 'old.txt', 'notes.docx']) writeFileSync(path.join(dir, f), 'x');
    const inputs = await collectInputs([dir]);
    expect(inputs.map((i) => i.name)).toEqual(['decision.pdf', 'kh-45', 'old.txt']);
    expect(inputs[1].files.map((f) => path.basename(f))).toEqual(['kh-45-p1.png', 'kh-45-p2.png', 'kh-45-p10.png']);
  });
});

describe('runBatch', () => {
  const services = createServices({ workers: 1 });
  afterAll(async () => (await services).close());
  const inputDir = mkdtempSync(path.join(tmpdir(), 'kehoach-batch-in-'));
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'kehoach-batch-out-')), 'out');
  copyFileSync(root('fixtures/text/dichvonghau-ubnd-2024.ocr.txt'), path.join(inputDir, 'dichvonghau.txt'));
  copyFileSync(root('fixtures/bad/corrupt.pdf'), path.join(inputDir, 'corrupt.pdf'));
  copyFileSync(root('fixtures/bad/empty.png'), path.join(inputDir, 'empty.png'));
  mkdirSync(path.join(inputDir, 'sub'));
  copyFileSync(root('fixtures/text/gialam-hdtdkt-2019.ocr.txt'), path.join(inputDir, 'sub', 'gialam.txt'));

  it('ends every input as a result or an error record, and goes on past bad ones', async () => {
    const summary = await runBatch([inputDir], await services, { outDir });
    expect(summary).toEqual({ total: 4, done: 2, skipped: 0, errors: 2 });
    const plan = PlanSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'dichvonghau.plan.json'), 'utf8')));
    expect(plan.number).toBe('27/KH-UBND');
    const errors = readFileSync(path.join(outDir, 'errors.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => e.code).sort()).toEqual(['ingest/corrupt-pdf', 'ingest/empty-file']);
    expect(errors.every((e) => e.message.includes(e.name))).toBe(true);
    const manifest = readFileSync(path.join(outDir, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(manifest.map((m) => m.output).sort()).toEqual(['dichvonghau.plan.json', 'gialam.plan.json']);
  });

  it('resumes: a second run skips what is done and tries the failures again', async () => {
    const summary = await runBatch([inputDir], await services, { outDir });
    expect(summary).toEqual({ total: 4, done: 0, skipped: 2, errors: 2 });
    expect(readFileSync(path.join(outDir, 'errors.ndjson'), 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
