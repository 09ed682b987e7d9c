/**
 * Pipeline cost over bare OCR: the same page images through `extract` (the whole
 * pipeline) and through bare tesseract.js `recognize` (same model, same number of
 * workers), each in its own child process so peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  metric: string;
  value: number | string;
  baseline?: number | string;
  ratio?: number;
}

export interface ChildReport {
  pages: number;
  ms: number;
  maxRssMb: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export function runChild(mode: 'extract' | 'bare', documents: string[][]): ChildReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), mode, JSON.stringify(documents)], {
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/**
 * Each side runs `rounds` times, alternating, and keeps its fastest run: on a shared
 * machine the fastest run is the one least disturbed by other work.
 */
export function benchPipeline(documents: string[][], rounds = 2): BenchRow[] {
  const runs: Record<'bare' | 'extract', ChildReport[]> = { bare: [], extract: [] };
  for (let i = 0; i < rounds; i++) {
    runs.bare.push(runChild('bare', documents));
    runs.extract.push(runChild('extract', documents));
  }
  const fastest = (reports: ChildReport[]) => reports.reduce((a, b) => (b.ms < a.ms ? b : a));
  const peak = (reports: ChildReport[]) => Math.max(...reports.map((r) => r.maxRssMb));
  const bare = { ...fastest(runs.bare), maxRssMb: peak(runs.bare) };
  const pipeline = { ...fastest(runs.extract), maxRssMb: peak(runs.extract) };
  const ppm = (r: ChildReport) => Math.round((r.pages / (r.ms / 60000)) * 10) / 10;
  return [
    { metric: `pages/minute (${os.availableParallelism()} cores, ${pipeline.pages} pages)`, value: ppm(pipeline), baseline: ppm(bare), ratio: Math.round((ppm(pipeline) / ppm(bare)) * 100) / 100 },
    { metric: 'peak RSS, MB', value: pipeline.maxRssMb, baseline: bare.maxRssMb, ratio: Math.round((pipeline.maxRssMb / bare.maxRssMb) * 100) / 100 },
    { metric: 'pipeline cost over bare OCR (time ratio)', value: Math.round((pipeline.ms / bare.ms) * 100) / 100 },
  ];
}
