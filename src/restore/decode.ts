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

export const DEFAULT_WEIGHTS: DecodeWeights = { beam: 8, wordBonus: 0.3, costWeight: 1 };

export interface Choice {
  /** index into the position's candidates */
  best: number;
  /** candidate indices, best first */
  ranked: number[];
  /** 0–1 share of the best candidate among the rescored ones */
  confidence: number;
}

interface State {
  u1: number;
  u2: number;
  score: number;
  cand: number;
  prev: number;
}

export function decodeSentence(positions: Candidate[][], data: RestoreData, weights: DecodeWeights = DEFAULT_WEIGHTS): Choice[] {
  const { lm, wordPairs } = data;
  const layers: State[][] = [];
  let beam: State[] = [{ u1: BOS_ID, u2: BOS_ID, score: 0, cand: -1, prev: -1 }];
  for (const cands of positions) {
    const merged = new Map<number, State>();
    for (let s = 0; s < beam.length; s++) {
      const st = beam[s];
      const xy = lm.pair(st.u1, st.u2);
      for (let c = 0; c < cands.length; c++) {
        const cand = cands[c];
        let score = st.score + lm.trigramAt(xy, st.u2, cand.unit) - weights.costWeight * cand.cost;
        if (wordPairs.has(pairKey(st.u2, cand.unit))) score += weights.wordBonus;
        const key = pairKey(st.u2, cand.unit);
        const old = merged.get(key);
        if (!old || old.score < score) merged.set(key, { u1: st.u2, u2: cand.unit, score, cand: c, prev: s });
      }
    }
    beam = [...merged.values()].sort((a, b) => b.score - a.score).slice(0, weights.beam);
    layers.push(beam);
  }
  // close the sentence and trace back
  let bestIndex = 0;
  let bestScore = -Infinity;
  beam.forEach((st, i) => {
    const score = st.score + lm.trigram(st.u1, st.u2, EOS_ID);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  });
  const path = new Array<number>(positions.length);
  for (let p = positions.length - 1, i = bestIndex; p >= 0; p--) {
    const st = layers[p][i];
    path[p] = st.cand;
    i = st.prev;
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
    const scores = cands.map((cand) => {
      const u = cand.unit;
      let s = lm.trigram(a, b, u) + lm.trigram(b, u, d) - weights.costWeight * cand.cost;
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
