/** Real excerpts (test/schedule/prose/data, public-domain state documents) → prose tasks, through textDoc + structure. */
import { readFileSync } from 'node:fs';
import { Reporter } from '../../../src/diagnostics/diagnostic.ts';
import { planYear } from '../../../src/normalize/deadline.ts';
import { proseTasks } from '../../../src/schedule/prose/index.ts';
import { structure } from '../../../src/structure/index.ts';
import { textDoc } from '../../../src/structure/text-doc.ts';

export function data(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

export function tasksOfText(text: string, file = 'input.txt') {
  const result = structure(textDoc(file, text), new Reporter(file));
  return proseTasks(result.sections, { planYear: planYear(result.title, result.date) });
}
