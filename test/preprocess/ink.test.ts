import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { printGrey } from '../../src/preprocess/ink.ts';

/** A white page with a black bar of print, a red ring across it (as a seal over a title: where both are, the print stays black, as ink over toner) and a blue stroke. */
function signedPage(paper = '#fff'): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="${paper}"/>` +
      `<circle cx="150" cy="115" r="60" fill="none" stroke="rgb(220,40,50)" stroke-width="8"/>` +
      `<rect x="40" y="100" width="320" height="30" fill="#000"/>` +
      `<path d="M 200 220 q 30 -40 60 0 t 60 0" fill="none" stroke="rgb(30,50,160)" stroke-width="5"/></svg>`,
  );
}

async function greyAt(png: Buffer, x: number, y: number): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return data[(y * info.width + x) * info.channels];
}

describe('printGrey', () => {
  it('drops a red seal and a blue signature, and keeps the black print under the seal', async () => {
    const { data, info, transforms } = await printGrey(sharp(signedPage()));
    expect(info.channels).toBe(1);
    expect(transforms.some((t) => t.startsWith('coloured ink dropped'))).toBe(true);
    expect(await greyAt(data, 150, 55)).toBeGreaterThan(235); // the ring, above the bar
    expect(await greyAt(data, 230, 205)).toBeGreaterThan(235); // the pen stroke
    expect(await greyAt(data, 150, 115)).toBeLessThan(40); // print, inside the ring
    expect(await greyAt(data, 92, 115)).toBeLessThan(40); // print under the ring itself
  });

  it('lifts the seal to the tone of tinted paper, not to white', async () => {
    // an aged copy: paper at grey 215; a white disc where the seal was would read as light to the flattening of uneven paper
    const { data } = await printGrey(sharp(signedPage('rgb(215,215,215)')));
    expect(Math.abs((await greyAt(data, 150, 55)) - 215)).toBeLessThan(8); // the ring
    expect(Math.abs((await greyAt(data, 230, 205)) - 215)).toBeLessThan(8); // the pen stroke
    expect(await greyAt(data, 150, 115)).toBeLessThan(40);
  });

  it('greyscales a page without coloured ink as before', async () => {
    const plain = await sharp(signedPage()).greyscale().png().toBuffer();
    const { data, transforms } = await printGrey(sharp(plain));
    expect(transforms).toEqual(['greyscale']);
    expect(await greyAt(data, 150, 55)).toBe(await greyAt(plain, 150, 55)); // the ring, as grey as sharp makes it
    expect(await greyAt(data, 150, 55)).toBeLessThan(200);
  });
});
