/**
 * Binary layout of the syllable trigram model (dictionaries/data/lm.bin), shared by the
 * writer in the build and the loader here. Little-endian; every section starts on a
 * 4-byte boundary so the file maps straight onto typed arrays without parsing.
 *
 *   header   u32 × 8: magic "KHLM", version, units V, pairs P, trigrams T, scale, 0, 0
 *   uniProb  i16[V]   log10 p(w) × scale
 *   uniBack  i16[V]   log10 back-off weight of context w × scale
 *   pairAt   u32[V+1] pairs of first unit x are pairAt[x] … pairAt[x+1]-1 (sorted by y)
 *   pairY    u16[P]
 *   pairProb i16[P]   log10 p(y|x) × scale
 *   pairBack i16[P]   log10 back-off weight of context (x, y) × scale
 *   triAt    u32[P+1] trigrams of context pair j are triAt[j] … triAt[j+1]-1 (sorted by z)
 *   triZ     u16[T]
 *   triProb  i16[T]   log10 p(z|x,y) × scale
 */
export const LM_MAGIC = 0x4d4c484b;
export const LM_VERSION = 1;
export const LM_SCALE = 1000;

export interface LmArrays {
  uniProb: Int16Array;
  uniBack: Int16Array;
  pairAt: Uint32Array;
  pairY: Uint16Array;
  pairProb: Int16Array;
  pairBack: Int16Array;
  triAt: Uint32Array;
  triZ: Uint16Array;
  triProb: Int16Array;
}

type Section = [keyof LmArrays, 'i16' | 'u16' | 'u32', (v: number, p: number, t: number) => number];
export const LM_SECTIONS: Section[] = [
  ['uniProb', 'i16', (v) => v],
  ['uniBack', 'i16', (v) => v],
  ['pairAt', 'u32', (v) => v + 1],
  ['pairY', 'u16', (_v, p) => p],
  ['pairProb', 'i16', (_v, p) => p],
  ['pairBack', 'i16', (_v, p) => p],
  ['triAt', 'u32', (_v, p) => p + 1],
  ['triZ', 'u16', (_v, _p, t) => t],
  ['triProb', 'i16', (_v, _p, t) => t],
];

const BYTES = { i16: 2, u16: 2, u32: 4 } as const;
const HEADER_BYTES = 32;
const align4 = (n: number) => (n + 3) & ~3;

export function encodeLm(arrays: LmArrays, sizes: { v: number; p: number; t: number }): Uint8Array {
  let total = HEADER_BYTES;
  for (const [, type, len] of LM_SECTIONS) total += align4(len(sizes.v, sizes.p, sizes.t) * BYTES[type]);
  const out = new Uint8Array(total);
  const header = new Uint32Array(out.buffer, 0, 8);
  header.set([LM_MAGIC, LM_VERSION, sizes.v, sizes.p, sizes.t, LM_SCALE, 0, 0]);
  let at = HEADER_BYTES;
  for (const [name, type, len] of LM_SECTIONS) {
    const n = len(sizes.v, sizes.p, sizes.t);
    const src = arrays[name];
    if (src.length !== n) throw new Error(`lm section ${name}: expected ${n} values, got ${src.length}`);
    out.set(new Uint8Array(src.buffer, src.byteOffset, n * BYTES[type]), at);
    at += align4(n * BYTES[type]);
  }
  return out;
}

export function decodeLm(bytes: Uint8Array): LmArrays & { v: number; p: number; t: number; scale: number } {
  // typed-array views need aligned offsets; a file read into a pooled buffer may not be
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(buf.buffer, buf.byteOffset, 8);
  if (header[0] !== LM_MAGIC || header[1] !== LM_VERSION) {
    throw new Error(`lm.bin: unexpected header ${header[0].toString(16)} v${header[1]}, expected KHLM v${LM_VERSION}; rebuild with npm run build:dict`);
  }
  const [v, p, t, scale] = [header[2], header[3], header[4], header[5]];
  const ctor = { i16: Int16Array, u16: Uint16Array, u32: Uint32Array } as const;
  const arrays: Partial<LmArrays> = {};
  let at = buf.byteOffset + HEADER_BYTES;
  for (const [name, type, len] of LM_SECTIONS) {
    const n = len(v, p, t);
    (arrays as Record<string, unknown>)[name] = new ctor[type](buf.buffer as ArrayBuffer, at, n);
    at += align4(n * BYTES[type]);
  }
  return { ...(arrays as LmArrays), v, p, t, scale };
}
