import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance, syllableAccuracy } from '../../src/measure/text-metrics.ts';

describe('text metrics', () => {
  it('counts edits between sequences', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
  });
  it('measures CER on canonical text (tone placement does not count)', () => {
    expect(characterErrorRate('Hoà bình', 'Hòa bình')).toBe(0);
    expect(characterErrorRate('Hoa binh', 'Hòa bình')).toBeCloseTo(2 / 8);
  });
  it('aligns syllables so a lost word costs one error', () => {
    const r = syllableAccuracy('thực hiện kế hoạch năm 2021', 'thực hiện tốt kế hoạch năm 2021');
    expect(r).toEqual({ accuracy: 1 - 1 / 7, errors: 1, total: 7 });
  });
});
