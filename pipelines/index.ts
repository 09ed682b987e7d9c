/**
 * One entry for the CLI and the library: picks the pipeline by what the input is.
 * Text files go through `text`; page images and PDFs through `scan`.
 */
import { readFile } from 'node:fs/promises';
import type { Doc } from '../src/model/document.ts';
import type { Plan } from '../src/model/plan.ts';
import { sniffFormat } from '../src/ingest/sniff.ts';
import { runScan } from './scan.ts';
import { runText } from './text.ts';
import type { PipelineServices, RunOptions } from './context.ts';

export { createServices, type PipelineServices, type RunOptions } from './context.ts';

export async function extract(files: string[], services: PipelineServices, options: RunOptions = {}): Promise<{ plan: Plan; doc: Doc }> {
  const head = await readFile(files[0]).then((b) => b.subarray(0, 1024)).catch(() => Buffer.alloc(0));
  if (files.length === 1 && sniffFormat(head, files[0]) === 'text') return runText(files[0], services);
  return runScan(files, services, options);
}
