import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { flattenBackground } from '../../src/preprocess/background.ts';
import { preprocessPage } from '../../src/preprocess/index.ts';
import { barPage } from '../helpers/images.ts';

/** The bar page as a bound archive copy: tinted paper whose light falls off towards the left edge, print darkened with it. */
async function shadowedPage(): Promise<{ image: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(await barPage()).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = 1 - 0.65 * Math.max(0, 1 - x / (width * 0.3)) ** 2;
      const i = y * width + x;
      data[i] = Math.round((data[i] > 128 ? 220 : 60) * light);
    }
  }
  return { image: await sharp(data, { raw: { width, height, channels: 1 } }).png().toBuffer(), width, height };
}

async function grey(image: Buffer, x: number, y: number): Promise<number> {
  const { data, info } = await sharp(image).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return data[y * info.width + x];
}

describe('flattenBackground', () => {
  it('lifts the paper in a binding shadow to the tone of the rest and keeps the print dark there', async () => {
    const { image } = await shadowedPage();
    // the bar page's first line of bars starts at x 120, y 150; the gap below it (y 180) is paper.
    // x 60 is in the margin, 0.4 inch from the edge (nearer than the filter's reach the paper is read from further in)
    expect(await grey(image, 60, 180)).toBeLessThan(130); // paper in the shadow, before
    const flat = await flattenBackground(image, 150);
    expect(flat.unevenness).toBeGreaterThan(100);
    const paperAtEdge = await grey(flat.image, 60, 180);
    const paperAtMiddle = await grey(flat.image, 620, 180);
    expect(Math.abs(paperAtEdge - paperAtMiddle)).toBeLessThan(20);
    expect(paperAtEdge).toBeGreaterThan(225);
    const printInShadow = await grey(flat.image, 125, 159);
    expect(paperAtEdge - printInShadow).toBeGreaterThan(120);
  });

  it('leaves an evenly lit page as it is, the same bytes', async () => {
    const image = await barPage();
    const flat = await flattenBackground(image, 150);
    expect(flat.unevenness).toBeNull();
    expect(flat.image).toBe(image);
  });

  it('is the first step of preprocessing, recorded on the page', async () => {
    const { image, width, height } = await shadowedPage();
    const page = await preprocessPage({ number: 1, kind: 'image', width, height, dpi: 150, image, transforms: [], lines: [], regions: [] });
    expect(page.transforms[0]).toMatch(/^uneven paper flattened \(\d+ grey levels\)$/);
  });
});
