/**
 * The syllable trigram model at run time: typed arrays over lm.bin and back-off
 * scoring. Scores are log10 probabilities.
 */
import { decodeLm, type LmArrays } from './lm-format.ts';

export class LanguageModel {
  readonly size: number;
  private readonly a: LmArrays;
  private readonly scale: number;

  constructor(bytes: Uint8Array) {
    const decoded = decodeLm(bytes);
    this.a = decoded;
    this.size = decoded.v;
    this.scale = decoded.scale;
  }

  /** Index of pair (x, y) in the pair table, or -1. */
  pair(x: number, y: number): number {
    const { pairAt, pairY } = this.a;
    let lo = pairAt[x];
    let hi = pairAt[x + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = pairY[mid];
      if (v === y) return mid;
      if (v < y) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** log10 p(y | x), backing off to the unigram. */
  bigram(x: number, y: number): number {
    const j = this.pair(x, y);
    if (j >= 0) return this.a.pairProb[j] / this.scale;
    return (this.a.uniBack[x] + this.a.uniProb[y]) / this.scale;
  }

  /** log10 p(z | x, y) where `xy` = pair(x, y) was looked up once for many z. */
  trigramAt(xy: number, y: number, z: number): number {
    if (xy < 0) return this.bigram(y, z);
    const { triAt, triZ, triProb, pairBack } = this.a;
    let lo = triAt[xy];
    let hi = triAt[xy + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = triZ[mid];
      if (v === z) return triProb[mid] / this.scale;
      if (v < z) lo = mid + 1;
      else hi = mid - 1;
    }
    return pairBack[xy] / this.scale + this.bigram(y, z);
  }

  /** log10 p(z | x, y). */
  trigram(x: number, y: number, z: number): number {
    return this.trigramAt(this.pair(x, y), y, z);
  }

  /** log10 p(w), the continuation unigram. */
  unigram(w: number): number {
    return this.a.uniProb[w] / this.scale;
  }
}
