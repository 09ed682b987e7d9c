import { describe, expect, it } from 'vitest';
import { joinSplitWords, splitGluedWords } from '../../src/ocr/index.ts';

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

describe('a syllable the OCR cut in two', () => {
  // words laid left to right: [text, left, right]; spaces of 20 px between words
  const line = (...ws: Array<[string, number, number]>) => ws.map(([text, l, r]) => ({ text, bbox: { l, t: 0, r, b: 40 }, confidence: 0.9, line: 0 }));
  const texts = (ws: ReturnType<typeof line>) => joinSplitWords(ws).map((w) => w.text);

  it('joins two close pieces that are one syllable, at least one of them none', () => {
    const ws = line(['GIẢM', 0, 100], ['NGH', 120, 190], ['ÈO', 193, 240], ['BỀN', 260, 330], ['VỮNG', 350, 450]);
    expect(texts(ws)).toEqual(['GIẢM', 'NGHÈO', 'BỀN', 'VỮNG']);
    expect(joinSplitWords(ws)[1].bbox).toMatchObject({ l: 120, r: 240 });
    expect(texts(line(['giảm', 0, 80], ['ngh', 100, 150], ['èo,', 152, 190], ['bền', 210, 260]))).toEqual(['giảm', 'nghèo,', 'bền']);
  });

  it('joins touching pieces where the OCR read the letter at the cut twice', () => {
    // as tesseract read a bold title: NGHỀ[1962-2128] ÈO[2128-2211]
    expect(texts(line(['GIẢM', 1755, 1937], ['NGHỀ', 1962, 2128], ['ÈO', 2128, 2211], ['BỀN', 2236, 2380]))).toEqual(['GIẢM', 'NGHÈO', 'BỀN']);
    // a space between them: two words
    expect(texts(line(['GIẢM', 1755, 1937], ['NGHỀ', 1962, 2128], ['ÈO', 2150, 2233], ['BỀN', 2258, 2400]))).toEqual(['GIẢM', 'NGHỀ', 'ÈO', 'BỀN']);
  });

  it('leaves two syllables, pieces a space apart, codes and mixed case alone', () => {
    expect(texts(line(['CỦA', 0, 70], ['A', 76, 94], ['LÀ', 114, 154]))).toEqual(['CỦA', 'A', 'LÀ']);
    expect(texts(line(['GIẢM', 0, 100], ['NGH', 120, 190], ['ÈO', 210, 250], ['BỀN', 270, 330]))).toEqual(['GIẢM', 'NGH', 'ÈO', 'BỀN']);
    expect(texts(line(['UBND', 0, 100], ['TP', 102, 150], ['Hà', 170, 210], ['Nội', 230, 280]))).toEqual(['UBND', 'TP', 'Hà', 'Nội']);
    expect(texts(line(['ngh', 0, 60], ['Èo', 62, 100], ['và', 120, 160]))).toEqual(['ngh', 'Èo', 'và']);
  });
});
