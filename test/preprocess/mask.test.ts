import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { maskRegions } from '../../src/preprocess/mask.ts';
import { barPage } from '../helpers/images.ts';

async function inkIn(image: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data } = await sharp(image).extract(box).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 128).length;
}

describe('maskRegions', () => {
  it('paints the given boxes white and leaves the rest of the page as it was', async () => {
    const page = await barPage();
    const masked = await maskRegions(page, [{ l: 100, t: 400, r: 1100, b: 900 }]);
    expect(await inkIn(page, { left: 150, top: 450, width: 900, height: 400 })).toBeGreaterThan(1000);
    expect(await inkIn(masked, { left: 150, top: 450, width: 900, height: 400 })).toBe(0);
    expect(await inkIn(masked, { left: 150, top: 1000, width: 900, height: 400 })).toBe(await inkIn(page, { left: 150, top: 1000, width: 900, height: 400 }));
  });
  it('returns the page untouched when there is nothing to mask', async () => {
    const page = await barPage();
    expect(await maskRegions(page, [])).toBe(page);
  });
});
