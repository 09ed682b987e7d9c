/**
 * The syllable trigram model at run time: typed arrays over lm.bin and back-off
 * scoring. Scores are log10 probabilities.
 *
 * Lookups are memory-bound (the model is far larger than the CPU caches), so the
 * layout decides the speed: a context pair is found through an open-addressing hash
 * table built at load (one probe, one cache line, instead of a binary search over all
 * successors of x), and the decoder scores all candidates of a position after one
 * context in a single sweep over that context's sorted successors (trigramHits,
 * bigrams), which lie together in lm.bin.
 */
import { decodeLm, type LmArrays } from './lm-format.ts';

/** Returned by trigramScaled when the model has no such trigram. */
export const NO_TRIGRAM = 1;

/** Power-of-two table size at most half full. */
function tableSize(entries: number): number {
  let size = 1024;
  while (size < entries * 2) size *= 2;
  return size;
}

/** Mixes two small non-negative integers into a table slot. */
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h & mask;
}

/** Index of `value` in sorted keys[lo … hi-1], or −(insertion point) − 1. */
function findSorted(keys: Uint16Array, lo: number, hi: number, value: number): number {
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

export class LanguageModel {
  readonly size: number;
  private readonly a: LmArrays;
  private readonly scale: number;
  // pair table: two i32 per slot, [x + 1, y], so a probe touches one cache line (0: empty);
  // the pair index sits in a parallel array, read on a hit only
  private readonly pairMask: number;
  private readonly pairSlots: Int32Array;
  private readonly pairIndex: Int32Array;

  constructor(bytes: Uint8Array) {
    const decoded = decodeLm(bytes);
    this.a = decoded;
    this.size = decoded.v;
    this.scale = decoded.scale;
    const { pairAt, pairY } = decoded;

    const pairCap = tableSize(decoded.p);
    this.pairMask = pairCap - 1;
    this.pairSlots = new Int32Array(pairCap * 2);
    this.pairIndex = new Int32Array(pairCap);
    for (let x = 0; x < decoded.v; x++) {
      for (let j = pairAt[x]; j < pairAt[x + 1]; j++) {
        const y = pairY[j];
        let h = slot(x, y, this.pairMask);
        while (this.pairSlots[2 * h] !== 0) h = (h + 1) & this.pairMask;
        this.pairSlots[2 * h] = x + 1;
        this.pairSlots[2 * h + 1] = y;
        this.pairIndex[h] = j;
      }
    }

  }

  /** Index of pair (x, y) in the pair table, or -1. */
  pair(x: number, y: number): number {
    const slots = this.pairSlots;
    const mask = this.pairMask;
    const want = x + 1;
    for (let h = slot(x, y, mask); ; h = (h + 1) & mask) {
      const k = slots[2 * h];
      if (k === 0) return -1;
      if (k === want && slots[2 * h + 1] === y) return this.pairIndex[h];
    }
  }

  /** log10 p(y | x), backing off to the unigram. */
  bigram(x: number, y: number): number {
    const j = this.pair(x, y);
    if (j >= 0) return this.a.pairProb[j] / this.scale;
    return (this.a.uniBack[x] + this.a.uniProb[y]) / this.scale;
  }

  /** log10 p(y | x) where `xy` = pair(x, y) is known. */
  bigramAt(xy: number, x: number, y: number): number {
    if (xy >= 0) return this.a.pairProb[xy] / this.scale;
    return (this.a.uniBack[x] + this.a.uniProb[y]) / this.scale;
  }

  /** log10 back-off weight of context pair `xy` (an index from pair()); 0 for -1. */
  pairBackoff(xy: number): number {
    return xy < 0 ? 0 : this.a.pairBack[xy] / this.scale;
  }

  /**
   * log10 p(z | pair `xy`) when the model holds that trigram, else NO_TRIGRAM. The
   * decoder adds pairBackoff(xy) + bigram(y, z) itself on a miss, computing the bigram
   * once for all the contexts that share y.
   */
  trigramHit(xy: number, z: number): number {
    if (xy < 0) return NO_TRIGRAM;
    const { triAt, triZ, triProb } = this.a;
    const at = findSorted(triZ, triAt[xy], triAt[xy + 1], z);
    return at >= 0 ? triProb[at] / this.scale : NO_TRIGRAM;
  }

  /**
   * trigramHit(xy, units[c]) for every c, visiting the units in ascending order
   * (`order`): the successors of a context sit together, sorted, so one sweep with a
   * narrowing search stays in a few cache lines where separate lookups would not.
   */
  trigramHits(xy: number, units: Int32Array, order: Int32Array, out: Float64Array): void {
    if (xy < 0) {
      out.fill(NO_TRIGRAM, 0, units.length);
      return;
    }
    const { triAt, triZ, triProb } = this.a;
    let lo = triAt[xy];
    const end = triAt[xy + 1];
    for (let i = 0; i < order.length; i++) {
      const c = order[i];
      const at = findSorted(triZ, lo, end, units[c]);
      if (at >= 0) {
        out[c] = triProb[at] / this.scale;
        lo = at + 1;
      } else {
        out[c] = NO_TRIGRAM;
        lo = -at - 1;
      }
    }
  }

  /** bigram(x, units[c]) for every c, in one sweep over x's successors like trigramHits. */
  bigrams(x: number, units: Int32Array, order: Int32Array, out: Float64Array): void {
    const { pairAt, pairY, pairProb, uniBack, uniProb } = this.a;
    let lo = pairAt[x];
    const end = pairAt[x + 1];
    for (let i = 0; i < order.length; i++) {
      const c = order[i];
      const y = units[c];
      const at = findSorted(pairY, lo, end, y);
      if (at >= 0) {
        out[c] = pairProb[at] / this.scale;
        lo = at + 1;
      } else {
        out[c] = (uniBack[x] + uniProb[y]) / this.scale;
        lo = -at - 1;
      }
    }
  }

  /** log10 p(z | x, y) where `xy` = pair(x, y) was looked up once for many z. */
  trigramAt(xy: number, y: number, z: number): number {
    if (xy < 0) return this.bigram(y, z);
    const hit = this.trigramHit(xy, z);
    if (hit !== NO_TRIGRAM) return hit;
    return this.a.pairBack[xy] / this.scale + this.bigram(y, z);
  }

  /** log10 p(z | x, y). */
  trigram(x: number, y: number, z: number): number {
    return this.trigramAt(this.pair(x, y), y, z);
  }

  /** The successors z the model holds a trigram (x, y, z) for, most likely first, with log10 p(z | x, y). */
  successors(x: number, y: number): Array<{ unit: number; logProb: number }> {
    const xy = this.pair(x, y);
    if (xy < 0) return [];
    const { triAt, triZ, triProb } = this.a;
    const out: Array<{ unit: number; logProb: number }> = [];
    for (let k = triAt[xy]; k < triAt[xy + 1]; k++) out.push({ unit: triZ[k], logProb: triProb[k] / this.scale });
    return out.sort((p, q) => q.logProb - p.logProb);
  }

  /** log10 p(w), the continuation unigram. */
  unigram(w: number): number {
    return this.a.uniProb[w] / this.scale;
  }
}
