import { describe, expect, it } from 'vitest';
import { encodeLm } from '../../src/restore/lm-format.ts';
import { LanguageModel } from '../../src/restore/language-model.ts';
import { loadRestoreData } from '../../src/restore/data.ts';
import { restore } from '../../src/restore/restorer.ts';

describe('the syllable language model', () => {
  it('reads back what the format wrote and backs off to lower orders', () => {
    // units 0..2; pair (0,1) with one trigram (0,1,2)
    const bytes = encodeLm(
      {
        uniProb: Int16Array.from([-3000, -1000, -2000]),
        uniBack: Int16Array.from([-100, -200, 0]),
        pairAt: Uint32Array.from([0, 1, 1, 1]),
        pairY: Uint16Array.from([1]),
        pairProb: Int16Array.from([-500]),
        pairBack: Int16Array.from([-300]),
        triAt: Uint32Array.from([0, 1]),
        triZ: Uint16Array.from([2]),
        triProb: Int16Array.from([-250]),
      },
      { v: 3, p: 1, t: 1 },
    );
    const unaligned = new Uint8Array(bytes.length + 1);
    unaligned.set(bytes, 1);
    const lm = new LanguageModel(unaligned.subarray(1)); // a buffer at an odd offset must load too
    expect(lm.size).toBe(3);
    expect(lm.trigram(0, 1, 2)).toBeCloseTo(-0.25);
    expect(lm.bigram(0, 1)).toBeCloseTo(-0.5);
    // unseen trigram (0,1,1): back-off of (0,1) + back-off of 1 + p(1)
    expect(lm.trigram(0, 1, 1)).toBeCloseTo(-0.3 - 0.2 - 1);
    // the trigrams the model holds after a context, and none after a pair it never saw
    expect(lm.successors(0, 1)).toEqual([{ unit: 2, logProb: expect.closeTo(-0.25) }]);
    expect(lm.successors(1, 2)).toEqual([]);
  });

  it('prefers Vietnamese word order in the built model', async () => {
    const { lm, unitId } = await loadRestoreData();
    const id = (s: string) => unitId.get(s)!;
    expect(lm.trigram(id('thi'), id('đua'), id('khen'))).toBeGreaterThan(lm.trigram(id('thi'), id('đua'), id('khên') ?? 2));
    expect(lm.bigram(id('khen'), id('thưởng'))).toBeGreaterThan(lm.bigram(id('khen'), id('thương')));
  });

  it('restores a text through the one-call library API', async () => {
    expect(await restore('Ke hoach\nthi dua khen thuong')).toBe('Kế hoạch\nthi đua khen thưởng');
  });
});
