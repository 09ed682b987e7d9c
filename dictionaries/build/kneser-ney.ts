/**
 * Interpolated Kneser-Ney trigram estimation with count pruning, written out as a
 * back-off model (ARPA-style): kept n-grams carry their interpolated probability and
 * every context a back-off weight renormalised over what pruning kept.
 *
 * Sentences are padded <s> <s> … </s>; ids are < 2^14 so a trigram packs into one
 * exact float64 key ((a·2^14 + b)·2^14 + c) and sorting the keys counts them.
 */
import { BOS_ID, EOS_ID } from '../../src/restore/lm-tokens.ts';

const B = 16384;

export interface PruneOptions {
  /** keep trigrams seen at least this often */
  minTrigram: number;
  /** keep bigrams whose continuation count reaches this (contexts of kept trigrams are always kept) */
  minBigram: number;
}

export interface BackoffModel {
  vocabSize: number;
  /** log10 p1 and log10 back-off weight per unit id */
  uniProb: Float64Array;
  uniBackoff: Float64Array;
  /** kept pairs, sorted by key x·2^14 + y, with log10 p(y|x) and the back-off weight of context (x, y) */
  pairKeys: Uint32Array;
  pairProb: Float64Array;
  pairBackoff: Float64Array;
  /** kept trigrams, sorted: context pair index, last unit, log10 p */
  triPair: Uint32Array;
  triLast: Uint16Array;
  triProb: Float64Array;
}

/** Sorted unique values of `keys` with their multiplicities. */
function runs<T extends Float64Array | Uint32Array>(sorted: T): { keys: T; counts: Uint32Array } {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  const keys = new (sorted.constructor as { new (n: number): T })(n);
  const counts = new Uint32Array(n);
  let j = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++j] = sorted[i];
    counts[j]++;
  }
  return { keys, counts };
}

function discount(counts: Uint32Array): number {
  let n1 = 0;
  let n2 = 0;
  for (const c of counts) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  return n1 / (n1 + 2 * n2);
}

function findPair(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid];
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function estimateKneserNey(ids: Int32Array, sentenceEnds: Int32Array, vocabSize: number, prune: PruneOptions): BackoffModel {
  if (vocabSize > B) throw new Error(`vocabulary of ${vocabSize} units; expected at most ${B}`);
  // 1. trigram counts
  const all = new Float64Array(ids.length + 2 * sentenceEnds.length);
  let n = 0;
  let start = 0;
  for (const end of sentenceEnds) {
    let a = BOS_ID;
    let b = BOS_ID;
    for (let i = start; i <= end; i++) {
      const c = i < end ? ids[i] : EOS_ID;
      all[n++] = (a * B + b) * B + c;
      a = b;
      b = c;
    }
    start = end;
  }
  const tri = runs(all.subarray(0, n).sort());
  const triCount = tri.counts;
  const T = tri.keys.length;
  const triA = new Uint16Array(T);
  const triB = new Uint16Array(T);
  const triC = new Uint16Array(T);
  for (let i = 0; i < T; i++) {
    const k = tri.keys[i];
    triC[i] = k % B;
    const ab = (k - triC[i]) / B;
    triB[i] = ab % B;
    triA[i] = (ab - triB[i]) / B;
  }
  // 2. continuation counts of pairs: distinct left units before (b, c)
  const pairOfTri = new Uint32Array(T);
  for (let i = 0; i < T; i++) pairOfTri[i] = triB[i] * B + triC[i];
  const pairs = runs(pairOfTri.slice().sort());
  const pairKeysAll = pairs.keys;
  const pairCont = pairs.counts;
  const P = pairKeysAll.length;
  // 3. unigram continuation counts and p1
  const uniCont = new Float64Array(vocabSize);
  for (let i = 0; i < P; i++) uniCont[pairKeysAll[i] % B]++;
  let uniTotal = 0;
  for (const c of uniCont) uniTotal += c;
  const p1 = new Float64Array(vocabSize);
  for (let w = 0; w < vocabSize; w++) p1[w] = (uniCont[w] + 1) / (uniTotal + vocabSize);
  p1[BOS_ID] = 1e-9;
  // 4. p2(y|x) for every seen pair, interpolated with p1
  const D2 = discount(pairCont);
  const p2 = new Float64Array(P);
  const ctxMass = new Float64Array(vocabSize); // Σ continuation counts per context x
  const ctxTypes = new Float64Array(vocabSize);
  for (let i = 0; i < P; i++) {
    const x = (pairKeysAll[i] - (pairKeysAll[i] % B)) / B;
    ctxMass[x] += pairCont[i];
    ctxTypes[x]++;
  }
  for (let i = 0; i < P; i++) {
    const y = pairKeysAll[i] % B;
    const x = (pairKeysAll[i] - y) / B;
    p2[i] = Math.max(pairCont[i] - D2, 0) / ctxMass[x] + ((D2 * ctxTypes[x]) / ctxMass[x]) * p1[y];
  }
  // 5. p3(c|a,b) for kept trigrams
  const D3 = discount(triCount);
  const keptTri: number[] = [];
  const p3: number[] = [];
  for (let s = 0; s < T; ) {
    let e = s;
    let mass = 0;
    while (e < T && triA[e] === triA[s] && triB[e] === triB[s]) mass += triCount[e++];
    const types = e - s;
    for (let i = s; i < e; i++) {
      if (triCount[i] < prune.minTrigram) continue;
      const lower = p2[findPair(pairKeysAll, triB[i] * B + triC[i])];
      keptTri.push(i);
      p3.push(Math.max(triCount[i] - D3, 0) / mass + ((D3 * types) / mass) * lower);
    }
    s = e;
  }
  // 6. kept pairs: frequent ones and every context of a kept trigram
  const keepPair = new Set<number>();
  for (let i = 0; i < P; i++) if (pairCont[i] >= prune.minBigram) keepPair.add(pairKeysAll[i]);
  for (const i of keptTri) keepPair.add(triA[i] * B + triB[i]);
  const pairKeys = Uint32Array.from(keepPair).sort();
  const pairProb = new Float64Array(pairKeys.length);
  for (let j = 0; j < pairKeys.length; j++) {
    const i = findPair(pairKeysAll, pairKeys[j]);
    // a context pair never seen as a continuation (e.g. <s> <s>) falls back to what backing off would give
    pairProb[j] = i >= 0 ? p2[i] : NaN;
  }
  // 7. unigram back-off weights over kept pairs
  const keptP2 = new Float64Array(vocabSize);
  const keptP1 = new Float64Array(vocabSize);
  for (let j = 0; j < pairKeys.length; j++) {
    if (Number.isNaN(pairProb[j])) continue;
    const y = pairKeys[j] % B;
    const x = (pairKeys[j] - y) / B;
    keptP2[x] += pairProb[j];
    keptP1[x] += p1[y];
  }
  const uniBackoff = new Float64Array(vocabSize);
  for (let x = 0; x < vocabSize; x++) uniBackoff[x] = Math.max(1e-9, 1 - keptP2[x]) / Math.max(1e-9, 1 - keptP1[x]);
  for (let j = 0; j < pairKeys.length; j++) {
    if (!Number.isNaN(pairProb[j])) continue;
    const y = pairKeys[j] % B;
    pairProb[j] = uniBackoff[(pairKeys[j] - y) / B] * p1[y];
  }
  const backedOffP2 = (x: number, y: number): number => {
    const j = findPair(pairKeys, x * B + y);
    return j >= 0 ? pairProb[j] : uniBackoff[x] * p1[y];
  };
  // 8. pair back-off weights over kept trigrams
  const triPair = new Uint32Array(keptTri.length);
  const triLast = new Uint16Array(keptTri.length);
  const triProb = new Float64Array(keptTri.length);
  const keptP3 = new Float64Array(pairKeys.length);
  const keptLower = new Float64Array(pairKeys.length);
  keptTri.forEach((i, k) => {
    const j = findPair(pairKeys, triA[i] * B + triB[i]);
    triPair[k] = j;
    triLast[k] = triC[i];
    triProb[k] = Math.log10(p3[k]);
    keptP3[j] += p3[k];
    keptLower[j] += backedOffP2(triB[i], triC[i]);
  });
  const pairBackoff = new Float64Array(pairKeys.length);
  for (let j = 0; j < pairKeys.length; j++) {
    pairBackoff[j] = keptP3[j] === 0 ? 0 : Math.log10(Math.max(1e-9, 1 - keptP3[j]) / Math.max(1e-9, 1 - keptLower[j]));
    pairProb[j] = Math.log10(pairProb[j]);
  }
  return {
    vocabSize,
    uniProb: p1.map((p) => Math.log10(p)),
    uniBackoff: uniBackoff.map((w) => Math.log10(w)),
    pairKeys,
    pairProb,
    pairBackoff,
    triPair,
    triLast,
    triProb,
  };
}
