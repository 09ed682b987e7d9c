/**
 * Beam Viterbi over one sentence: each position offers candidates with a cost; a path
 * scores the trigram model (log10), a bonus for adjacent syllables that form a known
 * word, minus the candidates' costs. States that share their last two units merge, so
 * within the beam the search is exact for a trigram model.
 *
 * Afterwards every position's candidates are rescored in the context of the best path
 * (two units either side) to give a confidence and alternatives.
 */
import { BOS_ID, EOS_ID } from './lm-tokens.ts';
import type { RestoreData } from './data.ts';
import type { Candidate } from './candidates.ts';
import { NO_TRIGRAM } from './language-model.ts';

export interface DecodeWeights {
  beam: number;
  /** log10 bonus per adjacent pair inside a known word */
  wordBonus: number;
  /** multiplier of candidate costs */
  costWeight: number;
  /**
   * states scoring this far (log10) below the layer's best are dropped: a 10^-5 path
   * almost never recovers, and the weak states cost as much to extend as the strong
   * ones (5 measured equal to no threshold on every restore eval row, 4 lost 0.01 %)
   */
  threshold: number;
}

export const DEFAULT_WEIGHTS: DecodeWeights = { beam: 12, wordBonus: 0.3, costWeight: 1, threshold: 5 };

export interface Choice {
  /** index into the position's candidates */
  best: number;
  /** candidate indices, best first */
  ranked: number[];
  /** 0–1 share of the best candidate among the rescored ones */
  confidence: number;
}

/**
 * Scratch buffers reused across positions and sentences: the decoder runs per sentence
 * thousands of times a page, and fresh arrays per position cost more than the search.
 */
class Scratch {
  cellScore = new Float64Array(256);
  cellPrev = new Int32Array(256);
  /** per (group, candidate): bonus − cost, and that plus the bigram (the back-off path) */
  gain = new Float64Array(256);
  backed = new Float64Array(256);
  /** one state's trigram hits, one group's bigrams, per candidate */
  hits = new Float64Array(64);
  bi = new Float64Array(64);
  word = new Uint8Array(64);
  scores = new Float64Array(64);
  top = new Int32Array(64);

  ensureCells(n: number): void {
    if (this.cellScore.length >= n) return;
    const size = Math.max(n, this.cellScore.length * 2);
    this.cellScore = new Float64Array(size);
    this.cellPrev = new Int32Array(size);
    this.gain = new Float64Array(size);
    this.backed = new Float64Array(size);
  }

  ensureCandidates(k: number): void {
    if (this.hits.length < k) {
      this.hits = new Float64Array(k);
      this.bi = new Float64Array(k);
      this.word = new Uint8Array(k);
      this.scores = new Float64Array(k);
    }
  }
}

const scratch = new Scratch();

type UnitList = Candidate[] & { units?: Int32Array; order?: Int32Array };

/** The candidates' unit ids, and their indices in ascending unit order; kept on the (cached, reused) list. */
function unitsOf(cands: UnitList): { units: Int32Array; order: Int32Array } {
  if (!cands.units) {
    const units = Int32Array.from(cands, (c) => c.unit);
    cands.units = units;
    cands.order = Int32Array.from(units.keys()).sort((i, j) => units[i] - units[j]);
  }
  return { units: cands.units, order: cands.order! };
}


/**
 * The word pairs as sorted successor lists per first unit (CSR): a group's word bonuses
 * for all candidates in one sweep, as bigrams does, instead of a Set probe per cell.
 * Built once per Set (the data's), same answers as wordPairs.has(pairKey(x, y)).
 */
interface WordPairIndex {
  at: Int32Array;
  next: Int32Array;
}

const PAIR_SHIFT = 14;
const wordPairIndexes = new WeakMap<Set<number>, WordPairIndex>();

function wordPairIndex(wordPairs: Set<number>): WordPairIndex {
  let found = wordPairIndexes.get(wordPairs);
  if (!found) {
    const keys = Float64Array.from(wordPairs).sort();
    let maxX = 0;
    for (const key of keys) maxX = Math.max(maxX, Math.floor(key / 2 ** PAIR_SHIFT));
    const at = new Int32Array(maxX + 2);
    const next = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const x = Math.floor(keys[i] / 2 ** PAIR_SHIFT);
      at[x + 1]++;
      next[i] = keys[i] - x * 2 ** PAIR_SHIFT;
    }
    for (let x = 0; x <= maxX; x++) at[x + 1] += at[x];
    found = { at, next };
    wordPairIndexes.set(wordPairs, found);
  }
  return found;
}

/** out[c] = 1 when (x, units[c]) is a word pair, else 0; units visited in ascending order. */
function wordPairFlags(index: WordPairIndex, x: number, units: Int32Array, order: Int32Array, out: Uint8Array): void {
  const { at, next } = index;
  if (x + 1 >= at.length || at[x] === at[x + 1]) {
    out.fill(0, 0, units.length);
    return;
  }
  let lo = at[x];
  const end = at[x + 1];
  for (let i = 0; i < order.length; i++) {
    const c = order[i];
    const y = units[c];
    lo = lowerBound(next, lo, end, y);
    out[c] = lo < end && next[lo] === y ? 1 : 0;
  }
}

/** wordPairs.has(pairKey(x, y)) through the index. */
function isWordPair(index: WordPairIndex, x: number, y: number): boolean {
  const { at, next } = index;
  if (x < 0 || x + 1 >= at.length) return false;
  const end = at[x + 1];
  const j = lowerBound(next, at[x], end, y);
  return j < end && next[j] === y;
}

/** First index in sorted keys[lo … end-1] holding a value ≥ value (end if none). */
function lowerBound(keys: Int32Array, lo: number, end: number, value: number): number {
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function decodeSentence(positions: Candidate[][], data: RestoreData, weights: DecodeWeights = DEFAULT_WEIGHTS): Choice[] {
  const { lm } = data;
  const pairs = wordPairIndex(data.wordPairs);
  const beamWidth = weights.beam;
  const n = positions.length;
  // back-pointers of every layer: chosen candidate and previous state, beamWidth slots per position
  const layerCand = new Int32Array(n * beamWidth);
  const layerPrev = new Int32Array(n * beamWidth);
  // the current beam: last two units and score of each state
  let u1 = [BOS_ID];
  let u2 = [BOS_ID];
  let score = [0];
  if (scratch.top.length < beamWidth + 1) scratch.top = new Int32Array(beamWidth + 1);
  for (let p = 0; p < n; p++) {
    const cands = positions[p];
    const k = cands.length;
    const { units, order } = unitsOf(cands);
    const size = u2.length;
    // states ending in the same (u2, candidate) merge: group the beam by u2
    const groups: number[] = [];
    const groupOf = new Array<number>(size);
    for (let s = 0; s < size; s++) {
      let g = groups.indexOf(u2[s]);
      if (g < 0) g = groups.push(u2[s]) - 1;
      groupOf[s] = g;
    }
    const cells = groups.length * k;
    scratch.ensureCells(cells);
    scratch.ensureCandidates(k);
    const { cellScore, cellPrev, gain, backed, top, hits, bi, word } = scratch;
    // what depends on u2 and the candidate only: word bonus, cost, the bigram a missing trigram backs off to
    for (let g = 0; g < groups.length; g++) {
      const y = groups[g];
      lm.bigrams(y, units, order, bi);
      wordPairFlags(pairs, y, units, order, word);
      for (let c = 0; c < k; c++) {
        let v = -weights.costWeight * cands[c].cost;
        if (word[c] === 1) v += weights.wordBonus;
        gain[g * k + c] = v;
        backed[g * k + c] = v + bi[c];
        cellScore[g * k + c] = -Infinity;
      }
    }
    for (let s = 0; s < size; s++) {
      const base = score[s];
      const row = groupOf[s] * k;
      const xy = lm.pair(u1[s], u2[s]);
      const back = base + lm.pairBackoff(xy);
      lm.trigramHits(xy, units, order, hits);
      for (let c = 0; c < k; c++) {
        const hit = hits[c];
        const value = hit !== NO_TRIGRAM ? base + hit + gain[row + c] : back + backed[row + c];
        if (value > cellScore[row + c]) {
          cellScore[row + c] = value;
          cellPrev[row + c] = s;
        }
      }
    }
    // keep the best cells: insertion into a short sorted list beats sorting every cell
    let kept = 0;
    for (let cell = 0; cell < cells; cell++) {
      const value = cellScore[cell];
      if (value === -Infinity || (kept === beamWidth && value <= cellScore[top[kept - 1]])) continue;
      let at = kept < beamWidth ? kept++ : beamWidth - 1;
      while (at > 0 && cellScore[top[at - 1]] < value) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = cell;
    }
    const cut = kept > 0 ? cellScore[top[0]] - weights.threshold : 0;
    while (kept > 1 && cellScore[top[kept - 1]] < cut) kept--;
    const nextU1 = new Array<number>(kept);
    const nextU2 = new Array<number>(kept);
    const nextScore = new Array<number>(kept);
    for (let i = 0; i < kept; i++) {
      const cell = top[i];
      const c = cell % k;
      nextU1[i] = groups[(cell - c) / k];
      nextU2[i] = cands[c].unit;
      nextScore[i] = cellScore[cell];
      layerCand[p * beamWidth + i] = c;
      layerPrev[p * beamWidth + i] = cellPrev[cell];
    }
    u1 = nextU1;
    u2 = nextU2;
    score = nextScore;
  }
  // close the sentence and trace back
  let bestIndex = 0;
  let best = -Infinity;
  for (let i = 0; i < u2.length; i++) {
    const value = score[i] + lm.trigram(u1[i], u2[i], EOS_ID);
    if (value > best) {
      best = value;
      bestIndex = i;
    }
  }
  const path = new Array<number>(n);
  for (let p = n - 1, i = bestIndex; p >= 0; p--) {
    path[p] = layerCand[p * beamWidth + i];
    i = layerPrev[p * beamWidth + i];
  }
  return rescore(positions, path, data, weights);
}

function rescore(positions: Candidate[][], path: number[], data: RestoreData, weights: DecodeWeights): Choice[] {
  const { lm } = data;
  const pairs = wordPairIndex(data.wordPairs);
  const n = positions.length;
  const unitAt = (p: number) => (p < 0 ? BOS_ID : p >= n ? EOS_ID : positions[p][path[p]].unit);
  const choices = new Array<Choice>(n);
  for (let p = 0; p < n; p++) {
    const cands = positions[p];
    const k = cands.length;
    if (k === 1) {
      choices[p] = { best: 0, ranked: [0], confidence: 1 };
      continue;
    }
    const a = unitAt(p - 2);
    const b = unitAt(p - 1);
    const d = unitAt(p + 1);
    const e = p + 1 >= n ? -1 : unitAt(p + 2);
    const ab = lm.pair(a, b);
    // p(e | d) is the same for every candidate: the back-off of p(e | u, d) reuses it
    const de = e >= 0 ? lm.bigram(d, e) : 0;
    // p(u | a, b) for all candidates in two sweeps, as in the search
    const { units, order } = unitsOf(cands);
    scratch.ensureCandidates(k);
    const { hits, bi, word, scores } = scratch;
    lm.trigramHits(ab, units, order, hits);
    lm.bigrams(b, units, order, bi);
    wordPairFlags(pairs, b, units, order, word);
    const abBack = lm.pairBackoff(ab);
    for (let c = 0; c < k; c++) {
      const u = units[c];
      const bu = lm.pair(b, u);
      const ud = lm.pair(u, d);
      let s = (hits[c] !== NO_TRIGRAM ? hits[c] : abBack + bi[c]) - weights.costWeight * cands[c].cost;
      const hit = lm.trigramHit(bu, d);
      s += hit !== NO_TRIGRAM ? hit : lm.pairBackoff(bu) + lm.bigramAt(ud, u, d);
      if (e >= 0) {
        const hit2 = lm.trigramHit(ud, e);
        s += hit2 !== NO_TRIGRAM ? hit2 : lm.pairBackoff(ud) + de;
      }
      if (word[c] === 1) s += weights.wordBonus;
      if (isWordPair(pairs, u, d)) s += weights.wordBonus;
      scores[c] = s;
    }
    // candidate lists are short (≤ 17): insertion sort, best first, ties by index
    const ranked = new Array<number>(k);
    for (let c = 0; c < k; c++) {
      let at = c;
      while (at > 0 && scores[ranked[at - 1]] < scores[c]) {
        ranked[at] = ranked[at - 1];
        at--;
      }
      ranked[at] = c;
    }
    const best = path[p];
    const top = scores[ranked[0]];
    let total = 0;
    for (let c = 0; c < k; c++) total += 10 ** (scores[c] - top);
    const confidence = 10 ** (scores[best] - top) / total;
    if (ranked[0] !== best) ranked.splice(ranked.indexOf(best), 1), ranked.unshift(best);
    choices[p] = { best, ranked, confidence };
  }
  return choices;
}
