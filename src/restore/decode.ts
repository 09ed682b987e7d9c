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
import { pairKey, type RestoreData } from './data.ts';
import type { Candidate } from './candidates.ts';

export interface DecodeWeights {
  beam: number;
  /** log10 bonus per adjacent pair inside a known word */
  wordBonus: number;
  /** multiplier of candidate costs */
  costWeight: number;
}

export const DEFAULT_WEIGHTS: DecodeWeights = { beam: 12, wordBonus: 0.3, costWeight: 1 };

export interface Choice {
  /** index into the position's candidates */
  best: number;
  /** candidate indices, best first */
  ranked: number[];
  /** 0–1 share of the best candidate among the rescored ones */
  confidence: number;
}

/** One beam layer: parallel arrays of states (last two units, score, chosen candidate, previous state). */
interface Layer {
  u1: number[];
  u2: number[];
  score: number[];
  cand: number[];
  prev: number[];
  size: number;
}

// plain arrays: a sentence allocates a few small layers per position, where typed arrays cost more to create
function emptyLayer(capacity: number): Layer {
  return {
    u1: new Array<number>(capacity),
    u2: new Array<number>(capacity),
    score: new Array<number>(capacity),
    cand: new Array<number>(capacity),
    prev: new Array<number>(capacity),
    size: 0,
  };
}

export function decodeSentence(positions: Candidate[][], data: RestoreData, weights: DecodeWeights = DEFAULT_WEIGHTS): Choice[] {
  const { lm, wordPairs } = data;
  const layers: Layer[] = [];
  let beam = emptyLayer(1);
  beam.u1[0] = BOS_ID;
  beam.u2[0] = BOS_ID;
  beam.score[0] = 0;
  beam.cand[0] = -1;
  beam.prev[0] = -1;
  beam.size = 1;
  for (const cands of positions) {
    // states ending in the same (u2, candidate) merge: group the beam by u2 first
    const groups: number[] = [];
    const groupOf = new Array<number>(beam.size);
    for (let s = 0; s < beam.size; s++) {
      let g = groups.indexOf(beam.u2[s]);
      if (g < 0) g = groups.push(beam.u2[s]) - 1;
      groupOf[s] = g;
    }
    const k = cands.length;
    const cells = groups.length * k;
    const bestScore = new Array<number>(cells).fill(-Infinity);
    const bestPrev = new Array<number>(cells).fill(0);
    for (let s = 0; s < beam.size; s++) {
      const u2 = beam.u2[s];
      const xy = lm.pair(beam.u1[s], u2);
      const base = beam.score[s];
      const row = groupOf[s] * k;
      for (let c = 0; c < k; c++) {
        const cand = cands[c];
        let score = base + lm.trigramAt(xy, u2, cand.unit) - weights.costWeight * cand.cost;
        if (wordPairs.has(pairKey(u2, cand.unit))) score += weights.wordBonus;
        if (score > bestScore[row + c]) {
          bestScore[row + c] = score;
          bestPrev[row + c] = s;
        }
      }
    }
    // keep the best cells: insertion into a short sorted list beats sorting every cell
    const top: number[] = [];
    for (let cell = 0; cell < cells; cell++) {
      const score = bestScore[cell];
      if (score === -Infinity || (top.length === weights.beam && score <= bestScore[top[top.length - 1]])) continue;
      let at = top.length;
      while (at > 0 && bestScore[top[at - 1]] < score) at--;
      top.splice(at, 0, cell);
      if (top.length > weights.beam) top.pop();
    }
    const size = top.length;
    const next = emptyLayer(size);
    for (let i = 0; i < size; i++) {
      const cell = top[i];
      const c = cell % k;
      next.u1[i] = groups[(cell - c) / k];
      next.u2[i] = cands[c].unit;
      next.score[i] = bestScore[cell];
      next.cand[i] = c;
      next.prev[i] = bestPrev[cell];
    }
    next.size = size;
    layers.push(next);
    beam = next;
  }
  // close the sentence and trace back
  let bestIndex = 0;
  let best = -Infinity;
  for (let i = 0; i < beam.size; i++) {
    const score = beam.score[i] + lm.trigram(beam.u1[i], beam.u2[i], EOS_ID);
    if (score > best) {
      best = score;
      bestIndex = i;
    }
  }
  const path = new Array<number>(positions.length);
  for (let p = positions.length - 1, i = bestIndex; p >= 0; p--) {
    path[p] = layers[p].cand[i];
    i = layers[p].prev[i];
  }
  return rescore(positions, path, data, weights);
}

function rescore(positions: Candidate[][], path: number[], data: RestoreData, weights: DecodeWeights): Choice[] {
  const { lm, wordPairs } = data;
  const unitAt = (p: number) => (p < 0 ? BOS_ID : p >= positions.length ? EOS_ID : positions[p][path[p]].unit);
  return positions.map((cands, p) => {
    if (cands.length === 1) return { best: 0, ranked: [0], confidence: 1 };
    const a = unitAt(p - 2);
    const b = unitAt(p - 1);
    const d = unitAt(p + 1);
    const e = p + 1 >= positions.length ? -1 : unitAt(p + 2);
    const ab = lm.pair(a, b);
    const scores = cands.map((cand) => {
      const u = cand.unit;
      let s = lm.trigramAt(ab, b, u) + lm.trigram(b, u, d) - weights.costWeight * cand.cost;
      if (e >= 0) s += lm.trigram(u, d, e);
      if (wordPairs.has(pairKey(b, u))) s += weights.wordBonus;
      if (wordPairs.has(pairKey(u, d))) s += weights.wordBonus;
      return s;
    });
    const ranked = scores.map((_, i) => i).sort((i, j) => scores[j] - scores[i]);
    const best = path[p];
    let total = 0;
    for (const s of scores) total += 10 ** (s - scores[ranked[0]]);
    const confidence = 10 ** (scores[best] - scores[ranked[0]]) / total;
    return { best, ranked: [best, ...ranked.filter((i) => i !== best)], confidence };
  });
}
