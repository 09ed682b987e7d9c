import { describe, expect, it } from 'vitest';
import { measureSkew } from '../../src/preprocess/deskew.ts';
import { preprocessPage } from '../../src/preprocess/index.ts';
import { barPage } from '../helpers/images.ts';

describe('measureSkew', () => {
  it.each([0, 1.2, -2.5, 4.5])('finds a page rotated by %s° within 0.15°', async (degrees) => {
    const page = await barPage({ degrees });
    expect(Math.abs((await measureSkew(page)) - degrees)).toBeLessThan(0.15);
  });
});

describe('preprocessPage', () => {
  it('upsamples a 150 dpi scan to 300 dpi and straightens it', async () => {
    const image = await barPage({ degrees: 2 });
    const page = await preprocessPage({ number: 1, kind: 'image', width: 1240, height: 1754, dpi: 150, image, transforms: [], lines: [], regions: [] });
    expect(page.dpi).toBe(300);
    expect(page.width).toBeGreaterThan(2400);
    expect(page.transforms.join(' ')).toMatch(/upsampled 150→300 dpi.*deskewed 2(\.\d+)?°/);
    expect(Math.abs(await measureSkew(page.image!))).toBeLessThan(0.15);
  });

  it('leaves an upright 300 dpi page unrotated', async () => {
    const image = await barPage({ width: 2480, height: 3508, density: 300 });
    const page = await preprocessPage({ number: 1, kind: 'image', width: 2480, height: 3508, dpi: 300, image, transforms: [], lines: [], regions: [] });
    expect(page.transforms).toEqual(['contrast normalised']);
    expect([page.width, page.height]).toEqual([2480, 3508]);
  });
});
