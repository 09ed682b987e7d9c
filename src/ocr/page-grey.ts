/**
 * The page's grey pixels for the second looks that measure ink (a space after a comma, a
 * word the page pass dropped): decoded once per page image and shared, not once per look.
 */
import sharp from 'sharp';
import type { BBox } from '../model/geometry.ts';

export interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

/** Grey darker than this is ink. */
export const INK = 128;

const decoded = new WeakMap<Buffer, Promise<Grey>>();

/** The image's grey pixels, one byte each, row by row; decoded on first use per image. */
export function pageGrey(image: Buffer): Promise<Grey> {
  let grey = decoded.get(image);
  if (!grey) {
    grey = sharp(image)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height }));
    decoded.set(image, grey);
  }
  return grey;
}

/** How many pixel columns of the box hold ink between its top and bottom. */
export function inkedColumns(grey: Grey, box: BBox): number {
  const top = Math.max(0, box.t);
  const bottom = Math.min(grey.height, box.b);
  let columns = 0;
  for (let x = Math.max(0, box.l); x < Math.min(grey.width, box.r); x++) {
    for (let y = top; y < bottom; y++) {
      if (grey.data[y * grey.width + x] < INK) {
        columns++;
        break;
      }
    }
  }
  return columns;
}
