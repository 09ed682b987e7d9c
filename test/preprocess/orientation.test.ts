import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { needsQuarterTurn, turnUpright } from '../../src/preprocess/orientation.ts';
import { createOcrEngine } from '../../src/ocr/engine.ts';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url));

describe('needsQuarterTurn', () => {
  it.each(['hoangmai-cchc-2021-p1.png', 'hoangmai-cchc-2021-p3.png', 'namdinh-sgddt-2023-p3.png', 'gialam-hdtdkt-2019-p4.jpg', 'dichvonghau-ubnd-2024-p2.jpg'])(
    'leaves upright %s (text, tables, landscape, skewed, JPEG) as it is',
    async (name) => {
      expect(await needsQuarterTurn(page(name))).toBe(false);
    },
  );
  it.each([90, 270])('finds a page turned %s° off', async (degrees) => {
    expect(await needsQuarterTurn(await sharp(page('hoangmai-cchc-2021-p2.png')).rotate(degrees).png().toBuffer())).toBe(true);
  });
});

describe('turnUpright', () => {
  const engine = createOcrEngine({ workers: 1 });
  afterAll(async () => (await engine).close());
  const judge = async (image: Buffer) => (await (await engine).recognize(image, { psm: 'auto' })).confidence;

  it('turns a page scanned a quarter off back, whichever way it was turned', async () => {
    const upright = await sharp(page('hoangmai-cchc-2021-p1.png')).resize({ width: 1654 }).png().toBuffer();
    for (const [turned, back] of [[90, 270], [270, 90]] as const) {
      const result = await turnUpright(await sharp(upright).rotate(turned).png().toBuffer(), judge);
      expect(result.degrees).toBe(back);
    }
  });
});
