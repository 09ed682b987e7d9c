/**
 * One entry for the CLI and the library: picks the pipeline by what the input is.
 * Text files go through `text`; page images and PDFs through `scan`.
 */
import { readFile } from 'node:fs/promises';
import type { Doc } from '../src/model/document.ts';
import type { Plan } from '../src/model/plan.ts';
import { sniffFormat } from '../src/ingest/sniff.ts';
import { KehoachError } from '../src/diagnostics/diagnostic.ts';
import { runScan } from './scan.ts';
import { runText } from './text.ts';
import type { PipelineServices, RunOptions } from './context.ts';

export { createServices, type PipelineServices, type RunOptions } from './context.ts';

export async function extract(files: string[], services: PipelineServices, options: RunOptions = {}): Promise<{ plan: Plan; doc: Doc }> {
  try {
    const head = await readFile(files[0]).then((b) => b.subarray(0, 1024)).catch(() => Buffer.alloc(0));
    if (files.length === 1 && sniffFormat(head, files[0]) === 'text') return await runText(files[0], services);
    return await runScan(files, services, options);
  } catch (error) {
    if (error instanceof KehoachError) throw error;
    // anything else is a bug or an environment failure: still say which input it hit
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new KehoachError({ code: 'internal/error', file: files[0], reason: `could not be processed (${reason})`, cause: error });
  }
}
