/**
 * `npm run eval`: one table of every measure the issues ask for, on the committed
 * fixtures and on the dev material in ../shared (skipped when absent). Each section
 * lives beside the stage it measures (test/eval/<section>.ts).
 */
import { evalEndToEnd } from './eval/end-to-end.ts';
import { evalRestore } from './eval/restore.ts';
import { evalStructure } from './eval/structure.ts';
import { evalTasks } from './eval/tasks.ts';
import { evalProse } from './eval/prose.ts';
import { evalScans } from './eval/scans.ts';
import { evalTextPdfs } from './eval/pdfs.ts';
import { evalHarshCopies } from './eval/harsh.ts';
import type { EvalRow as Row } from './eval/row.ts';


const sections: Array<[string, () => Promise<Row[]>]> = [
  ['end to end (fixtures, seed)', evalEndToEnd],
  ['restoration', evalRestore],
  ['structure on text', () => evalStructure()],
  ['schedule tables', evalTasks],
  ['prose tasks', evalProse],
  ['real plans as text PDFs', evalTextPdfs],
  ['real plans as scans', evalScans],
  ['real plans as harsh copies', evalHarshCopies],
];

const only = process.argv.slice(2).map((o) => o.toLowerCase());
// a section is named by any part of its name, or a word's stem ("restore" for "restoration")
const sharedStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};
const matches = (name: string, o: string) => name.toLowerCase().includes(o) || name.toLowerCase().split(/[^\p{L}]+/u).some((w) => sharedStart(w, o) >= 6);
const unknown = only.filter((o) => !sections.some(([name]) => matches(name, o)));
if (unknown.length) {
  process.stderr.write(`eval: no section matches ${unknown.map((o) => `"${o}"`).join(', ')}; sections: ${sections.map(([name]) => `"${name}"`).join(', ')}\n`);
  process.exit(2);
}
const rows: Array<Row & { section: string }> = [];
for (const [name, run] of sections) {
  if (only.length && !only.some((o) => matches(name, o))) continue;
  const started = performance.now();
  try {
    for (const row of await run()) rows.push({ ...row, section: name });
  } catch (error) {
    rows.push({ section: name, metric: 'error', input: '', value: error instanceof Error ? error.message.split('\n')[0] : String(error) });
  }
  process.stderr.write(`eval: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const header = ['section', 'metric', 'input', 'value', 'target', 'n'];
const table = [header, ...rows.map((r) => [r.section, r.metric, r.input, String(r.value), r.target ?? '', r.n === undefined ? '' : String(r.n)])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
