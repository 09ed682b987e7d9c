import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pageSvg } from '../../fixtures/lib/svg.ts';
import { splitAtCommaSpaces } from '../../src/ocr/comma-space.ts';
import type { OcrLine } from '../../src/ocr/engine.ts';
import { inkBox } from '../helpers/images.ts';

/** `printed` set in Tinos 12 pt at 300 dpi, read back as one word `read` over its ink (a page pass that lost the spaces). */
async function gluedLine(printed: string, read: string): Promise<{ image: Buffer; line: OcrLine }> {
  const page = { width: 300, height: 50, landscape: false, lines: [], typeface: 'tinos' as const, items: [{ kind: 'text' as const, x: 10, y: 30, size: 12, face: 'regular' as const, text: printed, spaceExtra: 0 }] };
  const image = await sharp(Buffer.from(pageSvg(page, 300))).flatten({ background: '#ffffff' }).greyscale().png().toBuffer();
  const box = await inkBox(image);
  const word = { text: read, bbox: box, confidence: 0.9, line: 0 };
  return { image, line: { text: read, bbox: box, confidence: 0.9, block: 0, words: [word] } };
}

describe('words glued where a space was printed', () => {
  it('splits after a comma or a stop, and between a number and a word, where the image shows a space', async () => {
    for (const [printed, glued] of [
      ['VT, NC.', 'VT,NC.'],
      ['CT. 08 KH', 'CT.08KH'],
      ['xã, phường;', 'xã,phường;'],
    ]) {
      const { image, line } = await gluedLine(printed, glued);
      const [read] = await splitAtCommaSpaces([line], image);
      expect(read.text).toBe(printed);
      expect(read.words.map((w) => w.text)).toEqual(printed.split(' '));
      // the pieces' boxes follow each other inside the word's
      expect(read.words.every((w, i) => w.bbox.l < w.bbox.r && (i === 0 || w.bbox.l >= read.words[i - 1].bbox.r))).toBe(true);
    }
  });

  it('leaves what was printed without a space: codes set tight, decimals, "1A"', async () => {
    for (const printed of ['VH,TT&DL', 'TP.HCM', '1,5', '(1A,1G)', '(V-10b).']) {
      const { image, line } = await gluedLine(printed, printed);
      expect((await splitAtCommaSpaces([line], image))[0]).toBe(line);
    }
    // "ISO" read "1SO": a number's gap to a word must be a full space
    const { image, line } = await gluedLine('ISO', '1SO');
    expect((await splitAtCommaSpaces([line], image))[0].text).toBe('1SO');
  });
});
