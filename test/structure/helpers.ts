import { readFileSync } from 'node:fs';
import type { Doc, Line, Page, Word } from '../../src/model/document.ts';
import { assignDocRegions } from '../../src/layout/regions.ts';
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

/** A scanned A4 page at 300 dpi (2480 × 3508): one line per row [text, left, top, right], words boxed evenly. */
export type ScanRow = [text: string, l: number, t: number, r: number];

export function scanDoc(pages: ScanRow[][], file = 'scan.png'): Doc {
  const built: Page[] = pages.map((rows, p) => ({
    number: p + 1,
    kind: 'image',
    width: 2480,
    height: 3508,
    dpi: 300,
    transforms: [],
    regions: [],
    lines: rows.map(([text, l, t, r], i): Line => {
      const tokens = text.split(' ');
      const step = (r - l) / tokens.length;
      const words: Word[] = tokens.map((w, k) => ({ text: w, bbox: { l: l + k * step, t, r: l + (k + 1) * step - 10, b: t + 55 }, confidence: 0.9, line: i }));
      return { id: `p${p + 1}-l${i}`, page: p + 1, text, original: text, bbox: { l, t, r, b: t + 55 }, confidence: 0.9, block: 0, words };
    }),
  }));
  const doc: Doc = { file, sha256: '', kind: 'image', pages: built, tables: [], diagnostics: [] };
  assignDocRegions(doc);
  return doc;
}

export function structureOfScan(pages: ScanRow[][]) {
  const reporter = new Reporter('scan.png');
  return { result: structure(scanDoc(pages), reporter), reporter };
}
