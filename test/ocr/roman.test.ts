import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { countStrokes, looksLikeIStrokes, rereadRomanNumber, rereadRomanWord } from '../../src/ocr/roman.ts';
import { pageSvg } from '../../fixtures/lib/svg.ts';
import { ocrPage } from '../../src/ocr/index.ts';
import { inkBox } from '../helpers/images.ts';

/** "I" glyphs as a serif font draws them, bold and set tight: stems joined by their serifs, then a period. */
async function romanGlyphs(count: number): Promise<{ image: Buffer; right: number }> {
  let shapes = '';
  let x = 100;
  for (let i = 0; i < count; i++) {
    shapes += `<rect x="${x}" y="100" width="14" height="60" fill="black"/>`; // stem
    shapes += `<rect x="${x - 6}" y="100" width="26" height="6" fill="black"/><rect x="${x - 6}" y="154" width="26" height="6" fill="black"/>`; // serifs
    x += 24; // the serifs of neighbours touch
  }
  shapes += `<rect x="${x}" y="150" width="10" height="10" fill="black"/>`; // the period
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="260"><rect width="100%" height="100%" fill="white"/>${shapes}</svg>`;
  return { image: await sharp(Buffer.from(svg)).greyscale().png().toBuffer(), right: x + 10 };
}

const word = (text: string, r: number) => ({ text, bbox: { l: 92, t: 98, r, b: 162 }, confidence: 0.6, line: 0 });

describe('roman heading numbers re-read from the image', () => {
  it.each([1, 2, 3])('counts %i joined I strokes', async (n) => {
    const { image, right } = await romanGlyphs(n);
    expect(await countStrokes(image, word('x', right))).toBe(n);
  });
  it('turns tesseract\'s "H." for two joined I\'s into "II."', async () => {
    const { image, right } = await romanGlyphs(2);
    expect(await rereadRomanNumber(image, word('H.', right))).toBe('II.');
  });
  it('turns "II." read from three strokes into "III."', async () => {
    const { image, right } = await romanGlyphs(3);
    expect(await rereadRomanNumber(image, word('II.', right))).toBe('III.');
  });
  it('leaves arabic "1." and numbers with V or X alone', () => {
    expect(looksLikeIStrokes('1.')).toBe(false);
    expect(looksLikeIStrokes('IV.')).toBe(false);
    expect(looksLikeIStrokes('Hà')).toBe(false);
  });
});

describe('a roman heading number whose period the OCR lost', () => {
  /** an engine that answers one line: `first` over the glyphs, then a title word */
  const engine = (first: string, right: number, next: string) => ({
    async recognize() {
      const words = [word(first, right), { text: next, bbox: { l: right + 30, t: 98, r: right + 300, b: 162 }, confidence: 0.9, line: 0 }];
      return { text: `${first} ${next}`, confidence: 0.9, lines: [{ text: `${first} ${next}`, bbox: { l: 92, t: 98, r: right + 300, b: 162 }, confidence: 0.9, block: 0, words }], words };
    },
    async close() {},
  });
  const page = { number: 1, kind: 'image' as const, width: 400, height: 260, dpi: 300, transforms: [], lines: [], regions: [] };

  it('counts the strokes before a word in capitals and puts the period back ("II TIÊU CHÍ" → "III. TIÊU CHÍ")', async () => {
    const { image, right } = await romanGlyphs(3);
    const read = await ocrPage(page, engine('II', right, 'TIÊU'), image);
    expect(read.lines[0].text).toBe('III. TIÊU');
  });

  it('leaves "I" before a word in sentence case alone', async () => {
    const { image, right } = await romanGlyphs(1);
    const read = await ocrPage(page, engine('I', right, 'Tiêu'), image);
    expect(read.lines[0].text).toBe('I Tiêu');
  });
});

describe('a roman number inside a line that lost an I ("lần thứ XII" for XIII)', () => {
  /** `text` printed in the fixtures' serif at 13 pt, 300 dpi, and the box of its ink */
  async function printed(text: string, face: 'regular' | 'bold' = 'regular') {
    const page = { width: 120, height: 60, landscape: false, lines: [], items: [{ kind: 'text' as const, x: 20, y: 40, size: 13, face, text, spaceExtra: 0 }] };
    const image = await sharp(Buffer.from(pageSvg(page, 300))).flatten({ background: '#ffffff' }).greyscale().png().toBuffer();
    return { image, box: await inkBox(image) };
  }
  const read = (text: string, bbox: { l: number; t: number; r: number; b: number }) => ({ text, bbox, confidence: 0.9, line: 0 });

  it.each(['regular', 'bold'] as const)('gives back the I from the strokes (%s)', async (face) => {
    const { image, box } = await printed('XIII', face);
    expect(await rereadRomanWord(image, read('XII', box))).toBe('XIII');
    expect(await rereadRomanWord(image, read('XII,', box))).toBe('XIII,');
  });

  it('reads two I\'s joined at their serifs ("XIH", Times bold) as the I\'s the strokes count', async () => {
    const page = (text: string) => ({ width: 120, height: 60, landscape: false, lines: [], typeface: 'tinos' as const, items: [{ kind: 'text' as const, x: 20, y: 40, size: 14, face: 'bold' as const, text, spaceExtra: 0 }] });
    const image = await sharp(Buffer.from(pageSvg(page('XIII'), 300))).flatten({ background: '#ffffff' }).greyscale().png().toBuffer();
    const box = await inkBox(image);
    expect(await rereadRomanWord(image, read('XIH', box))).toBe('XIII');
    expect(await rereadRomanWord(image, read('XIH,', box))).toBe('XIII,');
    // four strokes are no "XIIII"-free reading of "XIHI"
    expect(await rereadRomanWord(image, read('XIHI', box))).toBeNull();
  });

  it('leaves a reading that matches its strokes, and what is no roman number', async () => {
    const xiii = await printed('XIII');
    expect(await rereadRomanWord(xiii.image, read('XIII', xiii.box))).toBeNull();
    const xiv = await printed('XIV');
    expect(await rereadRomanWord(xiv.image, read('XIV', xiv.box))).toBeNull();
    const iii = await printed('III');
    expect(await rereadRomanWord(iii.image, read('III', iii.box))).toBeNull(); // no IIII
    expect(await rereadRomanWord(xiv.image, read('Hà', xiv.box))).toBeNull();
  });
});
