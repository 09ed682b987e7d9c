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

/** Whether pixel column x holds ink between rows top (inclusive) and bottom (exclusive), kept inside the page. */
export function columnHasInk(grey: Grey, x: number, top: number, bottom: number): boolean {
  for (let y = Math.max(0, top); y < Math.min(grey.height, bottom); y++) if (grey.data[y * grey.width + x] < INK) return true;
  return false;
}

/** How many pixel columns of the box hold ink between its top and bottom. */
export function inkedColumns(grey: Grey, box: BBox): number {
  let columns = 0;
  for (let x = Math.max(0, box.l); x < Math.min(grey.width, box.r); x++) if (columnHasInk(grey, x, box.t, box.b)) columns++;
  return columns;
}
