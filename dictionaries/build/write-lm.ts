/** Turns the estimated back-off model into the lm.bin layout (CSR over units and pairs). */
import { encodeLm, LM_SCALE } from '../../src/restore/lm-format.ts';
import type { BackoffModel } from './kneser-ney.ts';

const B = 16384;
const toInt16 = (values: Float64Array): Int16Array =>
  Int16Array.from(values, (v) => Math.max(-32767, Math.min(32767, Math.round(v * LM_SCALE))));

export function writeLm(model: BackoffModel): Uint8Array {
  const v = model.vocabSize;
  const p = model.pairKeys.length;
  const t = model.triLast.length;
  const pairAt = new Uint32Array(v + 1);
  const pairY = new Uint16Array(p);
  for (let j = 0; j < p; j++) {
    pairAt[Math.floor(model.pairKeys[j] / B) + 1]++;
    pairY[j] = model.pairKeys[j] % B;
  }
  for (let x = 0; x < v; x++) pairAt[x + 1] += pairAt[x];
  const triAt = new Uint32Array(p + 1);
  for (let k = 0; k < t; k++) triAt[model.triPair[k] + 1]++;
  for (let j = 0; j < p; j++) triAt[j + 1] += triAt[j];
  return encodeLm(
    {
      uniProb: toInt16(model.uniProb),
      uniBack: toInt16(model.uniBackoff),
      pairAt,
      pairY,
      pairProb: toInt16(model.pairProb),
      pairBack: toInt16(model.pairBackoff),
      triAt,
      triZ: model.triLast,
      triProb: toInt16(model.triProb),
    },
    { v, p, t },
  );
}
