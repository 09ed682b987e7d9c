/**
 * First pass over the training files: every sentence becomes a run of temporary unit
 * ids (one id per distinct unit string), and upper-case cores are
 * counted so the abbreviation table can learn "HĐND" for "HDND".
 */
import { readFileSync } from 'node:fs';
import { lineToSentences, splitToken } from '../../src/restore/lm-tokens.ts';

export interface CorpusUnits {
  /** unit string of each temporary id */
  units: string[];
  /** occurrences of each temporary id */
  counts: number[];
  /** sentences, each as temporary ids, concatenated; `sentenceEnds[i]` closes sentence i */
  ids: Int32Array;
  sentenceEnds: Int32Array;
  /** upper-case token cores (abbreviations, codes, headings): form → count */
  abbreviations: Map<string, number>;
}

class IntList {
  data = new Int32Array(1 << 20);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

const ABBREVIATION = /^[\p{Lu}&/]{2,12}$/u;

/**
 * `supplement` lines (hand-written administrative text) join the training text `weight`
 * times each, after the files; their upper-case cores are not counted for the abbreviation table.
 */
export function readCorpus(files: string[], supplement: string[] = [], weight = 0): CorpusUnits {
  const index = new Map<string, number>();
  const units: string[] = [];
  const counts: number[] = [];
  const ids = new IntList();
  const ends = new IntList();
  const abbreviations = new Map<string, number>();
  const addLine = (line: string) => {
    for (const sentence of lineToSentences(line)) {
      for (const unit of sentence) {
        let id = index.get(unit);
        if (id === undefined) {
          id = units.length;
          index.set(unit, id);
          units.push(unit);
          counts.push(0);
        }
        counts[id]++;
        ids.push(id);
      }
      ends.push(ids.length);
    }
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8').normalize('NFC');
    for (const line of text.split('\n')) {
      addLine(line);
      for (const token of line.split(/\s+/)) {
        const { core } = splitToken(token);
        if (ABBREVIATION.test(core)) {
          abbreviations.set(core, (abbreviations.get(core) ?? 0) + 1);
        }
      }
    }
  }
  for (let k = 0; k < weight; k++) for (const line of supplement) addLine(line);
  return { units, counts, ids: ids.toArray(), sentenceEnds: ends.toArray(), abbreviations };
}

