import { describe, expect, it } from 'vitest';
import { canonicalSyllable, detectTonePlacement, diacriticRatio, stripDiacritics, toModernTone, toOldTone } from '../../src/text/vietnamese.ts';

describe('tone placement', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['HOÀ', 'HÒA'],
  ])('the older "%s" and the modern "%s" compare equal', (old, modern) => {
    expect(canonicalSyllable(old)).toBe(canonicalSyllable(modern));
    expect(toModernTone(old)).toBe(modern);
    expect(toOldTone(modern)).toBe(old);
  });
  it.each(['hoàng', 'người', 'được', 'quý', 'già', 'thuyền', 'quốc', 'ngoài', 'khuya'])('leaves "%s" as it is in both placements', (w) => {
    expect(toModernTone(w)).toBe(w);
    expect(toOldTone(w)).toBe(w);
  });
  it('tells which placement a text uses', () => {
    expect(detectTonePlacement('hoà bình, thuỷ lợi')).toBe('old');
    expect(detectTonePlacement('hòa bình, thủy lợi')).toBe('modern');
    expect(detectTonePlacement('kế hoạch')).toBeNull();
  });
});

describe('stripping and ratios', () => {
  it('strips every mark and đ', () => {
    expect(stripDiacritics('Hội đồng Thi đua - Khen thưởng ĐỒNG THÁP')).toBe('Hoi dong Thi dua - Khen thuong DONG THAP');
  });
  it('measures how much of a text carries diacritics', () => {
    expect(diacriticRatio('Thực hiện Kế hoạch số 03')).toBeGreaterThan(0.6);
    expect(diacriticRatio('Thirc hien Ke hoach so 03')).toBe(0);
  });
});
