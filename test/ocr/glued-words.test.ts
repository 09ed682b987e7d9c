import { describe, expect, it } from 'vitest';
import { splitGluedWords } from '../../src/ocr/index.ts';

const word = (text: string) => ({ text, bbox: { l: 100, t: 0, r: 220, b: 40 }, confidence: 0.9, line: 0 });
const split = (text: string) => splitGluedWords([word(text)]).map((w) => w.text);

describe('words the OCR glued on a tight line', () => {
  it('parts a token of two syllables in capitals, or at a case change', () => {
    expect(split('DỰÁN')).toEqual(['DỰ', 'ÁN']);
    expect(split('DỰÁN,')).toEqual(['DỰ', 'ÁN,']);
    expect(split('THỨXII')).toEqual(['THỨ', 'XII']);
    expect(split('SởY')).toEqual(['Sở', 'Y']);
    expect(split('kỳI')).toEqual(['kỳ', 'I']);
  });

  it('shares the box by letter count', () => {
    const [a, b] = splitGluedWords([word('DỰÁN')]);
    expect(a.bbox).toMatchObject({ l: 100, r: 160 });
    expect(b.bbox).toMatchObject({ l: 160, r: 220 });
  });

  it('leaves syllables, acronyms and codes alone', () => {
    // OCR garbage whose second half has its tone mark on the wrong vowel is no two words
    expect(split('ĐÓỌOC')).toEqual(['ĐÓỌOC']);
    for (const t of ['TRƯỜNG', 'NGHIỆP', 'HOÁ', 'UBND', 'HĐND', 'KHTGCƠ', 'LĐTBXH', 'NQ-CP', 'TP.HCM', 'Sở', 'tỉnh']) expect(split(t)).toEqual([t]);
  });
});
