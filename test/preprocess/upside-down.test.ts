import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { preprocessPage } from '../../src/preprocess/index.ts';
import { isUpsideDown } from '../../src/preprocess/upside-down.ts';
import { barPage } from '../helpers/images.ts';

// a first page, a body page, a table page at 200 dpi with noise, a 150 dpi page skewed 3°
const PAGES = ['hoangmai-cchc-2021-p1.png', 'gialam-hdtdkt-2019-p2.png', 'hoangmai-cchc-2021-p4.jpg', 'dichvonghau-ubnd-2024-p2.jpg'];

describe('pages fed upside down', () => {
  it.each(PAGES)('%s: preprocessing turns it upright when turned, and leaves it when upright', async (name) => {
    const [page] = (await ingest([`fixtures/pages/${name}`])).pages;
    const upright = await preprocessPage(page);
    expect(upright.transforms).not.toContain('turned 180° upright');
    const turned = await preprocessPage({ ...page, image: await sharp(page.image!).rotate(180).png().toBuffer() });
    expect(turned.transforms).toContain('turned 180° upright');
  });

  it('leaves a page with no text lines as it is', async () => {
    expect(await isUpsideDown(await barPage())).toBe(false);
    expect(await isUpsideDown(await sharp({ create: { width: 800, height: 1100, channels: 3, background: '#ffffff' } }).png().toBuffer())).toBe(false);
  });
});
