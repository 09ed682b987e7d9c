/**
 * `npm run bench`: speed and memory, each beside a baseline run in the same run
 * (never a timed assertion in a test). Pipeline: `extract` over the fixture pages vs
 * bare tesseract.js `recognize` on the same pages. Restoration: the LM restorer vs a
 * dictionary-only restorer.
 */
import { fileURLToPath } from 'node:url';
import { PLAN_FIXTURES } from '../fixtures/index.ts';
import { benchPipeline } from './bench/ocr-pipeline.ts';
import { benchRestore } from './bench/restore.ts';

interface Row {
  metric: string;
  value: number | string;
  baseline?: number | string;
  ratio?: number;
}

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const only = process.argv.slice(2);
const rows: Array<Row & { section: string; baselineName: string }> = [];

if (!only.length || only.includes('restore')) {
  for (const row of await benchRestore()) rows.push({ ...row, section: 'restore', baselineName: 'dictionary-only restorer' });
}
if (!only.length || only.includes('pipeline')) {
  // every fixture document, its pages together, as a user would run them
  const documents = PLAN_FIXTURES.map((f) => f.pages.map((p) => root(p.file)));
  for (const row of benchPipeline(documents)) rows.push({ ...row, section: 'pipeline', baselineName: 'bare tesseract.js recognize' });
}

const header = ['section', 'metric', 'value', 'baseline', 'ratio', 'baseline is'];
const table = [header, ...rows.map((r) => [r.section, r.metric, String(r.value), r.baseline === undefined ? '' : String(r.baseline), r.ratio === undefined ? '' : String(r.ratio), r.baseline === undefined ? '' : r.baselineName])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
