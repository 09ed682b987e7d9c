/**
 * batch: many inputs → a folder of results. Documents run through `extract` with
 * bounded concurrency (p-queue) over one shared OCR pool and restorer; each result
 * is written to a temp file and renamed, then recorded in the manifest; each
 * failure is recorded in errors.ndjson and the batch goes on. Every input ends as
 * a result or an error record.
 */
import { mkdir, rename, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import { KehoachError } from '../src/diagnostics/diagnostic.ts';
import { collectInputs, type BatchInput } from '../src/batch/inputs.ts';
import { contentHash, Manifest } from '../src/batch/manifest.ts';
import { extract } from './index.ts';
import type { PipelineServices } from './context.ts';

export interface BatchOptions {
  outDir: string;
  /** documents in flight at once (OCR work is bounded by the pool either way) */
  concurrency?: number;
  /** called once the inputs are known: for a progress bar */
  onStart?: (total: number) => void;
  /** called after each document: for a progress bar */
  onProgress?: (event: { input: BatchInput; outcome: 'done' | 'skipped' | 'error'; message?: string }) => void;
}

export interface BatchSummary {
  total: number;
  done: number;
  skipped: number;
  errors: number;
}

export async function runBatch(entries: string[], services: PipelineServices, options: BatchOptions): Promise<BatchSummary> {
  await mkdir(options.outDir, { recursive: true });
  const inputs = await collectInputs(entries);
  const manifest = await Manifest.open(options.outDir);
  // inputs that failed before are tried again, so their old error records go
  await manifest.clearErrors();
  const summary: BatchSummary = { total: inputs.length, done: 0, skipped: 0, errors: 0 };
  options.onStart?.(inputs.length);
  const queue = new PQueue({ concurrency: options.concurrency ?? 1 });

  const runOne = async (input: BatchInput) => {
    const started = performance.now();
    const sha256 = await contentHash(input.files);
    if (sha256 && manifest.finished(sha256)) {
      summary.skipped++;
      options.onProgress?.({ input, outcome: 'skipped' });
      return;
    }
    const output = `${input.name.replace(/\.[^.]+$/, '')}.plan.json`;
    const target = path.join(options.outDir, output);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      const { plan } = await extract(input.files, services);
      await writeFile(temp, JSON.stringify(plan, null, 2) + '\n');
      await rename(temp, target);
      await manifest.recordDone({
        name: input.name,
        files: input.files,
        sha256: plan.source.sha256,
        output,
        pages: plan.source.pages,
        tasks: plan.tasks.length,
        status: plan.status ?? 'success',
        ms: Math.round(performance.now() - started),
      });
      summary.done++;
      options.onProgress?.({ input, outcome: 'done' });
    } catch (error) {
      await unlink(temp).catch(() => {});
      const code = error instanceof KehoachError ? error.code : 'internal/error';
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      await manifest.recordError({ name: input.name, files: input.files, code, message });
      summary.errors++;
      options.onProgress?.({ input, outcome: 'error', message });
    }
  };

  await Promise.all(inputs.map((input) => queue.add(() => runOne(input))));
  return summary;
}
