import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../src/ocr/engine.ts';
import { dropStrayMarks } from '../../src/ocr/index.ts';

type Box = { l: number; t: number; r: number; b: number };
const word = (text: string, bbox: Box, confidence = 0.95) => ({ text, bbox, confidence, line: 0 });
const line = (words: ReturnType<typeof word>[]): OcrLine => ({
  text: words.map((w) => w.text).join(' '),
  bbox: { l: Math.min(...words.map((w) => w.bbox.l)), t: Math.min(...words.map((w) => w.bbox.t)), r: Math.max(...words.map((w) => w.bbox.r)), b: Math.max(...words.map((w) => w.bbox.b)) },
  confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
  block: 0,
  words,
});

// as tesseract read the Nam Định title at 200 dpi: the marks over "CHUYỂN ĐỔI" joined "KẾ HOẠCH" above it
const heading = line([word('KẾ', { l: 1118, t: 541, r: 1240, b: 615 }), word('HOẠCH', { l: 1260, t: 541, r: 1482, b: 615 }), word('mm', { l: 1989, t: 613, r: 2173, b: 628 }, 0.4)]);
const title = line([word('ỨNG', { l: 396, t: 624, r: 560, b: 701 }), word('CHUYỂN', { l: 1700, t: 624, r: 2000, b: 701 }), word('ĐỔI', { l: 2020, t: 624, r: 2204, b: 701 })]);

describe('dropStrayMarks', () => {
  it('drops the marks of a title line read as a word of the line above, and shrinks that line to its words', () => {
    const [kept, under] = dropStrayMarks([heading, title]);
    expect(kept.text).toBe('KẾ HOẠCH');
    expect(kept.bbox).toEqual({ l: 1118, t: 541, r: 1482, b: 615 });
    expect(under).toBe(title);
  });

  it('keeps a sure word, and a thin word with no line right under it', () => {
    const sure = line([...heading.words.slice(0, 2), { ...heading.words[2], confidence: 0.9 }]);
    expect(dropStrayMarks([sure, title])[0].text).toBe('KẾ HOẠCH mm');
    const far = line([word('—', { l: 1989, t: 500, r: 2173, b: 515 }, 0.4)]);
    expect(dropStrayMarks([far, title])).toHaveLength(2);
  });
});
