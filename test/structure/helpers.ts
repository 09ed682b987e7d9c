import { readFileSync } from 'node:fs';
import { Reporter } from '../../src/diagnostics/diagnostic.ts';
import { structure } from '../../src/structure/index.ts';
import { textDoc } from '../../src/structure/text-doc.ts';

export function data(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

export function structureOfText(text: string, file = 'input.txt') {
  const reporter = new Reporter(file);
  return { result: structure(textDoc(file, text), reporter), reporter };
}
